import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CorrectiveActionRecord } from '../audits/types.ts';

const T = 'resources.corrective-actions.answer';
const when = (at: string | null | undefined) => (at ? new Date(at).toLocaleString() : '');

/**
 * The center's answer to a corrective action (what they did, who, when) and the reviewer's word:
 * why it was reopened (a warning, for the center to act on) or the comment it was closed with.
 */
export const ActionAnswer = ({ action }: { action: CorrectiveActionRecord }) => {
  const translate = useTranslate();
  const reopened = action.status === 'open' && action.reviewComment;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, my: 1 }}>
      {action.response ? (
        <Box component="section" aria-label={translate(`${T}.title`)}>
          <Typography variant="subtitle2">{translate(`${T}.by`, { name: action.respondedBy ?? '', date: when(action.respondedAt) })}</Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {action.response}
          </Typography>
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.none`)}
        </Typography>
      )}
      {action.reviewComment && (
        <Alert severity={reopened ? 'warning' : 'info'} data-testid="review-comment">
          {translate(reopened ? `${T}.reopened` : `${T}.reviewed`, { name: action.reviewedBy ?? '', date: when(action.reviewedAt) })}: {action.reviewComment}
        </Alert>
      )}
    </Box>
  );
};
