import DoneAllIcon from '@mui/icons-material/DoneAll';
import ReplayIcon from '@mui/icons-material/Replay';
import { Box } from '@mui/material';
import type { CorrectiveActionRecord } from '../audits/types.ts';
import { CommentCommandButton } from '../../components/CommentCommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

const T = 'resources.corrective-actions.review';

/** Compliance's review of an answered action: close it (verified, with an optional comment) or reopen it (saying why). */
export const ReviewButtons = ({ action }: { action: CorrectiveActionRecord }) => {
  const dataProvider = useAppDataProvider();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, my: 1 }}>
      <CommentCommandButton
        resource="corrective-actions"
        action="close"
        record={action}
        label={`${T}.close`}
        title={`${T}.closeTitle`}
        commentLabel={`${T}.comment`}
        successMessage={`${T}.closed`}
        icon={<DoneAllIcon />}
        testId="close-action"
        maxLength={2000}
        run={async (comment) => (await dataProvider.closeAction(action.id, { comment, version: action.version })).data}
      />
      <CommentCommandButton
        resource="corrective-actions"
        action="reopen"
        record={action}
        label={`${T}.reopen`}
        title={`${T}.reopenTitle`}
        commentLabel={`${T}.why`}
        successMessage={`${T}.reopened`}
        icon={<ReplayIcon />}
        testId="reopen-action"
        color="warning"
        required
        maxLength={2000}
        run={async (comment) => (await dataProvider.reopenAction(action.id, { comment: comment ?? '', version: action.version })).data}
      />
    </Box>
  );
};
