import { useState, type KeyboardEvent } from 'react';
import { Box, Chip, TextField, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslate } from 'react-admin';
import { serialKey } from '../../../server/rules/shipments/receipt.ts';

const T = 'resources.shipment-packages.receive';

/**
 * The serials of a package: those on the packing list (ticked once scanned), a field where a
 * scanner's or a person's Enter adds a serial, and the scanned ones as removable chips.
 */
export const SerialScanner = ({ expected, scanned, onChange, disabled }: { expected: string[]; scanned: string[]; onChange: (serials: string[]) => void; disabled: boolean }) => {
  const translate = useTranslate();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const keys = new Set(scanned.map(serialKey));
  const remove = (serial: string) => onChange(scanned.filter((s) => s !== serial));
  const add = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const serial = typed.trim();
    if (!serial) return;
    if (keys.has(serialKey(serial))) setProblem(translate(`${T}.already`, { serial }));
    else {
      onChange([...scanned, serial]);
      setProblem(null);
    }
    setTyped('');
  };
  return (
    <>
      {expected.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="subtitle2" component="h3">
            {translate(`${T}.expected`)}
          </Typography>
          <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mt: 1 }}>
            {expected.map((serial) => (
              <li key={serial}>
                <Chip label={serial} variant="outlined" color={keys.has(serialKey(serial)) ? 'success' : 'default'} icon={keys.has(serialKey(serial)) ? <CheckIcon /> : undefined} />
              </li>
            ))}
          </Box>
        </Box>
      )}
      <TextField
        label={translate(`${T}.scan`)}
        helperText={problem ?? translate(`${T}.scanHelp`)}
        error={problem !== null}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={add}
        disabled={disabled}
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { maxLength: 40, autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false } }}
      />
      {scanned.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2" component="h3">
            {translate(`${T}.scanned`, { smart_count: scanned.length })}
          </Typography>
          <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mt: 1 }}>
            {scanned.map((serial) => (
              <li key={serial}>
                {/* Enter, Delete or Backspace on the focused chip removes it, as a click does. */}
                <Chip label={serial} aria-label={translate(`${T}.remove`, { serial })} onClick={() => remove(serial)} onDelete={() => remove(serial)} disabled={disabled} />
              </li>
            ))}
          </Box>
        </Box>
      )}
    </>
  );
};
