import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Rating } from '../../../../audits/index.ts';
import { decimal } from '../../../numbers.ts';
import { changedLines } from './whatIfForm.ts';

const t = (key: string) => `resources.ratings.whatIf.${key}`;

/** A rating in one line: score, grade and stars, or not rated. */
const RatingLine = ({ label, rating, testId }: { label: string; rating: Rating; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={testId}>
      <Typography variant="overline" color="text.secondary">
        {translate(t(label))}
      </Typography>
      <Typography variant="h6">
        {rating.score === null ? translate('resources.ratings.unrated') : translate(t('rating'), { score: decimal(rating.score), grade: rating.grade, stars: decimal(rating.stars) })}
      </Typography>
    </Box>
  );
};

/** The rating now and with the changes, the difference, and the explanation lines the changes move. */
export const WhatIfResult = ({ current, projected }: { current: Rating; projected: Rating }) => {
  const translate = useTranslate();
  const gain = (projected.score ?? 0) - (current.score ?? 0);
  const lines = changedLines(current.contributions, projected.contributions);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 3, alignItems: 'center', flexWrap: 'wrap' }}>
        <RatingLine label="now" rating={current} testId="what-if-current" />
        <Typography variant="h6">→</Typography>
        <RatingLine label="then" rating={projected} testId="what-if-projected" />
        <Chip
          data-testid="what-if-gain"
          color={gain > 0 ? 'success' : gain < 0 ? 'error' : 'default'}
          label={translate(t('gain'), { gain: `${gain > 0 ? '+' : ''}${decimal(gain)}` })}
        />
      </Box>
      {lines.length > 0 ? (
        <Table size="small" aria-label={translate(t('changedLines'))}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.ratings.explanation.label')}</TableCell>
              <TableCell align="right">{translate(t('pointsNow'))}</TableCell>
              <TableCell align="right">{translate(t('pointsThen'))}</TableCell>
              <TableCell>{translate(t('basisThen'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map(({ key, before, after }) => (
              <TableRow key={key}>
                <TableCell>{after.label}</TableCell>
                <TableCell align="right">{decimal(before?.points)}</TableCell>
                <TableCell align="right">{decimal(after.points)}</TableCell>
                <TableCell>{after.basis}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(t('unchanged'))}
        </Typography>
      )}
    </Box>
  );
};
