import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useId } from 'react';

type Props = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error' | 'helperText' | 'label'> & {
  /** The field: its label is `client.account.fields.<name>`. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Why the value is refused (a translation key or the server's words), shown under it. */
  problem?: string;
  /** A hint shown under the field while nothing is wrong (a translation key). */
  hint?: string;
};

/** A labelled text field of the account pages, its reason under it (announced with the field). */
export function AccountTextField({ name, value, onChange, problem, hint, ...props }: Props) {
  const translate = useTranslate();
  // Unique on the page: two forms may have a field of the same name (the current password).
  const id = `${useId()}${name}`;
  const under = problem ?? hint;
  return (
    <TextField
      {...props}
      id={id}
      name={name}
      label={translate(`client.account.fields.${name}`)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(problem)}
      helperText={under ? translate(under, { _: under }) : undefined}
      fullWidth
      margin="dense"
    />
  );
}
