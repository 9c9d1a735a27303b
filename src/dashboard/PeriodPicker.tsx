import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PERIOD_PRESETS, periodRange, type Period } from './period.ts';

/** A preset period (this quarter, last 30/90 days, last 12 months) or custom from/to days. */
export const PeriodPicker = ({ value, onChange, id }: { value: Period; onChange: (period: Period) => void; id: string }) => {
  const translate = useTranslate();
  const custom = value.preset === 'custom';
  const invalid = custom && value.from && value.to && periodRange(value) === null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        id={`${id}-period`}
        label={translate('resources.dashboard.period.label')}
        value={value.preset}
        onChange={(e) => {
          const preset = e.target.value as Period['preset'];
          // a custom period starts from the range that was on screen
          const shown = periodRange(value);
          onChange(preset === 'custom' ? { preset, from: shown?.from, to: shown?.to } : { preset });
        }}
        sx={{ minWidth: 160 }}
      >
        {PERIOD_PRESETS.map((preset) => (
          <MenuItem key={preset} value={preset}>
            {translate(`resources.dashboard.period.${preset}`)}
          </MenuItem>
        ))}
      </TextField>
      {custom && (
        <>
          <TextField
            size="small"
            type="date"
            id={`${id}-from`}
            label={translate('resources.dashboard.period.from')}
            value={value.from ?? ''}
            onChange={(e) => onChange({ ...value, from: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!invalid}
          />
          <TextField
            size="small"
            type="date"
            id={`${id}-to`}
            label={translate('resources.dashboard.period.to')}
            value={value.to ?? ''}
            onChange={(e) => onChange({ ...value, to: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!invalid}
            helperText={invalid ? translate('resources.dashboard.period.reversed') : undefined}
          />
        </>
      )}
    </Box>
  );
};
