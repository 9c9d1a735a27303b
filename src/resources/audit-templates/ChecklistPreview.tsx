import { useMemo, useState } from 'react';
import { Alert, Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { sampleAnswers, validateTemplate } from '../../../audits/index.ts';
import { percent } from '../../numbers.ts';
import { AuditLivePanel } from '../audits/AuditLivePanel.tsx';
import { previewAudit } from '../audits/evaluate.ts';
import { cleanDefinition } from './definition.ts';

/**
 * The draft's scoring on a sample audit, by the engine the server uses: every item answered at
 * full marks except those the administrator picks to fail. Shows what the checklist as it stands
 * on screen would give, before it is saved or published.
 */
export const ChecklistPreview = () => {
  const translate = useTranslate();
  const definition = useWatch({ name: 'definition' }) as unknown;
  const checked = useMemo(() => validateTemplate(cleanDefinition(definition)), [definition]);
  const [failing, setFailing] = useState<string[]>([]);
  const template = checked.ok ? checked.template : null;
  const items = useMemo(() => template?.sections.flatMap((s) => s.items) ?? [], [template]);
  const evaluation = useMemo(() => (template ? previewAudit(template, sampleAnswers(template, failing), null) : null), [template, failing]);

  if (!checked.ok) {
    return (
      <Alert severity="warning" data-testid="preview-issues">
        {translate('resources.audit-templates.preview.incomplete', { smart_count: checked.issues.length })}
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {checked.issues.slice(0, 5).map((issue) => (
            <li key={`${issue.path} ${issue.message}`}>{`${issue.path || translate('resources.audit-templates.preview.checklist')}: ${issue.message}`}</li>
          ))}
        </Box>
      </Alert>
    );
  }
  const findings = evaluation?.findings ?? [];
  const critical = findings.filter((f) => f.severity === 'critical').length;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }} aria-label={translate('resources.audit-templates.preview.title')} component="section">
      <Typography variant="h6">{translate('resources.audit-templates.preview.title')}</Typography>
      <Autocomplete
        multiple
        size="small"
        options={items.map((i) => i.key)}
        value={failing.filter((key) => items.some((i) => i.key === key))}
        getOptionLabel={(key) => items.find((i) => i.key === key)?.text ?? key}
        onChange={(_event, keys) => setFailing(keys)}
        renderInput={(params) => <TextField {...params} label={translate('resources.audit-templates.preview.failing')} />}
      />
      <Typography variant="body1" data-testid="preview-summary">
        {translate('resources.audit-templates.preview.summary', {
          percent: percent(evaluation?.percent),
          band: evaluation?.band ? translate(`choices.auditBand.${evaluation.band.key}`, { _: evaluation.band.label }) : '—',
          findings: findings.length,
          critical,
        })}
      </Typography>
      <AuditLivePanel evaluation={evaluation} />
    </Box>
  );
};
