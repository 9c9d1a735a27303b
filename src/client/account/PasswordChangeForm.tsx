import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { clientFetch } from '../api.ts';
import { AccountTextField } from './AccountTextField.tsx';
import { formMessage } from './refusal.ts';
import { useAccountForm } from './useAccountForm.ts';
import { blanks, combine, passwordPairProblems } from './validation.ts';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };
const validate = (values: Values) => combine(blanks(values, FIELDS), passwordPairProblems(values.newPassword, values.confirmPassword, 'newPassword'));
const changePassword = ({ currentPassword, newPassword }: Values) => clientFetch<{ ok: true }>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });

/** Changes the signed-in user's password (the provider's rule shown and checked here as on the server). */
export function PasswordChangeForm() {
  const translate = useTranslate();
  const form = useAccountForm({ initial: EMPTY, validate, send: changePassword, resetOnSuccess: true });
  const { values, set, problems } = form;
  const message = formMessage(form.refusal, FIELDS);
  const field = (name: keyof Values, autoComplete: string, hint?: string) => (
    <AccountTextField name={name} type="password" autoComplete={autoComplete} value={values[name]} onChange={(value) => set(name, value)} problem={problems[name]} hint={hint} required />
  );
  return (
    <Box component="form" noValidate onSubmit={form.submit} aria-labelledby="profile-password">
      <Typography variant="h6" component="h2" id="profile-password">
        {translate('client.account.password.title')}
      </Typography>
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password', 'client.account.password.rule')}
      {field('confirmPassword', 'new-password')}
      {message && <Alert severity="error">{translate(message, { _: message })}</Alert>}
      {form.result && (
        <Alert severity="success" role="status">
          {translate('client.account.password.changed')}
        </Alert>
      )}
      <Button type="submit" variant="outlined" fullWidth sx={{ mt: 2 }} disabled={form.submitting}>
        {translate('client.account.password.submit')}
      </Button>
    </Box>
  );
}
