import { Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'ra-core';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import type { PublicCenter } from '../../../server/rules/appointment-requests/centers.ts';
import { formatDay, formatWallTime } from '../i18n/dates.ts';

const T = 'client.appointments.requests';
const COLOR = { requested: 'warning', accepted: 'success', declined: 'default' } as const;

/** The customer's requests, newest first, with their answer: awaiting one, booked, or declined with the reason. */
export const RequestList = ({ centers }: { centers: readonly PublicCenter[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<AppointmentRequest>('appointment-requests', { sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 20 } });
  return (
    <Card component="section" aria-labelledby="requests-title">
      <CardContent>
        <Typography id="requests-title" variant="h6" component="h2">
          {translate(`${T}.title`)}
        </Typography>
        {!isPending && data.length === 0 && <Typography color="text.secondary">{translate(`${T}.empty`)}</Typography>}
        <List dense disablePadding>
          {data.map((request) => (
            <ListItem key={request.id} disableGutters divider>
              <Stack spacing={0.5} sx={{ width: '100%' }}>
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography component="span" sx={{ fontWeight: 500 }}>
                    {translate(`client.appointments.kinds.${request.kind}`)}
                  </Typography>
                  <Chip size="small" color={COLOR[request.status]} label={translate(`${T}.status.${request.status}`)} />
                </Stack>
                <ListItemText
                  sx={{ m: 0 }}
                  primary={translate(`${T}.preferred`, { date: formatDay(request.preferredDate, locale), time: formatWallTime(request.preferredTime, locale) })}
                  secondary={[centers.find((c) => c.id === request.serviceCenterId)?.name, request.declineReason ? translate(`${T}.reason`, { reason: request.declineReason }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </Stack>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
