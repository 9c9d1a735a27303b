import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLocaleState, useTranslate } from 'ra-core';
import type { LocatedCenter } from './types.ts';
import { weekLines } from './format.ts';

/** A center's weekly hours ("Mon–Fri 8:00 AM–5:00 PM", "Sun Closed") and its note on them. */
export const CenterHours = ({ center }: { center: LocatedCenter }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!center.openingHours && !center.hours) return null;
  return (
    <Box>
      {center.openingHours && (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, m: 0 }}>
          {weekLines(center.openingHours, locale).map((line) => (
            <Box key={line.days} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
                {line.days}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }} color={line.times ? 'text.primary' : 'text.secondary'}>
                {line.times ?? translate('client.help.locator.closed')}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {center.hours && (
        <Typography variant="body2" color="text.secondary">
          {center.hours}
        </Typography>
      )}
    </Box>
  );
};
