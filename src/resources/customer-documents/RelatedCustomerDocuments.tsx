import { RelatedTable } from '../../components/RelatedTable.tsx';
import { DocumentFileColumns } from './DocumentFileColumns.tsx';

/** The documents a customer uploaded (or compliance for them), latest first, each a download; for the customer's show page (`label={false}`). */
export const RelatedCustomerDocuments = (_props: { label?: false }) => (
  <RelatedTable reference="customer-documents" target="customerId" sort={{ field: 'createdAt', order: 'DESC' }} rowClick={false} storeKey="customers.customer-documents.datatable">
    <DocumentFileColumns />
  </RelatedTable>
);
