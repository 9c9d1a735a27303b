import { Alert, Button } from '@mui/material';

/** What did not load (the text, translated by the page) and a button to ask again. */
export const LoadFailed = ({ message, retryLabel, retry }: { message: string; retryLabel: string; retry: () => void }) => (
  <Alert
    severity="error"
    action={
      <Button color="inherit" size="small" onClick={retry}>
        {retryLabel}
      </Button>
    }
  >
    {message}
  </Alert>
);
