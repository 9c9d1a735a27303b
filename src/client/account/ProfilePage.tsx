import { Alert, Divider, Stack, Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'ra-core';
import type { Customer } from '../../../server/resources/customers.ts';
import { ContactDetailsForm } from './ContactDetailsForm.tsx';
import { EmailChangeForm } from './EmailChangeForm.tsx';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';
import { useIdentity } from '../shell/useSignedIn.ts';

/** The customer's own record, once known: the contact details form, or why it is not shown. */
function OwnContactDetails({ customerId }: { customerId: number | null | undefined }) {
  const translate = useTranslate();
  const { data, isPending, error } = useGetOne<Customer>('customers', { id: customerId ?? 0 }, { enabled: customerId != null });
  if (customerId == null) return <Alert severity="info">{translate('client.account.profile.notCustomer')}</Alert>;
  if (error) return <Alert severity="error">{translate('client.account.profile.loadFailed')}</Alert>;
  if (isPending || !data) return <Typography role="status">{translate('client.account.profile.loading')}</Typography>;
  return <ContactDetailsForm customer={data} />;
}

/** Profile: how to reach the customer and their preferences, their sign-in e-mail and their password. */
export function ProfilePage() {
  const translate = useTranslate();
  const { identity, error } = useIdentity();
  return (
    <Stack spacing={3} sx={{ p: 2, maxWidth: 560 }} divider={<Divider flexItem />}>
      <Typography variant="h5" component="h2">
        {translate('client.account.profile.title')}
      </Typography>
      {error ? (
        <Alert severity="error">{translate('client.account.profile.loadFailed')}</Alert>
      ) : !identity ? (
        <Typography role="status">{translate('client.account.profile.loading')}</Typography>
      ) : (
        <>
          <OwnContactDetails customerId={identity.customerId} />
          <EmailChangeForm email={identity.email} />
          <PasswordChangeForm />
        </>
      )}
    </Stack>
  );
}
