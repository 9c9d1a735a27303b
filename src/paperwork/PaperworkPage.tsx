import { Alert, Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useOwnCenter } from '../components/useOwnCenter.ts';
import { CenterPaperworkStatus } from './CenterPaperworkStatus.tsx';
import { CenterStaff } from './CenterStaff.tsx';
import { PaperworkUpload } from './PaperworkUpload.tsx';
import { PendingUploads } from './PendingUploads.tsx';

/** The center's paperwork, for its staff: binder and W-9 on file, renewals to upload and awaiting verification, its installers. */
export const PaperworkPage = () => {
  const translate = useTranslate();
  const { center, isPending, error } = useOwnCenter();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, py: 2, maxWidth: 960, minWidth: 0 }}>
      <Title title="resources.paperwork.title" />
      {error ? <ErrorAlert error={error} /> : null}
      {!isPending && !error && !center && <Alert severity="info">{translate('resources.quality.noCenter')}</Alert>}
      {center && (
        <>
          <CenterPaperworkStatus center={center} />
          <PaperworkUpload center={center} />
          <PendingUploads centerId={center.id} />
          <CenterStaff centerId={center.id} />
        </>
      )}
    </Box>
  );
};
