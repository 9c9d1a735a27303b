import SendIcon from '@mui/icons-material/Send';
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ReportingObligation } from '../../../server/resources/types.ts';
import { CommentCommandButton } from '../../components/CommentCommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** **Report** the obligation in context, asking for the state's reference; shown until it is reported (in a table row, a click on it does not open the row). */
export const ReportObligationButton = (_props: { label?: string }) => {
  const obligation = useRecordContext<ReportingObligation>();
  const dataProvider = useAppDataProvider();
  if (!obligation || obligation.reportedAt) return null;
  return (
    <Box onClick={(event) => event.stopPropagation()}>
      <CommentCommandButton
        resource="reporting-obligations"
        action="report"
        record={obligation}
        label="resources.reporting-obligations.report.button"
        title="resources.reporting-obligations.report.title"
        commentLabel="resources.reporting-obligations.report.reference"
        successMessage="resources.reporting-obligations.report.done"
        icon={<SendIcon />}
        testId="report-obligation"
        required
        maxLength={200}
        run={async (reference) => (await dataProvider.reportObligation(obligation.id, { reference: reference ?? '', version: obligation.version })).data}
      />
    </Box>
  );
};
