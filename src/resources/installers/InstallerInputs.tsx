import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, TextInput, email, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';

/** The fields of an installer, shared by create and edit. */
export const InstallerInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <TextInput source="firstName" validate={[required(), maxLength(60)]} />
    <TextInput source="lastName" validate={[required(), maxLength(60)]} />
    <ReferenceInput source="serviceCenterId" reference="service-centers">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <BooleanInput source="active" />
    <TextInput source="email" type="email" validate={[email(), maxLength(200)]} />
    <TextInput source="phone" type="tel" validate={maxLength(25)} />
    <ChoiceInput source="duties" group="staffDuties" validate={required()} />
    <ChoiceInput source="trainingStatus" group="trainingStatus" validate={required()} helperText="resources.installers.helpers.training" />
    <DateInput source="trainedOn" />
    <ChoiceInput source="trainingMethod" group="trainingMethod" />
    <TextInput source="trainer" validate={maxLength(120)} />
    <ChoiceInput source="certificationStatus" group="certificationStatus" validate={required()} />
    <DateInput source="certificationExpiresOn" />
    <ChoiceInput source="backgroundCheck" group="backgroundCheck" validate={required()} />
  </Box>
);
