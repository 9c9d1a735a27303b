import { BooleanInput, NumberInput, SelectInput, TextInput, maxLength, maxValue, minValue, required } from 'react-admin';
import { Box } from '@mui/material';
import { CATEGORY_CHOICES, LANGUAGE_CHOICES } from './choices.ts';
import { HelpArticlePreview } from './HelpArticlePreview.tsx';

const wide = { gridColumn: '1 / -1' } as const;

/** A help article's fields, shared by create and edit, with the live preview beside the text on wide screens. */
export const HelpArticleInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 1100 }}>
    <TextInput source="title" validate={[required(), maxLength(200)]} sx={wide} />
    <SelectInput source="category" choices={CATEGORY_CHOICES} validate={required()} />
    <SelectInput source="language" choices={LANGUAGE_CHOICES} validate={required()} />
    <TextInput source="videoUrl" type="url" validate={maxLength(500)} helperText="resources.help-articles.helpers.videoUrl" sx={wide} />
    <NumberInput source="sortOrder" step={10} validate={[required(), minValue(0), maxValue(10_000)]} helperText="resources.help-articles.helpers.sortOrder" />
    <BooleanInput source="published" helperText="resources.help-articles.helpers.published" />
    <TextInput source="body" multiline minRows={10} validate={[required(), maxLength(8000)]} helperText="resources.help-articles.helpers.body" />
    <Box sx={{ pt: 1 }}>
      <HelpArticlePreview />
    </Box>
  </Box>
);
