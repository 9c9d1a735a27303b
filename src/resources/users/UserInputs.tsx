import { AutocompleteInput, BooleanInput, PasswordInput, ReferenceInput, TextInput, email, maxLength, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { passwordProblemKey } from '../../account/passwordRule.ts';

/** The region of a regional manager, the center of center staff, the customer of a customer's login; nothing for other roles. */
const ScopeInput = () => {
  const role = useWatch({ name: 'role' });
  if (role === 'regional-manager') {
    return (
      <ReferenceInput source="regionId" reference="regions" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput validate={required()} helperText="resources.users.helpers.regionId" fullWidth />
      </ReferenceInput>
    );
  }
  if (role === 'center-staff') {
    return (
      <ReferenceInput source="serviceCenterId" reference="service-centers">
        <AutocompleteInput validate={required()} helperText="resources.users.helpers.serviceCenterId" fullWidth />
      </ReferenceInput>
    );
  }
  if (role === 'customer') {
    return (
      <ReferenceInput source="customerId" reference="customers">
        <AutocompleteInput validate={required()} helperText="resources.users.helpers.customerId" fullWidth />
      </ReferenceInput>
    );
  }
  return null;
};

/** The fields of a user, shared by create (`isCreate`: password required) and edit. */
export const UserInputs = ({ isCreate = false }: { isCreate?: boolean }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <TextInput source="email" type="email" validate={[required(), email(), maxLength(200)]} />
    <ChoiceInput source="role" group="role" validate={required()} />
    <ScopeInput />
    <BooleanInput source="active" helperText="resources.users.helpers.active" sx={{ gridColumn: '1 / -1' }} />
    <PasswordInput
      source="password"
      validate={isCreate ? [required(), passwordProblemKey] : passwordProblemKey}
      helperText={isCreate ? 'resources.users.helpers.passwordNew' : 'resources.users.helpers.passwordKeep'}
      autoComplete="new-password"
    />
  </Box>
);
