import { Alert, Button } from '@mui/material';
import { useTranslate } from 'ra-core';

/** A page's data that did not come: why, and a button to ask again. */
export const LoadError = ({ error, retry }: { error: unknown; retry: () => void }) => {
  const translate = useTranslate();
  const reason = (error instanceof Error && error.message) || String(error);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={retry}>
          {translate('client.shell.retry')}
        </Button>
      }
    >
      {translate('client.shell.loadFailed', { reason })}
    </Alert>
  );
};
