import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { DataTable, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { decimal } from '../../numbers.ts';
import type { RatingRecord } from '../audits/types.ts';
import { ExplanationTable } from './ExplanationTable.tsx';
import { RecomputeRatingButton } from './RecomputeRatingButton.tsx';
import { Stars } from './Stars.tsx';
import { StarsField } from './StarsField.tsx';
import { WhatIfPanel } from './what-if/WhatIfPanel.tsx';

type RatedCenter = { id: number; rating?: number | null; ratingStars?: number | null; ratingGrade?: string | null; ratedAt?: string | null };

const Column = DataTable.Col<RatingRecord>;

/** The latest rating of the center shown and why (its explanation), what would change it (for those allowed to ask), then the rating history. */
export const ServiceCenterRating = (_: { label?: false }) => {
  const center = useRecordContext<RatedCenter>();
  const translate = useTranslate();
  const { canAccess: canAskWhatIf } = useCanAccess({ resource: 'service-centers', action: 'rating-what-if', record: center });
  const { data: latest } = useGetList<RatingRecord>(
    'ratings',
    { filter: { serviceCenterId: center?.id }, sort: { field: 'computedAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: center != null },
  );
  if (!center) return null;
  const rating = latest?.[0];
  const t = (key: string, options?: object) => translate(`resources.ratings.${key}`, options);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, width: '100%' }}>
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', gap: 3, alignItems: 'center', flexWrap: 'wrap' }}>
          <Stars stars={center.ratingStars} size="large" />
          {center.ratingGrade && <Chip label={t('grade', { grade: center.ratingGrade })} />}
          <Typography variant="h6">{center.rating == null ? t('unrated') : t('score', { score: decimal(center.rating) })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {center.ratedAt ? t('ratedAt', { date: new Date(center.ratedAt).toLocaleString() }) : ''}
            {rating ? ` · ${t('methodology', { version: rating.methodologyVersion })}` : ''}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <RecomputeRatingButton />
        </CardContent>
      </Card>
      {rating && (
        <Box>
          <Typography variant="subtitle1">{t('explanation.title')}</Typography>
          <ExplanationTable rating={rating} />
        </Box>
      )}
      {canAskWhatIf && <WhatIfPanel centerId={center.id} />}
      <Box>
        <Typography variant="subtitle1">{t('history')}</Typography>
        <RelatedTable reference="ratings" target="serviceCenterId" sort={{ field: 'computedAt', order: 'DESC' }} storeKey="ratings.by-center.datatable">
          <DateColumn source="computedAt" showTime />
          <Column source="score" align="right" render={(record) => decimal(record.score)} />
          <Column source="stars">
            <StarsField source="stars" />
          </Column>
          <Column source="grade" />
          <Column source="methodologyVersion" />
        </RelatedTable>
      </Box>
    </Box>
  );
};
