import { AutocompleteInput, ReferenceInput, TextInput, email, maxLength, minLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { ContactsInput } from './ContactsInput.tsx';
import { PriceListInput } from './PriceListInput.tsx';

const span = (columns: number) => ({ gridColumn: { md: `span ${columns}` } });
const wide = { gridColumn: '1 / -1' } as const;
const upper = (value: string | null) => (value ? value.toUpperCase() : value);

/** The fields of a service center, shared by create and edit. */
export const ServiceCenterInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, columnGap: 2, width: '100%', maxWidth: 1000 }}>
    <TextInput source="name" validate={[required(), maxLength(120)]} sx={span(3)} />
    <ChoiceInput source="onboardingStatus" group="onboardingStatus" validate={required()} />
    <ReferenceInput source="regionId" reference="regions" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={required()} sx={span(2)} />
    </ReferenceInput>
    <ReferenceInput source="jurisdictionId" reference="jurisdictions" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput validate={required()} sx={span(2)} />
    </ReferenceInput>
    <TextInput source="street" validate={[required(), maxLength(200)]} sx={wide} />
    <TextInput source="city" validate={[required(), maxLength(100)]} sx={span(2)} />
    <TextInput
      source="state"
      parse={upper}
      validate={[required(), minLength(2), maxLength(2)]}
      helperText="resources.service-centers.helpers.state"
    />
    <TextInput source="postalCode" validate={[required(), maxLength(10)]} />
    <TextInput source="phone" type="tel" validate={maxLength(25)} sx={span(2)} />
    <TextInput source="email" type="email" validate={[email(), maxLength(200)]} sx={span(2)} />
    <TextInput source="hours" validate={maxLength(200)} sx={wide} />
    <Box sx={wide}>
      <ContactsInput />
    </Box>
    <Box sx={wide}>
      <PriceListInput />
    </Box>
    <TextInput source="notes" validate={maxLength(2000)} multiline minRows={3} sx={wide} />
  </Box>
);
