import { Link } from '@mui/material';
import type { DocumentRecord } from '../../../server/resources/types.ts';

/** The document's file name, a link that downloads the file (GET /api/documents/:id/file); a click does not open the row. */
export const DocumentFileLink = ({ document }: { document: DocumentRecord }) => (
  <Link href={`/api/documents/${encodeURIComponent(String(document.id))}/file`} download={document.fileName} onClick={(event) => event.stopPropagation()}>
    {document.fileName}
  </Link>
);
