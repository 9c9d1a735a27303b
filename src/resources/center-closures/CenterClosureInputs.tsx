import { AutocompleteInput, DateInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';

/** The last day closed is not before the first (the server says so too). */
const notBeforeStart = (endsOn: string | null, values: { startsOn?: string | null }) =>
  endsOn && values.startsOn && endsOn < values.startsOn ? 'resources.center-closures.errors.endsBeforeStart' : undefined;

/** The fields of a closure, shared by create and edit; `center` false where the center is given. */
export const CenterClosureInputs = ({ center = true }: { center?: boolean }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 640 }}>
    {center && (
      <ReferenceInput source="serviceCenterId" reference="service-centers">
        <AutocompleteInput validate={required()} sx={{ gridColumn: '1 / -1' }} />
      </ReferenceInput>
    )}
    <DateInput source="startsOn" validate={required()} />
    <DateInput source="endsOn" validate={[required(), notBeforeStart]} />
    <TextInput source="reason" validate={[required(), maxLength(200)]} helperText="resources.center-closures.helpers.reason" sx={{ gridColumn: '1 / -1' }} />
  </Box>
);
