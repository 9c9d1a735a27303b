import { Box, Checkbox, FormControlLabel, FormGroup, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WhatIfAction } from '../../../../server/audits/what-if.ts';
import type { WhatIfForm } from './whatIfForm.ts';

const t = (key: string) => `resources.ratings.whatIf.${key}`;

/** The changes to imagine: the open corrective actions closed (all or some), an audit's result today, the complaints of the 12 months. */
export const WhatIfFields = ({ form, onChange, openActions }: { form: WhatIfForm; onChange: (form: WhatIfForm) => void; openActions: readonly WhatIfAction[] }) => {
  const translate = useTranslate();
  /** A number of the form, with its label and help (the key's `Help`). */
  const numberField = (key: 'auditPercent' | 'complaints', bounds: { min: number; max?: number; step: number }) => (
    <TextField
      size="small"
      type="number"
      sx={{ width: 320 }}
      label={translate(t(key))}
      helperText={translate(t(`${key}Help`))}
      value={form[key]}
      onChange={(e) => onChange({ ...form, [key]: e.target.value })}
      slotProps={{ htmlInput: bounds }}
    />
  );
  const toggle = (id: number) => onChange({ ...form, close: form.close.includes(id) ? form.close.filter((c) => c !== id) : [...form.close, id] });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {openActions.length > 0 ? (
        <FormGroup aria-label={translate(t('actions'))}>
          <FormControlLabel
            control={<Checkbox checked={form.closeAll} onChange={(e) => onChange({ ...form, closeAll: e.target.checked })} />}
            label={translate(t('closeAll'), { smart_count: openActions.length })}
          />
          {!form.closeAll &&
            openActions.map((a) => (
              <FormControlLabel
                key={a.id}
                sx={{ ml: 2 }}
                control={<Checkbox size="small" checked={form.close.includes(a.id)} onChange={() => toggle(a.id)} />}
                label={
                  <Typography variant="body2">
                    {translate(t(a.overdue ? 'closeOverdue' : 'closeOne'), { id: a.id, severity: a.severity, description: a.description, due: a.dueDate ?? '—' })}
                  </Typography>
                }
              />
            ))}
        </FormGroup>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(t('noOpenActions'))}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {numberField('auditPercent', { min: 0, max: 100, step: 1 })}
        {numberField('complaints', { min: 0, step: 1 })}
      </Box>
    </Box>
  );
};
