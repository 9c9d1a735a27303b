import type { ReactNode } from 'react';
import { TextField } from '@mui/material';

/** The phone's own picker (a plain `<select>` for keyboards and screen readers), labelled, with its error under it. */
export const NativeSelect = ({
  label,
  value,
  onChange,
  error,
  required = false,
  disabled = false,
  children,
}: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** The `<option>`s; a required choice starts with an empty, disabled one. */
  children: ReactNode;
}) => (
  <TextField
    select
    required={required}
    disabled={disabled}
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    error={Boolean(error)}
    helperText={error}
    slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
  >
    {required && <option value="" disabled />}
    {children}
  </TextField>
);
