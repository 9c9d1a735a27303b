import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, CardContent, Link as MuiLink, Stack, TextField, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useLogin, useTranslate } from 'ra-core';
import { reasonOf, statusOf } from '../errors.ts';

/**
 * The customer's sign-in (the staff's sign-in, POST /api/auth/login); links to enrolment and the
 * public service-center locator for those without an account yet.
 */
export const SignInPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [checked, setChecked] = useState(false);
  const missing = (value: string) => (checked && !value ? translate('ra.validation.required') : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!email || !password) return;
    setPending(true);
    setError(undefined);
    try {
      await login({ username: email, password });
      // the frame asks who is signed in again, to show the navigation
      await queryClient.invalidateQueries({ queryKey: ['auth'] });
    } catch (failure) {
      setError(statusOf(failure) === 401 ? translate('client.shell.signIn.wrongCredentials') : translate('client.shell.signIn.failed', { reason: reasonOf(failure) }));
      setPending(false);
    }
  };

  return (
    <Stack spacing={3}>
      <Typography color="text.secondary">{translate('client.shell.signIn.intro')}</Typography>
      <Card component="form" onSubmit={submit} noValidate aria-label={translate('client.shell.signIn.title')}>
        <CardContent>
          <Stack spacing={2}>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label={translate('client.shell.signIn.email')}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={!!missing(email)}
              helperText={missing(email)}
            />
            <TextField
              label={translate('client.shell.signIn.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={!!missing(password)}
              helperText={missing(password)}
            />
            <Button type="submit" variant="contained" size="large" disabled={pending}>
              {translate('client.shell.signIn.submit')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Stack spacing={1}>
        <Typography>{translate('client.shell.signIn.newHere')}</Typography>
        <MuiLink component={Link} to="/enrol">
          {translate('client.shell.signIn.enrol')}
        </MuiLink>
        <MuiLink component={Link} to="/locator">
          {translate('client.shell.signIn.locator')}
        </MuiLink>
      </Stack>
    </Stack>
  );
};
