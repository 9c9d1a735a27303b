import DescriptionIcon from '@mui/icons-material/Description';
import { DataTable, List } from 'react-admin';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { DocumentFileLink } from '../documents/DocumentFileLink.tsx';
import { fileSize } from '../documents/fileSize.ts';

const filters = [<ReferenceFilterInput key="customer" source="customerId" reference="customers" minWidth={260} alwaysOn />];

const Aside = () => (
  <ListAside>
    <ChoiceFilter source="kind" group="customerDocumentKind" label="resources.customer-documents.fields.kind" icon={<DescriptionIcon />} />
  </ListAside>
);

const Column = DataTable.Col<CustomerDocument>;

/** What customers uploaded for their programs (court orders, proof of insurance, repair receipts), latest first, for compliance. */
export const CustomerDocumentList = () => (
  <List aside={<Aside />} actions={<ListActions create={false} />} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false} hiddenColumns={['notes']}>
      <DateColumn source="createdAt" showTime />
      <ReferenceColumn source="customerId" reference="customers" link="show" />
      <ChoiceColumn source="kind" group="customerDocumentKind" />
      <Column source="fileName" render={(document) => <DocumentFileLink document={document} resource="customer-documents" />} />
      <Column source="size" align="right" render={(document) => fileSize(document.size)} />
      <Column source="uploadedBy" />
      <Column source="notes" />
    </DataTable>
  </List>
);
