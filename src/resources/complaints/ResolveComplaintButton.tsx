import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useRecordContext } from 'react-admin';
import type { Complaint } from '../../../server/resources/types.ts';
import { CommentCommandButton } from '../../components/CommentCommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

const T = 'resources.complaints.resolve';

/** **Resolve** an open complaint, saying what was done (required: the customer reads it); for who may, as the server decides. */
export const ResolveComplaintButton = (_props: { label?: false }) => {
  const complaint = useRecordContext<Complaint>();
  const dataProvider = useAppDataProvider();
  if (!complaint || complaint.status !== 'open') return null;
  return (
    <CommentCommandButton
      resource="complaints"
      action="resolve"
      record={complaint}
      label={`${T}.button`}
      title={`${T}.title`}
      commentLabel={`${T}.resolution`}
      successMessage={`${T}.done`}
      icon={<TaskAltIcon />}
      testId="resolve-complaint"
      required
      maxLength={4000}
      run={async (resolution) => (await dataProvider.resolveComplaint(complaint.id, { resolution: resolution ?? '', version: complaint.version })).data}
    />
  );
};
