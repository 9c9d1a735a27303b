import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { Complaint } from '../../../server/resources/types.ts';
import { useFormat } from '../format.ts';

const T = 'client.complaints.list';

/** One of the customer's complaints: where (and the visit), when, what about, what they wrote; its resolution once resolved. */
export const ComplaintCard = ({ complaint, centerName, visitedAt }: { complaint: Complaint; centerName: string | undefined; visitedAt: string | undefined }) => {
  const translate = useTranslate();
  const format = useFormat();
  const resolved = complaint.status === 'resolved';
  const headingId = `complaint-${complaint.id}`;
  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="h3" id={headingId} sx={{ fontSize: '1rem', fontWeight: 600, overflowWrap: 'anywhere' }}>
            {centerName ?? translate(`client.complaints.categories.${complaint.category}`)}
          </Typography>
          <Chip size="small" color={resolved ? 'success' : 'warning'} label={translate(`${T}.${resolved ? 'resolved' : 'open'}`)} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.filed`, { date: format.moment(complaint.createdAt) })} · {translate(`client.complaints.categories.${complaint.category}`)}
        </Typography>
        {visitedAt && (
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}.visit`, { date: format.moment(visitedAt) })}
          </Typography>
        )}
        <Typography sx={{ mt: 1, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{complaint.body}</Typography>
        <Box sx={{ mt: 1.5, pl: 1.5, borderLeft: 3, borderColor: resolved ? 'success.main' : 'divider' }}>
          {resolved ? (
            <>
              <Typography variant="subtitle2">{translate(`${T}.resolution`, { date: format.moment(String(complaint.resolvedAt)) })}</Typography>
              <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{complaint.resolution}</Typography>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate(`${T}.waiting`)}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};
