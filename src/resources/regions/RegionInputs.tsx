import { TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';

/** The fields of a region, shared by create and edit. */
export const RegionInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <TextInput source="code" validate={[required(), maxLength(10)]} />
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <TextInput source="description" validate={maxLength(1000)} multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
  </Box>
);
