import { DataTable, List } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { DocumentFileLink } from './DocumentFileLink.tsx';
import { DocumentListAside } from './DocumentListAside.tsx';
import { fileSize } from './fileSize.ts';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<DocumentRecord>;

/** Every onboarding document the user may read: center, kind, the file (a download link), who uploaded it and when. */
export const DocumentList = () => (
  <List aside={<DocumentListAside />} actions={<ListActions create={false} />} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['installerId', 'notes']}>
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} sx={{ minWidth: 220 }} />
      <ChoiceColumn source="kind" group="documentKind" />
      <Column source="fileName" render={(document) => <DocumentFileLink document={document} />} />
      <ReferenceColumn source="installerId" reference="installers" link={false} emptyText="—" />
      <Column source="size" align="right" render={(document) => fileSize(document.size)} />
      <Column source="uploadedBy" />
      <DateColumn source="createdAt" showTime />
      <DateColumn source="verifiedAt" showTime emptyText="—" />
      <Column source="notes" />
    </DataTable>
  </List>
);
