import { memo } from 'react';
import { Box, Card, CardContent, Chip, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AuditEvaluation, AuditTemplate, ItemResult, ItemStatus, TemplateItem } from '../../../audits/index.ts';
import { percent } from '../../numbers.ts';
import { AnswerInput } from './AnswerInput.tsx';
import { criterionOf } from './criteria.ts';

const STATUS_COLOR: Record<ItemStatus, 'success' | 'warning' | 'error' | 'default'> = {
  pass: 'success',
  partial: 'warning',
  fail: 'error',
  na: 'default',
  missing: 'default',
  invalid: 'error',
};

/** One item: its question, what passes, the input and its live result. Re-rendered only when its own result changes. */
const ItemRow = memo(
  ({ item, result: r }: { item: TemplateItem; result: ItemResult | undefined }) => {
    const translate = useTranslate();
    return (
      <Box sx={{ py: 1.5 }}>
        <Divider sx={{ mb: 1.5 }} />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body1" sx={{ fontWeight: 500 }}>
            {item.text}
          </Typography>
          {item.critical && <Chip size="small" color="error" variant="outlined" label={translate('resources.audits.form.critical')} />}
          <Typography variant="caption" color="text.secondary">
            {translate('resources.audits.form.weight', { weight: item.weight })} · {criterionOf(item)}
          </Typography>
        </Box>
        {item.guidance && (
          <Typography variant="body2" color="text.secondary">
            {item.guidance}
          </Typography>
        )}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mt: 1, flexWrap: 'wrap' }}>
          <AnswerInput item={item} />
          {r && r.status !== 'missing' && (
            <Chip size="small" color={STATUS_COLOR[r.status]} label={`${translate(`resources.audits.itemStatus.${r.status}`)}${r.detail ? `: ${r.detail}` : ''}`} />
          )}
        </Box>
      </Box>
    );
  },
  (a, b) => a.item === b.item && a.result?.status === b.result?.status && a.result?.detail === b.result?.detail,
);

/** The template's sections and items, each with its input and its live result. */
export const AuditChecklist = ({ template, evaluation }: { template: AuditTemplate; evaluation: AuditEvaluation | null }) => {
  const results = new Map(evaluation?.items.map((r) => [r.itemKey, r]));
  const sections = new Map(evaluation?.sections.map((s) => [s.key, s]));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {template.sections.map((section) => {
        const result = sections.get(section.key);
        return (
          <Card key={section.key} variant="outlined" component="section" aria-label={section.title}>
            <CardContent>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
                <Typography variant="h6">{section.title}</Typography>
                <Typography variant="body2" color={result?.failed ? 'error' : 'text.secondary'}>
                  {percent(result?.percent)}
                </Typography>
              </Box>
              {section.items.map((item) => (
                <ItemRow key={item.key} item={item} result={results.get(item.key)} />
              ))}
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
};
