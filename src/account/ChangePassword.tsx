import KeyIcon from '@mui/icons-material/Key';
import { Card, CardContent } from '@mui/material';
import {
  PasswordInput,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  required,
  useNotify,
  useRedirect,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { httpClient } from '../providers/httpClient.ts';
import { passwordProblemKey } from './passwordRule.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const sameAsNew = (value: string, values: Values) => (value && value !== values.newPassword ? 'app.password.mismatch' : undefined);

const ChangePasswordToolbar = () => (
  <Toolbar>
    <SaveButton label="app.password.submit" icon={<KeyIcon />} />
  </Toolbar>
);

/** Sends the change; answers the server's field errors so that they show under the fields. */
const useChangePassword = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return async ({ currentPassword, newPassword }: Values) => {
    try {
      await httpClient('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) });
      notify('app.password.changed', { type: 'success' });
      redirect('/');
    } catch (error) {
      const { message, body } = error as HttpError;
      notify(message || 'ra.notification.http_error', { type: 'error' });
      return body?.errors && Object.keys(body.errors).length ? body.errors : undefined;
    }
  };
};

/** Change your own password: current, new and confirmation, checked here as the server does. */
export const ChangePassword = () => {
  const translate = useTranslate();
  const changePassword = useChangePassword();
  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title={translate('app.password.title')} />
      <CardContent sx={{ p: 0, '&:last-child': { pb: 0 } }}>
        <SimpleForm
          onSubmit={(values: Partial<Values>) => changePassword(values as Values)}
          toolbar={<ChangePasswordToolbar />}
          defaultValues={{ currentPassword: '', newPassword: '', confirmPassword: '' }}
        >
          <PasswordInput source="currentPassword" label="app.password.currentPassword" validate={required()} autoComplete="current-password" />
          <PasswordInput
            source="newPassword"
            label="app.password.newPassword"
            validate={[required(), passwordProblemKey]}
            helperText="app.password.rule"
            autoComplete="new-password"
          />
          <PasswordInput source="confirmPassword" label="app.password.confirmPassword" validate={[required(), sameAsNew]} autoComplete="new-password" />
        </SimpleForm>
      </CardContent>
    </Card>
  );
};
