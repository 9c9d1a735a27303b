import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, TextInput, email, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { ContactPreferencesInputs } from './ContactPreferencesInputs.tsx';

const upperCase = (value: string) => (value ? value.toUpperCase() : value);

/** The fields of a customer, shared by create and edit. */
export const CustomerInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <TextInput source="firstName" validate={[required(), maxLength(60)]} />
    <TextInput source="lastName" validate={[required(), maxLength(60)]} />
    <TextInput source="email" type="email" validate={[email(), maxLength(200)]} />
    <TextInput source="phone" type="tel" validate={maxLength(25)} />
    <TextInput source="street" validate={maxLength(200)} sx={{ gridColumn: '1 / -1' }} />
    <TextInput source="city" validate={maxLength(100)} />
    <Box sx={{ display: 'flex', gap: 2 }}>
      <TextInput source="state" parse={upperCase} validate={maxLength(2)} />
      <TextInput source="postalCode" validate={maxLength(10)} />
    </Box>
    <ReferenceInput source="jurisdictionId" reference="jurisdictions">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <TextInput source="caseNumber" validate={maxLength(40)} />
    <DateInput source="programStart" />
    <DateInput source="programEnd" />
    <ChoiceInput source="status" group="customerStatus" validate={required()} />
    <ChoiceInput source="paymentPlan" group="paymentPlan" validate={required()} />
    <NumberInput source="balance" step={0.01} />
    <NumberInput source="planAmount" step={0.01} min={0} />
    <DateInput source="nextPaymentOn" />
    <BooleanInput source="autoPay" />
    <ChoiceInput source="preferredChannel" group="contactChannel" validate={required()} />
    <BooleanInput source="remindersOptIn" />
    <ChoiceInput source="language" group="language" validate={required()} />
    <ContactPreferencesInputs />
  </Box>
);
