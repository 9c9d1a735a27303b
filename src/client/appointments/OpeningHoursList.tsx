import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'ra-core';
import type { OpeningHours } from '../../../server/rules/availability/hours.ts';
import { formatWallTime } from '../i18n/dates.ts';
import { DAYS, weekdayName } from './hours.ts';

/** A center's weekly hours, a line a day, in the reader's language (its own wall clock). */
export const OpeningHoursList = ({ hours, note }: { hours: OpeningHours | null; note: string | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {translate('client.appointments.form.hours')}
      </Typography>
      {hours ? (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0 }}>
          {DAYS.map((day) => (
            <Box key={day} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" sx={{ textTransform: 'capitalize' }}>
                {weekdayName(day, locale)}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                {hours[day].length
                  ? hours[day].map((slot) => `${formatWallTime(slot.opens, locale)}–${formatWallTime(slot.closes, locale)}`).join(', ')
                  : translate('client.appointments.form.closed')}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <Typography variant="body2">{translate('client.appointments.form.noHours')}</Typography>
      )}
      {note && (
        <Typography variant="body2" color="text.secondary">
          {note}
        </Typography>
      )}
    </Box>
  );
};
