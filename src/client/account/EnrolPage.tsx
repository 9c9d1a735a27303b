import { Alert, Box, Button, Link, Stack, Typography } from '@mui/material';
import { useBasename, useTranslate } from 'ra-core';
import { Link as RouterLink } from 'react-router-dom';
import { clientFetch } from '../api.ts';
import { AccountTextField } from './AccountTextField.tsx';
import { formMessage } from './refusal.ts';
import { useAccountForm } from './useAccountForm.ts';
import { blanks, combine, emailProblem, passwordPairProblems } from './validation.ts';

const FIELDS = ['caseNumber', 'lastName', 'deviceSerial', 'email', 'password', 'confirmPassword'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

const EMPTY: Values = { caseNumber: '', lastName: '', deviceSerial: '', email: '', password: '', confirmPassword: '' };

const validate = (values: Values) => {
  const email = emailProblem(values.email);
  return combine(blanks(values, FIELDS), email ? { email } : {}, passwordPairProblems(values.password, values.confirmPassword));
};

const enrol = ({ confirmPassword: _, ...values }: Values) => clientFetch<{ message: string }>('/api/auth/enrol', { method: 'POST', body: values });

/** A link to the portal's sign-in page. */
export function SignInLink({ label }: { label: string }) {
  const translate = useTranslate();
  const basename = useBasename();
  return (
    <Link component={RouterLink} to={`${basename}/login`}>
      {translate(label)}
    </Link>
  );
}

/**
 * Creating an account from facts the customer holds: case number, last name, the serial on their
 * handset, and the e-mail and password they want. The answer is the same whether or not the facts
 * matched: the e-mail tells them what happened.
 */
export function EnrolPage() {
  const translate = useTranslate();
  const form = useAccountForm({ initial: EMPTY, validate, send: enrol });
  const { values, set, problems } = form;
  const field = (name: keyof Values, props: { type?: string; autoComplete?: string; hint?: string } = {}) => (
    <AccountTextField name={name} value={values[name]} onChange={(value) => set(name, value)} problem={problems[name]} required {...props} />
  );
  const message = formMessage(form.refusal, FIELDS);

  if (form.result) {
    return (
      <Stack spacing={2} sx={{ p: 2, maxWidth: 480 }}>
        <Typography variant="h5" component="h2">
          {translate('client.account.enrol.sentTitle')}
        </Typography>
        <Alert severity="info" role="status">
          {translate('client.account.enrol.sent', { email: values.email.trim() })}
        </Alert>
        <SignInLink label="client.account.verify.signIn" />
      </Stack>
    );
  }
  return (
    <Box component="form" noValidate onSubmit={form.submit} sx={{ p: 2, maxWidth: 480 }} aria-labelledby="enrol-title">
      <Typography variant="h5" component="h2" id="enrol-title">
        {translate('client.account.enrol.title')}
      </Typography>
      <Typography variant="body2" sx={{ my: 1 }}>
        {translate('client.account.enrol.intro')}
      </Typography>
      {field('caseNumber', { autoComplete: 'off' })}
      {field('lastName', { autoComplete: 'family-name' })}
      {field('deviceSerial', { autoComplete: 'off', hint: 'client.account.enrol.serialHelp' })}
      {field('email', { type: 'email', autoComplete: 'email' })}
      {field('password', { type: 'password', autoComplete: 'new-password', hint: 'client.account.password.rule' })}
      {field('confirmPassword', { type: 'password', autoComplete: 'new-password' })}
      {message && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate(message, { _: message })}
        </Alert>
      )}
      <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={form.submitting}>
        {translate('client.account.enrol.submit')}
      </Button>
      <Box sx={{ mt: 2 }}>
        <SignInLink label="client.account.enrol.haveAccount" />
      </Box>
    </Box>
  );
}
