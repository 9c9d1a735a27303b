import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, email, maxLength, minLength, required, useRecordContext, useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { choicesOf } from '../../components/choices.ts';
import { Box, Typography } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { ContactsInput } from './ContactsInput.tsx';
import { PriceListInput } from './PriceListInput.tsx';
import { OpeningHoursInput } from '../center-closures/OpeningHoursInput.tsx';

const span = (columns: number) => ({ gridColumn: { md: `span ${columns}` } });
const wide = { gridColumn: '1 / -1' } as const;
const upper = (value: string | null) => (value ? value.toUpperCase() : value);

/** The onboarding status; "live" only through the Go-live button (the server refuses it here too). */
const StatusInput = () => {
  const record = useRecordContext<ServiceCenter>();
  const live = record?.onboardingStatus === 'live';
  const choices = choicesOf('onboardingStatus').map((c) => ({ ...c, disabled: c.id === 'live' && !live }));
  return <SelectInput source="onboardingStatus" choices={choices} validate={required()} helperText={live ? false : 'resources.service-centers.helpers.goLive'} />;
};

/** The dates of the go-live checklist, grouped (the documents are uploaded on the show's Onboarding tab). */
const PaperworkInputs = () => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ ...wide, border: 0, p: 0, m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, columnGap: 2 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mt: 1 }}>
        {translate('resources.service-centers.sections.paperwork')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ ...wide, mb: 1 }}>
        {translate('resources.service-centers.helpers.paperwork')}
      </Typography>
      <DateInput source="agreementSignedOn" />
      <DateInput source="w9ReceivedOn" />
      <DateInput source="insuranceReceivedOn" />
      <DateInput source="insuranceExpiresOn" helperText="resources.service-centers.helpers.insuranceExpiresOn" />
      <DateInput source="stateNotifiedOn" />
      <ChoiceInput source="stateNotifiedHow" group="stateNoticeChannel" />
      <DateInput source="stateInspectionPassedOn" />
    </Box>
  );
};

/** The fields of a service center, shared by create and edit. */
export const ServiceCenterInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, columnGap: 2, width: '100%', maxWidth: 1000 }}>
    <TextInput source="name" validate={[required(), maxLength(120)]} sx={span(3)} />
    <StatusInput />
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
    <TextInput source="hours" validate={maxLength(200)} sx={wide} helperText="resources.service-centers.helpers.hoursNote" />
    <Box sx={wide}>
      <OpeningHoursInput />
    </Box>
    <Box sx={wide}>
      <ContactsInput />
    </Box>
    <PaperworkInputs />
    <Box sx={wide}>
      <PriceListInput />
    </Box>
    <TextInput source="notes" validate={maxLength(2000)} multiline minRows={3} sx={wide} />
  </Box>
);
