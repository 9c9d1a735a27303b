import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditTemplateRecord } from '../audits/types.ts';
import { criterionOf } from '../audits/criteria.ts';

/** The checklist of a template record, section by section (read-only). */
export const TemplateSections = (_: { label?: string | false }) => {
  const record = useRecordContext<AuditTemplateRecord>();
  const translate = useTranslate();
  const sections = record?.definition?.sections ?? [];
  const t = (key: string) => translate(`resources.audit-templates.items.${key}`);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3, width: '100%' }}>
      {sections.map((section) => (
        <Box key={section.key} component="section" aria-label={section.title}>
          <Typography variant="h6">{section.title}</Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('text')}</TableCell>
                <TableCell>{t('kind')}</TableCell>
                <TableCell>{t('criterion')}</TableCell>
                <TableCell align="right">{t('weight')}</TableCell>
                <TableCell>{t('ifFailed')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {section.items.map((item) => (
                <TableRow key={item.key}>
                  <TableCell>
                    {item.text}
                    {item.critical && <Chip size="small" color="error" variant="outlined" label={translate('resources.audits.form.critical')} sx={{ ml: 1 }} />}
                    {item.guidance && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {item.guidance}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {translate(`resources.audit-templates.kinds.${item.kind}`)}
                    {item.allowNotApplicable ? ` · ${translate('resources.audits.form.na')}` : ''}
                  </TableCell>
                  <TableCell>{criterionOf(item)}</TableCell>
                  <TableCell align="right">{item.weight}</TableCell>
                  <TableCell>{item.correctiveAction}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
    </Box>
  );
};
