import { Alert, Button } from '@mui/material';
import { useTranslate } from 'ra-core';
import { reasonOf, statusOf } from '../errors.ts';

/** A page's data that did not come: why (the server's reason, or no connection), and a button to ask again. */
export const LoadError = ({ error, retry }: { error: unknown; retry: () => void }) => {
  const translate = useTranslate();
  const reason = statusOf(error) === undefined ? translate('client.shell.noConnection') : reasonOf(error);
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
