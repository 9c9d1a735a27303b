import { Link } from '@mui/material';
import type { Identifier } from 'react-admin';

/**
 * The document's file name, a link that downloads the file (GET /api/<resource>/:id/file: a center's
 * documents, or a customer's); a click does not open the row.
 */
export const DocumentFileLink = ({ document, resource = 'documents' }: { document: { id: Identifier; fileName: string }; resource?: 'documents' | 'customer-documents' }) => (
  <Link href={`/api/${resource}/${encodeURIComponent(String(document.id))}/file`} download={document.fileName} onClick={(event) => event.stopPropagation()}>
    {document.fileName}
  </Link>
);
