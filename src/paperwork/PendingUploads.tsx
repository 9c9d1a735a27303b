import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../server/resources/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { DocumentFileLink } from '../resources/documents/DocumentFileLink.tsx';

const T = 'resources.paperwork.pending';

/** The center's uploads awaiting verification by onboarding or compliance (they count once verified). */
export const PendingUploads = ({ centerId }: { centerId: number }) => {
  const translate = useTranslate();
  const { data = [], isPending, error } = useGetList<DocumentRecord>('documents', {
    filter: { serviceCenterId: centerId, awaitingVerification: true },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Card variant="outlined" component="section" aria-labelledby="paperwork-pending">
      <CardContent>
        <Typography variant="h6" component="h2" id="paperwork-pending">
          {translate(`${T}.title`)}
        </Typography>
        {error ? <ErrorAlert error={error} /> : null}
        {!isPending && !error && data.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}.empty`)}
          </Typography>
        )}
        <List dense disablePadding>
          {data.map((doc) => (
            <ListItem key={doc.id} divider disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText
                primary={translate(`choices.documentKind.${doc.kind}`)}
                secondary={translate(doc.expiresOn ? `${T}.lineWithExpiry` : `${T}.line`, { date: doc.createdAt.slice(0, 10), expiresOn: doc.expiresOn ?? '' })}
              />
              <DocumentFileLink document={doc} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
