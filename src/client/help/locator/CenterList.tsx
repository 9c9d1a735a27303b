import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PhoneIcon from '@mui/icons-material/Phone';
import { useLocaleState, useTranslate } from 'ra-core';
import { telHref } from '../../tel.ts';
import type { LocatedCenter } from './types.ts';
import { formatMiles } from './format.ts';
import { CenterHours } from './CenterHours.tsx';

/** The centers found, nearest first, numbered as on the map: name, distance, address, phone to call, hours. */
export const CenterList = ({ centers }: { centers: readonly LocatedCenter[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack component="ol" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {centers.map((center, i) => (
        <Box component="li" key={center.id} sx={{ display: 'flex', gap: 1.5, minWidth: 0 }}>
          <Box aria-hidden sx={{ flexShrink: 0, width: 28, height: 28, borderRadius: '50%', bgcolor: 'primary.main', color: 'primary.contrastText', display: 'grid', placeItems: 'center', fontWeight: 600 }}>
            {i + 1}
          </Box>
          <Box sx={{ minWidth: 0, flex: 1, overflowWrap: 'anywhere' }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
              {center.name}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('client.help.locator.away', { distance: formatMiles(locale, center.distanceMiles) })}
            </Typography>
            <Typography variant="body2" component="address" sx={{ fontStyle: 'normal' }}>
              {center.street}
              <br />
              {center.city}, {center.state} {center.postalCode}
            </Typography>
            {center.phone && (
              <Link href={telHref(center.phone)} variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, minHeight: 44 }}>
                <PhoneIcon fontSize="small" aria-hidden />
                {translate('client.help.locator.call', { phone: center.phone })}
              </Link>
            )}
            <CenterHours center={center} />
          </Box>
        </Box>
      ))}
    </Stack>
  );
};
