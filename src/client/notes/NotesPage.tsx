import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { NoteForm } from './NoteForm.tsx';
import { NoteList } from './NoteList.tsx';

/** Notes to whoever monitors the program: a new one, and those sent with whether they were read. */
export const NotesPage = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 }, maxWidth: 720, mx: 'auto' }}>
      <Typography color="text.secondary">{translate('client.notes.intro')}</Typography>
      <NoteForm />
      <NoteList />
    </Stack>
  );
};
