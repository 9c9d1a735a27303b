import { Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'ra-core';

/** An address under /portal/ that is no page. */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} alignItems="flex-start">
      <Typography>{translate('client.shell.notFound.text')}</Typography>
      <Button variant="contained" component={Link} to="/">
        {translate('client.shell.notFound.home')}
      </Button>
    </Stack>
  );
};
