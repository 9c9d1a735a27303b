import { Card, CardContent, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'ra-core';
import type { CustomerNote } from '../../../server/resources/types.ts';
import { formatDay, formatInstant, formatInstantDay } from '../i18n/dates.ts';

const T = 'client.notes.list';

/** The days a note concerns, in words, or null. */
function daysOf(note: CustomerNote, locale: string, translate: (key: string, options?: object) => string): string | null {
  const from = note.startsOn && formatDay(note.startsOn, locale);
  const to = note.endsOn && formatDay(note.endsOn, locale);
  if (from && to) return translate(`${T}.days`, { from, to });
  if (from) return translate(`${T}.from`, { from });
  if (to) return translate(`${T}.until`, { to });
  return null;
}

/** The customer's notes, newest first: what they wrote, when, and whether the program read it. */
export const NoteList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<CustomerNote>('customer-notes', { sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 50 } });
  return (
    <Card component="section" aria-labelledby="notes-title">
      <CardContent>
        <Typography id="notes-title" variant="h6" component="h2">
          {translate(`${T}.title`)}
        </Typography>
        {!isPending && data.length === 0 && <Typography color="text.secondary">{translate(`${T}.empty`)}</Typography>}
        <List disablePadding>
          {data.map((note) => {
            const days = daysOf(note, locale, translate);
            return (
              <ListItem key={note.id} disableGutters divider>
                <Stack spacing={0.5} sx={{ width: '100%' }}>
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
                    <Typography variant="body2" color="text.secondary">
                      {translate(`${T}.sentOn`, { date: formatInstant(note.createdAt, locale) })}
                    </Typography>
                    {note.acknowledgedAt ? (
                      <Chip size="small" color="success" label={translate(`${T}.read`, { date: formatInstantDay(note.acknowledgedAt, locale) })} />
                    ) : (
                      <Chip size="small" variant="outlined" label={translate(`${T}.unread`)} />
                    )}
                  </Stack>
                  {(note.category || days) && (
                    <Typography variant="subtitle2">{[note.category && translate(`client.notes.categories.${note.category}`), days].filter(Boolean).join(' · ')}</Typography>
                  )}
                  <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.body}</Typography>
                </Stack>
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};
