import { Box } from '@mui/material';
import { ArrayInput, BooleanInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, required, useSourceContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { SEVERITIES } from '../../../audits/index.ts';
import { KIND_FIELDS } from './definition.ts';

const label = (field: string) => `resources.audit-templates.editor.${field}`;
const ITEM_KINDS = Object.keys(KIND_FIELDS).map((id) => ({ id, name: `resources.audit-templates.kinds.${id}` }));
const ITEM_SEVERITIES = SEVERITIES.filter((s) => s !== 'critical').map((id) => ({ id, name: `choices.severity.${id}` }));
const CHECK_TYPES = ['range', 'tolerance'].map((id) => ({ id, name: `resources.audit-templates.checks.${id}` }));
const ROW = { display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' } as const;
const NUMBER = { width: 150 } as const;

/** The value of a field of the item (or option) being edited, by its source inside the iterator. */
const useItemValue = (source: string) => useWatch({ name: useSourceContext().getSource(source) }) as unknown;

/** What a measured value is checked against: a range, or a tolerance around a reference. */
const MeasurementInputs = () => {
  const type = useItemValue('check.type');
  return (
    <Box sx={ROW}>
      <TextInput source="unit" label={label('unit')} helperText={false} sx={{ width: 120 }} />
      <SelectInput source="check.type" label={label('checkType')} choices={CHECK_TYPES} validate={required()} helperText={false} sx={{ width: 260 }} />
      {type === 'range' && (
        <>
          <NumberInput source="check.min" label={label('min')} helperText={false} sx={NUMBER} />
          <NumberInput source="check.max" label={label('max')} helperText={false} sx={NUMBER} />
        </>
      )}
      {type === 'tolerance' && (
        <>
          <NumberInput source="check.reference" label={label('reference')} helperText={false} sx={{ width: 300 }} />
          <NumberInput source="check.tolerancePercent" label={label('tolerancePercent')} helperText={false} sx={NUMBER} />
          <NumberInput source="check.toleranceAbsolute" label={label('toleranceAbsolute')} helperText={false} sx={NUMBER} />
          <NumberInput source="check.referenceRange.min" label={label('referenceMin')} helperText={false} sx={NUMBER} />
          <NumberInput source="check.referenceRange.max" label={label('referenceMax')} helperText={false} sx={NUMBER} />
        </>
      )}
    </Box>
  );
};

const CountInputs = () => (
  <Box sx={ROW}>
    <NumberInput source="minimum" label={label('minimum')} validate={required()} helperText={false} sx={NUMBER} />
    <TextInput source="unit" label={label('unit')} helperText={false} />
    <BooleanInput source="proportional" label={label('proportional')} helperText={false} />
  </Box>
);

const OptionsInput = () => (
  <ArrayInput source="options" label={label('options')}>
    <SimpleFormIterator inline disableReordering>
      <TextInput source="key" label={label('key')} validate={required()} helperText={false} />
      <TextInput source="label" label={label('optionLabel')} validate={required()} helperText={false} />
      <NumberInput source="score" label={label('score')} validate={required()} helperText={false} sx={NUMBER} />
      <SelectInput source="severity" label={label('severity')} choices={ITEM_SEVERITIES} helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** One checklist item: its question, points, critical and N/A flags, and the settings of its kind. */
export const ItemInputs = () => {
  const kind = useItemValue('kind');
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="text" label={label('text')} validate={required()} fullWidth helperText={false} />
      <Box sx={ROW}>
        <SelectInput source="kind" label={label('kind')} choices={ITEM_KINDS} validate={required()} helperText={false} sx={{ width: 180 }} />
        <NumberInput source="weight" label={label('weight')} validate={required()} helperText={false} sx={{ width: 100 }} />
        <BooleanInput source="critical" label={label('critical')} helperText={false} sx={{ mt: 1 }} />
        <BooleanInput source="allowNotApplicable" label={label('allowNotApplicable')} helperText={false} sx={{ mt: 1 }} />
        <SelectInput source="severity" label={label('severity')} choices={ITEM_SEVERITIES} helperText={false} sx={{ width: 180 }} />
      </Box>
      {kind === 'measurement' && <MeasurementInputs />}
      {kind === 'count' && <CountInputs />}
      {kind === 'choice' && <OptionsInput />}
      <Box sx={ROW}>
        <TextInput source="key" label={label('key')} validate={required()} helperText={false} />
        <TextInput source="requirement" label={label('requirement')} validate={required()} helperText={false} />
      </Box>
      <TextInput source="correctiveAction" label={label('correctiveAction')} validate={required()} fullWidth helperText={false} />
      <TextInput source="guidance" label={label('guidance')} fullWidth helperText={false} />
    </Box>
  );
};
