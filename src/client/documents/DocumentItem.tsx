import { Link, ListItem, ListItemText } from '@mui/material';
import { useLocaleState, useTranslate } from 'ra-core';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { useFormat } from '../format.ts';
import { localFileSize } from './fileSize.ts';

/** One of the customer's uploads: its kind, the file (a download), its size, when, and the note. */
export const DocumentItem = ({ document }: { document: CustomerDocument }) => {
  const translate = useTranslate();
  const format = useFormat();
  const [locale] = useLocaleState();
  const details = [translate('client.documents.list.uploaded', { date: format.moment(document.createdAt) }), localFileSize(document.size, locale), document.notes].filter(Boolean).join(' · ');
  return (
    <ListItem disableGutters divider>
      <ListItemText
        primary={translate(`client.documents.kinds.${document.kind}`)}
        secondary={
          <>
            <Link
              href={`/api/customer-documents/${encodeURIComponent(String(document.id))}/file`}
              download={document.fileName}
              aria-label={translate('client.documents.list.download', { name: document.fileName })}
              sx={{ display: 'block', overflowWrap: 'anywhere' }}
            >
              {document.fileName}
            </Link>
            {details}
          </>
        }
      />
    </ListItem>
  );
};
