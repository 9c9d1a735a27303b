import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useCreate, useRefresh, useTranslate } from 'ra-core';
import { CUSTOMER_NOTE_CATEGORIES } from '../../../server/resources/choices.ts';

const T = 'client.notes.form';
const MAX = 2000;

type Errors = Record<string, string>;

/**
 * A new note: the text, what it is about and the days it concerns (optional). Notes are never
 * changed or deleted, so it is sent after a confirmation.
 */
export const NoteForm = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const [body, setBody] = useState('');
  const [category, setCategory] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<{ sent: true } | { sent: false; message: string } | null>(null);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const found: Errors = startsOn && endsOn && endsOn < startsOn ? { endsOn: translate(`${T}.endsBeforeStart`) } : {};
    setErrors(found);
    if (!Object.keys(found).length && body.trim()) setConfirming(true);
  };

  const send = () => {
    const data = { body: body.trim(), category: category || null, startsOn: startsOn || null, endsOn: endsOn || null };
    create(
      'customer-notes',
      { data },
      {
        onSuccess: () => {
          setConfirming(false);
          setOutcome({ sent: true });
          setBody('');
          setCategory('');
          setStartsOn('');
          setEndsOn('');
          refresh();
        },
        onError: (error) => {
          const refusal = (error as { body?: { message?: string; errors?: Errors } }).body;
          setConfirming(false);
          setErrors(refusal?.errors ?? {});
          setOutcome({ sent: false, message: refusal?.message ?? (error as Error).message });
        },
      },
    );
  };

  const field = (name: string) => ({ error: Boolean(errors[name]), helperText: errors[name] });
  return (
    <Card component="section" aria-labelledby="note-form-title">
      <CardContent>
        <Typography id="note-form-title" variant="h6" component="h2" sx={{ mb: 2 }}>
          {translate(`${T}.title`)}
        </Typography>
        <Box component="form" onSubmit={ask}>
          <Stack spacing={2}>
            <TextField
              multiline
              minRows={4}
              required
              fullWidth
              label={translate(`${T}.body`)}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              error={Boolean(errors.body)}
              helperText={errors.body ?? translate(`${T}.counter`, { count: body.length })}
              slotProps={{ htmlInput: { maxLength: MAX } }}
            />
            <TextField select fullWidth label={translate(`${T}.category`)} value={category} onChange={(e) => setCategory(e.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...field('category')}>
              <option value="">{translate(`${T}.noCategory`)}</option>
              {CUSTOMER_NOTE_CATEGORIES.map((value) => (
                <option key={value} value={value}>
                  {translate(`client.notes.categories.${value}`)}
                </option>
              ))}
            </TextField>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField type="date" fullWidth label={translate(`${T}.startsOn`)} value={startsOn} onChange={(e) => setStartsOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} {...field('startsOn')} />
              <TextField type="date" fullWidth label={translate(`${T}.endsOn`)} value={endsOn} onChange={(e) => setEndsOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} {...field('endsOn')} />
            </Stack>
            {outcome?.sent === true && <Alert severity="success">{translate(`${T}.sent`)}</Alert>}
            {outcome?.sent === false && <Alert severity="error">{translate(`${T}.failed`, { reason: outcome.message })}</Alert>}
            <Button type="submit" variant="contained" size="large" disabled={isPending || !body.trim()}>
              {translate(`${T}.submit`)}
            </Button>
          </Stack>
        </Box>
      </CardContent>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="note-confirm-title" aria-describedby="note-confirm-text">
        <DialogTitle id="note-confirm-title">{translate(`${T}.confirmTitle`)}</DialogTitle>
        <DialogContent>
          <DialogContentText id="note-confirm-text">{translate(`${T}.confirmText`)}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{translate(`${T}.cancel`)}</Button>
          <Button variant="contained" onClick={send} disabled={isPending}>
            {translate(`${T}.submit`)}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
