import DescriptionIcon from '@mui/icons-material/Description';
import { DataTable, List } from 'react-admin';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { DocumentFileColumns } from './DocumentFileColumns.tsx';

const filters = [<ReferenceFilterInput key="customer" source="customerId" reference="customers" minWidth={260} alwaysOn />];

const Aside = () => (
  <ListAside>
    <ChoiceFilter source="kind" group="customerDocumentKind" label="resources.customer-documents.fields.kind" icon={<DescriptionIcon />} />
  </ListAside>
);

/** What customers uploaded for their programs (court orders, proof of insurance, repair receipts), latest first, for compliance. */
export const CustomerDocumentList = () => (
  <List aside={<Aside />} actions={<ListActions create={false} />} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <ReferenceColumn source="customerId" reference="customers" link="show" />
      <DocumentFileColumns />
    </DataTable>
  </List>
);
