import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { WEEKDAYS, dayText } from './openingHours.ts';

const T = 'resources.center-closures.hours';

/** A center's weekly hours, a line a weekday ("Closed" on the days it is), or that none are given. */
export const OpeningHoursField = (_props: { label?: string | false }) => {
  const center = useRecordContext<ServiceCenter>();
  const translate = useTranslate();
  if (!center) return null;
  const week = center.openingHours;
  if (!week) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(`${T}.none`)}
      </Typography>
    );
  }
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.25, m: 0 }}>
      {WEEKDAYS.map((weekday) => (
        <Box key={weekday} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
            {translate(`${T}.weekdays.${weekday}`)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }} color={week[weekday].length ? 'text.primary' : 'text.secondary'}>
            {dayText(week[weekday]) ?? translate(`${T}.closed`)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
