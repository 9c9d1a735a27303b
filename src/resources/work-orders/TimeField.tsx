import { TextField } from '@mui/material';

/** A date and time in the browser's time zone (a `datetime-local` value), with the server's or the form's reason under it. */
export const TimeField = ({ label, value, onChange, error, required = false }: { label: string; value: string; onChange: (value: string) => void; error?: string | null; required?: boolean }) => (
  <TextField
    type="datetime-local"
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    required={required}
    error={Boolean(error)}
    helperText={error ?? undefined}
    fullWidth
    slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
  />
);
