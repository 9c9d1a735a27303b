import { BooleanInput, NumberInput, TextInput, maxLength, maxValue, minLength, minValue, required } from 'react-admin';
import { Box } from '@mui/material';
import { HolidaysInput, ReportingRulesInput } from './ReportingRulesInput.tsx';

const wide = { gridColumn: '1 / -1' } as const;
const upper = (value: string | null) => (value ? value.toUpperCase() : value);

/** The rules of a jurisdiction, shared by create and edit. */
export const JurisdictionInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <TextInput source="code" parse={upper} validate={[required(), minLength(2), maxLength(2)]} />
    <TextInput source="name" validate={[required(), maxLength(100)]} sx={{ gridColumn: { md: 'span 2' } }} />
    <NumberInput
      source="calibrationIntervalDays"
      step={1}
      validate={[minValue(1), maxValue(365)]}
      helperText="resources.jurisdictions.helpers.calibrationIntervalDays"
      sx={{ gridColumn: { md: 'span 2' } }}
    />
    <NumberInput source="graceDaysBeforeLockout" step={1} validate={[minValue(0), maxValue(60)]} />
    <BooleanInput source="unlockCodesAllowed" sx={wide} />
    <NumberInput source="unlockCodeValidHours" step={1} validate={[minValue(1), maxValue(720)]} helperText="resources.jurisdictions.helpers.unlockCodeValidHours" />
    <NumberInput source="unlockCodesPerDay" step={1} validate={[minValue(1), maxValue(100)]} helperText="resources.jurisdictions.helpers.unlockCodesPerDay" />
    <NumberInput source="unlockCodesPerProgram" step={1} validate={[minValue(1), maxValue(1000)]} helperText="resources.jurisdictions.helpers.unlockCodesPerProgram" />
    <NumberInput source="unlockCodeFee" step={0.01} validate={[minValue(0), maxValue(500)]} helperText="resources.jurisdictions.helpers.unlockCodeFee" />
    <TextInput source="unlockCodeCallNumber" type="tel" validate={maxLength(25)} helperText="resources.jurisdictions.helpers.unlockCodeCallNumber" />
    <BooleanInput source="stateInspectionRequired" />
    <BooleanInput source="cameraRequired" />
    <BooleanInput source="backgroundCheckRequired" />
    <NumberInput source="recordRetentionYears" step={1} validate={[minValue(1), maxValue(50)]} />
    <Box />
    <TextInput source="unlockCodeLimits" validate={maxLength(500)} multiline minRows={2} sx={wide} />
    <TextInput source="reportingDeadlines" validate={maxLength(500)} multiline minRows={2} sx={wide} />
    <ReportingRulesInput />
    <HolidaysInput />
    <TextInput source="notes" validate={maxLength(2000)} multiline minRows={3} sx={wide} />
    <BooleanInput source="rulesConfirmed" helperText="resources.jurisdictions.helpers.rulesConfirmed" sx={wide} />
  </Box>
);
