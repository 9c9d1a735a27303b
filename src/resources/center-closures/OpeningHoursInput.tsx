import { Alert, Box, Button, Checkbox, FormControlLabel, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/RemoveCircleOutline';
import { ValidationError, useInput, useTranslate } from 'react-admin';
import { DEFAULT_WEEK, WEEKDAYS, hoursProblem, problemAt, withInterval, type Interval, type OpeningHours, type Weekday } from './openingHours.ts';

const T = 'resources.center-closures.hours';

interface DayProps {
  weekday: Weekday;
  slots: Interval[];
  onChange: (slots: Interval[]) => void;
  invalid?: number | 'day';
}

/** One weekday: open or closed, and its intervals as native time inputs (typed or picked, keyboard first). */
const DayHours = ({ weekday, slots, onChange, invalid }: DayProps) => {
  const translate = useTranslate();
  const day = translate(`${T}.weekdays.${weekday}`);
  const set = (index: number, field: keyof Interval, value: string) => onChange(slots.map((slot, i) => (i === index ? { ...slot, [field]: value } : slot)));
  return (
    <Box component="fieldset" sx={{ border: 0, borderBottom: 1, borderColor: 'divider', m: 0, px: 0, py: 1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Typography component="legend" sx={{ float: 'left', width: 110, fontWeight: 500 }}>
        {day}
      </Typography>
      <FormControlLabel
        control={<Checkbox checked={slots.length > 0} onChange={(event) => onChange(event.target.checked ? withInterval([]) : [])} />}
        label={translate(`${T}.open`)}
      />
      {slots.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.closed`)}
        </Typography>
      )}
      <Stack spacing={1} sx={{ flexBasis: { xs: '100%', sm: 'auto' } }}>
        {slots.map((slot, index) => (
          <Stack key={index} direction="row" spacing={1} alignItems="center">
            <TextField
              type="time"
              size="small"
              label={translate(`${T}.opens`)}
              value={slot.opens}
              onChange={(event) => set(index, 'opens', event.target.value)}
              error={invalid === index || invalid === 'day'}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': translate(`${T}.opensOn`, { day, n: index + 1 }) } }}
              sx={{ width: 130 }}
            />
            <TextField
              // 24:00 (until midnight) is kept as text; a time input shows 23:59 at most
              type={slot.closes === '24:00' ? 'text' : 'time'}
              size="small"
              label={translate(`${T}.closes`)}
              value={slot.closes}
              onChange={(event) => set(index, 'closes', event.target.value)}
              error={invalid === index || invalid === 'day'}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': translate(`${T}.closesOn`, { day, n: index + 1 }) } }}
              sx={{ width: 130 }}
            />
            <IconButton aria-label={translate(`${T}.removeInterval`, { day, n: index + 1 })} onClick={() => onChange(slots.filter((_, i) => i !== index))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        {slots.length > 0 && slots.length < 3 && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => onChange(withInterval(slots))} sx={{ alignSelf: 'flex-start' }}>
            {translate(`${T}.addInterval`)}
          </Button>
        )}
      </Stack>
    </Box>
  );
};

/**
 * A center's weekly opening hours (`openingHours`) in its local time: each weekday closed or open
 * with up to three intervals. Without structured hours nothing is refused on hours; they start
 * from weekdays 08:00–17:00.
 */
export const OpeningHoursInput = ({ source = 'openingHours' }: { source?: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput<OpeningHours | null>({ source, validate: hoursProblem });
  // react-admin formats a null value as '' for the inputs it renders
  const week = field.value && typeof field.value === 'object' ? field.value : null;
  const at = problemAt(week);
  return (
    <Box component="section" aria-labelledby="opening-hours-title" sx={{ width: '100%', maxWidth: 640 }}>
      <Typography id="opening-hours-title" variant="subtitle1" component="h2">
        {translate(`${T}.title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${T}.intro`)}
      </Typography>
      {week === null ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => field.onChange(DEFAULT_WEEK)}>
              {translate(`${T}.start`)}
            </Button>
          }
        >
          {translate(`${T}.none`)}
        </Alert>
      ) : (
        <>
          {WEEKDAYS.map((weekday) => (
            <DayHours
              key={weekday}
              weekday={weekday}
              slots={week[weekday]}
              onChange={(slots) => field.onChange({ ...week, [weekday]: slots })}
              invalid={at?.weekday === weekday ? (at.index ?? 'day') : undefined}
            />
          ))}
          {fieldState.error?.message && (
            <Alert severity="error" sx={{ mt: 1 }} role="alert">
              <ValidationError error={fieldState.error.message} />
            </Alert>
          )}
          <Button size="small" color="inherit" onClick={() => field.onChange(null)} sx={{ mt: 1 }}>
            {translate(`${T}.clear`)}
          </Button>
        </>
      )}
    </Box>
  );
};
