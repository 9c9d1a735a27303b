import { DataTable } from 'react-admin';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { DocumentFileLink } from '../documents/DocumentFileLink.tsx';
import { fileSize } from '../documents/fileSize.ts';

const Column = DataTable.Col<CustomerDocument>;

/** The columns of a customer's document: when, what, the file (a download), its size, who uploaded it, the note. */
export const DocumentFileColumns = () => (
  <>
    <DateColumn source="createdAt" showTime />
    <ChoiceColumn source="kind" group="customerDocumentKind" />
    <Column source="fileName" render={(document) => <DocumentFileLink document={document} resource="customer-documents" />} />
    <Column source="size" align="right" render={(document) => fileSize(document.size)} />
    <Column source="uploadedBy" />
    <Column source="notes" />
  </>
);
