import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'ra-core';
import { useSearchParams } from 'react-router-dom';
import type { Verified } from '../../../server/auth/accounts/verify-email.ts';
import { clientFetch } from '../api.ts';
import { SignInLink } from './EnrolPage.tsx';
import { refusalOf } from './refusal.ts';

/** What the page says once the link worked. */
const DONE: Record<Verified['purpose'], string> = {
  enrol: 'client.account.verify.enrolDone',
  'email-change': 'client.account.verify.changeDone',
};

/**
 * The page an e-mail's link opens: it sends the link's token once (a link works once, so it is
 * never sent again, not even when the page is shown again) and says what happened.
 */
export function VerifyEmailPage() {
  const translate = useTranslate();
  const token = useSearchParams()[0].get('token') ?? '';
  const { data, error, isPending } = useQuery({
    queryKey: ['verify-email', token],
    queryFn: () => clientFetch<Verified>('/api/auth/verify-email', { method: 'POST', body: { token } }),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const refusal = error ? refusalOf(error) : null;
  const problem = token === '' ? 'client.account.verify.missing' : (refusal && (refusal.fields.token ?? refusal.fields.newEmail ?? refusal.message));

  return (
    <Stack spacing={2} sx={{ p: 2, maxWidth: 480 }}>
      <Typography variant="h5" component="h2">
        {translate('client.account.verify.title')}
      </Typography>
      {problem ? (
        <Alert severity="error">{translate(problem, { _: problem })}</Alert>
      ) : data ? (
        <Alert severity="success" role="status">
          {translate(DONE[data.purpose], { email: data.email })}
        </Alert>
      ) : (
        isPending && (
          <Stack direction="row" spacing={1} alignItems="center" role="status">
            <CircularProgress size={20} aria-hidden />
            <Typography>{translate('client.account.verify.working')}</Typography>
          </Stack>
        )
      )}
      {!isPending || problem ? <SignInLink label="client.account.verify.signIn" /> : null}
    </Stack>
  );
}
