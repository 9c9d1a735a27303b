import { Alert } from '@mui/material';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import { useTranslate } from 'ra-core';
import { useOnline } from './useOnline.ts';

/** Says so when the phone is offline (the app shell still opens from the service worker's cache). */
export const OfflineBanner = () => {
  const translate = useTranslate();
  if (useOnline()) return null;
  return (
    <Alert severity="warning" icon={<CloudOffIcon />} role="status" square sx={{ borderRadius: 0 }}>
      {translate('client.shell.offline')}
    </Alert>
  );
};
