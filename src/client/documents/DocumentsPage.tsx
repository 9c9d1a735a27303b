import { List, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'ra-core';
import type { CustomerDocument } from '../../../server/resources/types.ts';
import { SectionCard } from '../dashboard/SectionCard.tsx';
import { Loaded } from '../parts/Loaded.tsx';
import { DocumentForm } from './DocumentForm.tsx';
import { DocumentItem } from './DocumentItem.tsx';

const T = 'client.documents';

/** Documents: upload one the program asks for, and the list of the customer's uploads (each a download). */
export const DocumentsPage = () => {
  const translate = useTranslate();
  const documents = useGetList<CustomerDocument>('customer-documents', { pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'DESC' } });
  return (
    <Stack spacing={2}>
      <Typography>{translate(`${T}.intro`)}</Typography>
      <SectionCard id="document-form" title={translate(`${T}.form.title`)}>
        <DocumentForm />
      </SectionCard>
      <SectionCard id="document-list" title={translate(`${T}.list.title`)}>
        <Loaded query={documents} failed={(reason) => translate(`${T}.loadFailed`, { reason })} retry={translate(`${T}.retry`)} empty={translate(`${T}.list.empty`)}>
          {(rows) => (
            <List disablePadding>
              {rows.map((d) => (
                <DocumentItem key={d.id} document={d} />
              ))}
            </List>
          )}
        </Loaded>
      </SectionCard>
    </Stack>
  );
};
