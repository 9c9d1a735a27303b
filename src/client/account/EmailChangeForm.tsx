import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { clientFetch } from '../api.ts';
import { AccountTextField } from './AccountTextField.tsx';
import { formMessage } from './refusal.ts';
import { useAccountForm } from './useAccountForm.ts';
import { blanks, combine, emailProblem } from './validation.ts';

const FIELDS = ['newEmail', 'currentPassword'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

const validate = (values: Values) => {
  const newEmail = emailProblem(values.newEmail);
  return combine(blanks(values, FIELDS), newEmail ? { newEmail } : {});
};

const askChange = ({ newEmail, currentPassword }: Values) =>
  clientFetch<{ pendingEmail: string }>('/api/auth/email', { method: 'POST', body: { newEmail: newEmail.trim(), currentPassword } });

/** Asks to sign in with another e-mail: it counts once the link sent to it is opened (until then the current one signs in). */
export function EmailChangeForm({ email }: { email: string }) {
  const translate = useTranslate();
  const form = useAccountForm({ initial: { newEmail: '', currentPassword: '' }, validate, send: askChange, resetOnSuccess: true });
  const { values, set, problems } = form;
  const message = formMessage(form.refusal, FIELDS);
  return (
    <Box component="form" noValidate onSubmit={form.submit} aria-labelledby="profile-email">
      <Typography variant="h6" component="h2" id="profile-email">
        {translate('client.account.email.title')}
      </Typography>
      <Typography variant="body2">{translate('client.account.email.current', { email })}</Typography>
      <AccountTextField name="newEmail" type="email" autoComplete="email" value={values.newEmail} onChange={(value) => set('newEmail', value)} problem={problems.newEmail} required />
      <AccountTextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(value) => set('currentPassword', value)}
        problem={problems.currentPassword}
        required
      />
      {message && <Alert severity="error">{translate(message, { _: message })}</Alert>}
      {form.result && (
        <Alert severity="info" role="status">
          {translate('client.account.email.pending', { newEmail: form.result.pendingEmail, email })}
        </Alert>
      )}
      <Button type="submit" variant="outlined" fullWidth sx={{ mt: 2 }} disabled={form.submitting}>
        {translate('client.account.email.submit')}
      </Button>
    </Box>
  );
}
