import { Create, SimpleForm } from 'react-admin';
import { CustomerInputs } from './CustomerInputs.tsx';
import { withContactPreferences } from './contactPreferences.ts';

/** Defaults mirror the server's, so the form shows what will be stored. */
const defaultValues = {
  status: 'pending-install',
  paymentPlan: 'monthly',
  autoPay: false,
  balance: 0,
  preferredChannel: 'email',
  remindersOptIn: true,
  language: 'en',
};

export const CustomerCreate = () => (
  <Create redirect="show" transform={withContactPreferences}>
    <SimpleForm defaultValues={defaultValues}>
      <CustomerInputs />
    </SimpleForm>
  </Create>
);
