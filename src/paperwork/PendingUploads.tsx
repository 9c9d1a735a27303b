import { ListItem, ListItemText } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../server/resources/types.ts';
import { PortalListCard } from '../portal/PortalListCard.tsx';
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
    <PortalListCard id="paperwork-pending" messages={T} isPending={isPending} error={error} count={data.length}>
      {data.map((doc) => (
        <ListItem key={doc.id} divider disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
          <ListItemText
            primary={translate(`choices.documentKind.${doc.kind}`)}
            secondary={translate(doc.expiresOn ? `${T}.lineWithExpiry` : `${T}.line`, { date: doc.createdAt.slice(0, 10), expiresOn: doc.expiresOn ?? '' })}
          />
          <DocumentFileLink document={doc} />
        </ListItem>
      ))}
    </PortalListCard>
  );
};
