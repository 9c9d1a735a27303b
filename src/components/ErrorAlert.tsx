import { Alert, type SxProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from './errorMessage.ts';

/** A failed request in place of what it should have shown: the server's reason (or react-admin's generic message). */
export const ErrorAlert = ({ error, sx }: { error: unknown; sx?: SxProps }) => {
  const translate = useTranslate();
  const message = errorMessage(error);
  return (
    <Alert severity="error" sx={sx}>
      {translate(message, { _: message })}
    </Alert>
  );
};
