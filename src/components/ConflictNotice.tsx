import { Alert, Button } from '@mui/material';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';

/** The notification of a lost race: someone else saved first; reload to see their version. */
export const ConflictNotice = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const close = useCloseNotification();
  return (
    <Alert
      severity="warning"
      variant="filled"
      onClose={close}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            close();
            refresh();
          }}
        >
          {translate('app.conflict.reload')}
        </Button>
      }
    >
      {translate('app.conflict.message')}
    </Alert>
  );
};
