import { Box, IconButton, TextField } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslate } from 'react-admin';
import { shiftMonth, validMonth } from './month.ts';

/** A month up to `latest`: typed or picked, or stepped with previous / next. */
export const MonthPicker = ({ value, latest, onChange }: { value: string; latest: string; onChange: (month: string) => void }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <IconButton aria-label={translate('resources.statement.previous')} onClick={() => onChange(shiftMonth(value, -1))}>
        <ChevronLeftIcon />
      </IconButton>
      <TextField
        type="month"
        size="small"
        label={translate('resources.statement.month')}
        value={value}
        onChange={(event) => {
          const month = validMonth(event.target.value, latest);
          if (month) onChange(month);
        }}
        slotProps={{ htmlInput: { max: latest }, inputLabel: { shrink: true } }}
      />
      <IconButton aria-label={translate('resources.statement.next')} disabled={value >= latest} onClick={() => onChange(shiftMonth(value, 1))}>
        <ChevronRightIcon />
      </IconButton>
    </Box>
  );
};
