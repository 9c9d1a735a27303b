import { Alert, Box, Button, FormControlLabel, Switch, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'ra-core';
import { useState } from 'react';
import type { Customer } from '../../../server/resources/customers.ts';
import { LANGUAGES, MESSAGE_TOPICS, TOPIC_CHANNELS } from '../../../server/resources/choices.ts';
import { AccountTextField } from './AccountTextField.tsx';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { CONTACT_FIELDS, profileChanges, profileValues, type ProfileValues } from './profileData.ts';
import { formMessage } from './refusal.ts';
import { useAccountForm } from './useAccountForm.ts';

const AUTOCOMPLETE: Record<(typeof CONTACT_FIELDS)[number], string> = {
  phone: 'tel',
  street: 'street-address',
  city: 'address-level2',
  state: 'address-level1',
  postalCode: 'postal-code',
};

/** How to reach the customer, how they want to hear about each topic, in which language: saved to their own record. */
export function ContactDetailsForm({ customer }: { customer: Customer }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  // The record as last saved: the next save names its version.
  const [saved, setSaved] = useState(customer);
  const form = useAccountForm({
    initial: profileValues(customer),
    validate: () => ({}),
    send: async (values: ProfileValues) => {
      const { data } = await dataProvider.update<Customer>('customers', { id: saved.id, data: profileChanges(values, saved.version), previousData: saved });
      setSaved(data);
      return data;
    },
  });
  const { values, set, problems } = form;
  const message = formMessage(form.refusal, [...CONTACT_FIELDS, 'contactPreferences', 'language', 'remindersOptIn']);

  return (
    <Box component="form" noValidate onSubmit={form.submit} aria-labelledby="profile-contact">
      <Typography variant="h6" component="h2" id="profile-contact">
        {translate('client.account.profile.contact')}
      </Typography>
      {CONTACT_FIELDS.map((field) => (
        <AccountTextField
          key={field}
          name={field}
          value={values[field]}
          onChange={(value) => set(field, field === 'state' ? value.toUpperCase() : value)}
          problem={problems[field]}
          type={field === 'phone' ? 'tel' : 'text'}
          autoComplete={AUTOCOMPLETE[field]}
          slotProps={{ htmlInput: { maxLength: field === 'state' ? 2 : field === 'postalCode' ? 10 : 200 } }}
        />
      ))}
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('client.account.profile.preferences')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('client.account.profile.preferencesHelp')}
      </Typography>
      {MESSAGE_TOPICS.map((topic) => (
        <ChoiceSelect
          key={topic}
          id={`preference-${topic}`}
          label={`client.account.profile.topics.${topic}`}
          value={values.contactPreferences[topic]}
          options={TOPIC_CHANNELS}
          optionLabels="client.account.profile.channels"
          onChange={(channel) => set('contactPreferences', { ...values.contactPreferences, [topic]: channel })}
        />
      ))}
      {problems.contactPreferences && <Alert severity="error">{translate(problems.contactPreferences, { _: problems.contactPreferences })}</Alert>}
      <ChoiceSelect
        id="profile-language"
        label="client.account.fields.language"
        value={values.language}
        options={LANGUAGES}
        optionLabels="client.account.profile.languages"
        onChange={(language) => set('language', language)}
      />
      <FormControlLabel
        control={<Switch checked={values.remindersOptIn} onChange={(event) => set('remindersOptIn', event.target.checked)} />}
        label={translate('client.account.fields.remindersOptIn')}
        sx={{ mt: 1, display: 'flex' }}
      />
      {message && <Alert severity="error">{translate(message, { _: message })}</Alert>}
      {form.result && (
        <Alert severity="success" role="status">
          {translate('client.account.profile.saved')}
        </Alert>
      )}
      <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={form.submitting}>
        {translate('client.account.profile.save')}
      </Button>
    </Box>
  );
}
