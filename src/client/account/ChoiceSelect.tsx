import { TextField } from '@mui/material';
import { useTranslate } from 'ra-core';

interface Props<V extends string> {
  id: string;
  /** Translation key of the label. */
  label: string;
  value: V;
  options: readonly V[];
  /** Translation key prefix of the options' labels (`<prefix>.<option>`). */
  optionLabels: string;
  onChange: (value: V) => void;
}

/** A labelled choice among a few values, as the phone's own picker (a native select). */
export function ChoiceSelect<V extends string>({ id, label, value, options, optionLabels, onChange }: Props<V>) {
  const translate = useTranslate();
  return (
    <TextField
      select
      id={id}
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value as V)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      fullWidth
      margin="dense"
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {translate(`${optionLabels}.${option}`)}
        </option>
      ))}
    </TextField>
  );
}
