import { useEffect, useState } from 'react';
import { Box, FormControlLabel, MenuItem, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useController } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import type { Answer, TemplateItem } from '../../../audits/index.ts';

const NA = '__na';

/** A number field that keeps what is typed ("0.0") and reports a number, or undefined when empty or not a number. */
const NumberBox = ({ label, value, onChange, unit, name }: { label: string; value: number | undefined; onChange: (n: number | undefined) => void; unit?: string; name: string }) => {
  const [text, setText] = useState(value == null ? '' : String(value));
  useEffect(() => {
    // Follow a value set from outside (a reset, N/A); keep the text while it already means this value.
    const typed = text.trim() === '' ? undefined : Number(text);
    if (typed !== value && !(value === undefined && Number.isNaN(typed))) setText(value == null ? '' : String(value));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <TextField
      size="small"
      label={label}
      name={name}
      value={text}
      inputMode="decimal"
      onChange={(event) => {
        setText(event.target.value);
        const t = event.target.value.trim();
        const n = Number(t);
        onChange(t === '' || Number.isNaN(n) ? undefined : n);
      }}
      slotProps={{ input: { endAdornment: unit ? <Typography variant="caption" sx={{ ml: 1, whiteSpace: 'nowrap' }}>{unit}</Typography> : undefined } }}
      sx={{ width: 200 }}
    />
  );
};

/**
 * The input of one checklist item, bound to `answers.<item key>` in the engine's answer format:
 * yes / no (/ N/A) radios, a measured value (and its reference when the template has none), a
 * count, or a choice among the template's options.
 */
export const AnswerInput = ({ item, disabled }: { item: TemplateItem; disabled?: boolean }) => {
  const translate = useTranslate();
  const { field } = useController({ name: `answers.${item.key}` });
  const answer = (field.value ?? undefined) as Answer | undefined;
  const set = (next: Answer | undefined) => field.onChange(next && (next.value !== undefined || next.na || next.reference !== undefined) ? next : null);
  const keepNote = (next: Answer) => (answer?.note ? { ...next, note: answer.note } : next);
  const na = answer?.na === true;
  const naLabel = translate('resources.audits.form.na');

  if (item.kind === 'yesNo') {
    return (
      <RadioGroup row name={`answers.${item.key}`} value={na ? NA : (answer?.value ?? '')} onChange={(_, v) => set(keepNote(v === NA ? { na: true } : { value: v }))}>
        <FormControlLabel value="yes" control={<Radio size="small" />} label={translate('resources.audits.form.yes')} disabled={disabled} />
        <FormControlLabel value="no" control={<Radio size="small" />} label={translate('resources.audits.form.no')} disabled={disabled} />
        {item.allowNotApplicable && <FormControlLabel value={NA} control={<Radio size="small" />} label={naLabel} disabled={disabled} />}
      </RadioGroup>
    );
  }
  if (item.kind === 'choice') {
    return (
      <TextField
        select
        size="small"
        name={`answers.${item.key}`}
        label={translate('resources.audits.form.answer')}
        value={na ? NA : (answer?.value ?? '')}
        onChange={(event) => set(keepNote(event.target.value === NA ? { na: true } : { value: event.target.value }))}
        disabled={disabled}
        sx={{ minWidth: 260 }}
      >
        <MenuItem value="">
          <em>{translate('resources.audits.form.unanswered')}</em>
        </MenuItem>
        {item.options.map((option) => (
          <MenuItem key={option.key} value={option.key}>
            {option.label}
          </MenuItem>
        ))}
        {item.allowNotApplicable && <MenuItem value={NA}>{naLabel}</MenuItem>}
      </TextField>
    );
  }
  const needsReference = item.kind === 'measurement' && item.check.type === 'tolerance' && item.check.reference === undefined;
  const unit = item.unit;
  const number = (value: number | undefined, reference = answer?.reference) =>
    set(keepNote({ ...(value !== undefined ? { value } : {}), ...(reference !== undefined ? { reference } : {}) }));
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      {!na && (
        <NumberBox
          name={`answers.${item.key}.value`}
          label={translate(item.kind === 'count' ? 'resources.audits.form.count' : 'resources.audits.form.measured')}
          value={typeof answer?.value === 'number' ? answer.value : undefined}
          unit={unit}
          onChange={(v) => number(v)}
        />
      )}
      {!na && needsReference && (
        <NumberBox
          name={`answers.${item.key}.reference`}
          label={translate('resources.audits.form.reference')}
          value={answer?.reference}
          unit={unit}
          onChange={(r) => number(typeof answer?.value === 'number' ? answer.value : undefined, r)}
        />
      )}
      {item.allowNotApplicable && (
        <FormControlLabel
          control={<Radio size="small" checked={na} onClick={() => set(na ? undefined : keepNote({ na: true }))} />}
          label={naLabel}
          disabled={disabled}
        />
      )}
    </Box>
  );
};
