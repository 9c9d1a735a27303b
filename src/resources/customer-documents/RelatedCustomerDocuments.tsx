import { DataTable } from 'react-admin';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { DocumentFileLink } from '../documents/DocumentFileLink.tsx';
import { fileSize } from '../documents/fileSize.ts';

const Column = DataTable.Col<CustomerDocument>;

/** The documents a customer uploaded (or compliance for them), latest first, each a download; for the customer's show page (`label={false}`). */
export const RelatedCustomerDocuments = (_props: { label?: false }) => (
  <RelatedTable reference="customer-documents" target="customerId" sort={{ field: 'createdAt', order: 'DESC' }} rowClick={false} storeKey="customers.customer-documents.datatable">
    <DateColumn source="createdAt" showTime />
    <ChoiceColumn source="kind" group="customerDocumentKind" />
    <Column source="fileName" render={(document) => <DocumentFileLink document={document} resource="customer-documents" />} />
    <Column source="size" align="right" render={(document) => fileSize(document.size)} />
    <Column source="uploadedBy" />
    <Column source="notes" />
  </RelatedTable>
);
