import { ArrayInput, BooleanInput, DateInput, NumberInput, SimpleFormIterator, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';

const label = (field: string) => `resources.jurisdictions.reportingRule.${field}`;
const wide = { gridColumn: '1 / -1' } as const;

/** What the state wants reported, by when and to whom: one line per event ("example" until confirmed). */
export const ReportingRulesInput = () => (
  <ArrayInput source="reportingRules" sx={wide} helperText="resources.jurisdictions.helpers.reportingRules">
    <SimpleFormIterator inline disableReordering>
      <ChoiceInput source="event" group="reportingEvent" label={label('event')} validate={required()} helperText={false} />
      <NumberInput source="amount" label={label('amount')} step={1} validate={[required(), minValue(1), maxValue(1000)]} helperText={false} sx={{ width: 110 }} />
      <ChoiceInput source="unit" group="deadlineUnit" label={label('unit')} validate={required()} helperText={false} />
      <TextInput source="recipient" label={label('recipient')} validate={[required(), maxLength(200)]} helperText={false} />
      <NumberInput source="fromOccurrence" label={label('fromOccurrence')} step={1} validate={[minValue(2), maxValue(100)]} helperText={false} sx={{ width: 140 }} />
      <BooleanInput source="example" label={label('example')} helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** The days the state's offices are closed, skipped by business-day deadlines. */
export const HolidaysInput = () => (
  <ArrayInput source="holidays" sx={wide} helperText="resources.jurisdictions.helpers.holidays">
    <SimpleFormIterator inline disableReordering>
      <DateInput source="day" label={label('day')} validate={required()} helperText={false} />
      <TextInput source="name" label={label('holiday')} validate={[required(), maxLength(100)]} helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);
