import { Box, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { PublicCenter } from '../../../server/rules/appointment-requests/centers.ts';
import { OpeningHoursList } from './OpeningHoursList.tsx';

/** Where the chosen center is, how to reach it and when it is open. */
export const CenterFacts = ({ center }: { center: PublicCenter }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }} aria-live="polite">
      <Typography variant="body2">{`${center.street}, ${center.city}, ${center.state} ${center.postalCode}`}</Typography>
      {center.phone && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {`${translate('client.appointments.form.phone')}: `}
          <a href={`tel:${center.phone}`}>{center.phone}</a>
        </Typography>
      )}
      <OpeningHoursList hours={center.openingHours} note={center.hours} />
    </Box>
  );
};
