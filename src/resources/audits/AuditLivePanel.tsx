import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AuditEvaluation } from '../../../audits/index.ts';
import { percent } from '../../numbers.ts';
import { SectionResultsTable } from './SectionResultsTable.tsx';

const SEVERITY_COLOR = { critical: 'error', major: 'warning', minor: 'info', observation: 'default' } as const;

/** The engine's result of the answers so far: score, band, critical failures, sections, findings, unanswered items. */
export const AuditLivePanel = ({ evaluation }: { evaluation: AuditEvaluation | null }) => {
  const translate = useTranslate();
  if (!evaluation) return <Alert severity="error">{translate('resources.audits.live.invalidTemplate')}</Alert>;
  const unanswered = evaluation.itemCount - evaluation.answeredCount;
  return (
    <Card variant="outlined" aria-label={translate('resources.audits.live.title')} component="aside">
      <CardContent>
        <Typography variant="overline">{translate('resources.audits.live.title')}</Typography>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
          <Typography variant="h4" data-testid="live-score">
            {percent(evaluation.percent)}
          </Typography>
          {evaluation.band && <Chip label={translate(`choices.auditBand.${evaluation.band.key}`, { _: evaluation.band.label })} />}
        </Box>
        {evaluation.capped && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.audits.live.raw', { raw: percent(evaluation.rawPercent) })}
          </Typography>
        )}
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="live-unanswered">
          {unanswered === 0
            ? translate('resources.audits.live.allAnswered', { count: evaluation.itemCount })
            : translate('resources.audits.live.unanswered', { smart_count: unanswered, total: evaluation.itemCount })}
        </Typography>
        {evaluation.criticalFailures.length > 0 && (
          <Alert severity="error" sx={{ my: 1 }}>
            {translate('resources.audits.live.criticalFailure', { smart_count: evaluation.criticalFailures.length })}
          </Alert>
        )}
        <Box sx={{ my: 1 }}>
          <SectionResultsTable sections={evaluation.sections} />
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate('resources.audits.live.findings', { smart_count: evaluation.findings.length })}
        </Typography>
        <List dense disablePadding>
          {evaluation.findings.map((f) => (
            <ListItem key={f.itemKey} disableGutters alignItems="flex-start">
              <Chip size="small" color={SEVERITY_COLOR[f.severity]} label={translate(`choices.severity.${f.severity}`)} sx={{ mr: 1, mt: 0.5 }} />
              <ListItemText primary={f.title} secondary={[f.detail, f.dueDate && translate('resources.audits.live.due', { date: f.dueDate })].filter(Boolean).join(' · ')} />
            </ListItem>
          ))}
        </List>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.audits.live.note')}
        </Typography>
      </CardContent>
    </Card>
  );
};
