import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { decimal } from '../../numbers.ts';
import type { RatingRecord } from '../audits/types.ts';

/** A weight as given, to at most four decimals (0.35, 0.125). */
const weightText = (n: unknown) => (typeof n === 'number' ? String(Number(n.toFixed(4))) : '—');

/** Why a center has its score: each contribution's weight × value = points; the points add up to the score. */
export const ExplanationTable = ({ rating }: { rating: RatingRecord }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.ratings.explanation.${key}`);
  const rows = rating.explanation ?? [];
  return (
    <Table size="small" aria-label={t('title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('label')}</TableCell>
          <TableCell align="right">{t('weight')}</TableCell>
          <TableCell align="right">{t('value')}</TableCell>
          <TableCell align="right">{t('points')}</TableCell>
          <TableCell>{t('reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((c, i) => (
          <TableRow key={c.key ?? i} sx={c.status === 'missing' ? { '& td': { color: 'text.secondary' } } : undefined}>
            <TableCell>{c.label}</TableCell>
            <TableCell align="right">{weightText(c.weight)}</TableCell>
            <TableCell align="right">{c.status === 'missing' ? t('missing') : decimal(c.value)}</TableCell>
            <TableCell align="right">{decimal(c.points)}</TableCell>
            <TableCell>
              {c.reason ?? c.basis}
              {c.parts?.length ? ` — ${c.parts.map((p) => `${p.label}: ${p.value} × ${p.share}`).join('; ')}` : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={3} sx={{ fontWeight: 600 }}>
            {t('score')}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 600 }}>
            {decimal(rating.score)}
          </TableCell>
          <TableCell />
        </TableRow>
      </TableFooter>
    </Table>
  );
};
