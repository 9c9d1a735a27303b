import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { CustomerNote } from '../../../server/resources/types.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** **Acknowledge** the note in context (the customer sees it was read), while it is not; in a table row, a click on it does not open the row. */
export const AcknowledgeNoteButton = (_props: { label?: string }) => {
  const note = useRecordContext<CustomerNote>();
  const dataProvider = useAppDataProvider();
  if (!note || note.acknowledgedAt) return null;
  return (
    <Box onClick={(event) => event.stopPropagation()}>
      <CommandButton
        resource="customer-notes"
        action="acknowledge"
        record={note}
        label="resources.customer-notes.acknowledge.button"
        icon={<MarkEmailReadIcon />}
        size="small"
        testId="acknowledge-note"
        successMessage="resources.customer-notes.acknowledge.done"
        run={async () => (await dataProvider.acknowledgeNote(note.id, note.version)).data}
      />
    </Box>
  );
};
