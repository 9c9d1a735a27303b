import { useState } from 'react';
import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'ra-core';
import type { WorkOrder } from '../../../server/resources/types.ts';
import type { PublicCenter } from '../../../server/rules/appointment-requests/centers.ts';
import { NOT_BEGUN_STATUSES } from '../../../server/rules/work-orders/rules.ts';
import { formatInstant } from '../i18n/dates.ts';

const T = 'client.appointments.upcoming';

/** The customer's booked work orders not begun yet, soonest first: what, when (the center's wall clock), where. */
export const UpcomingAppointments = ({ centers }: { centers: readonly PublicCenter[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // fixed for the page's life: a moving bound would ask again on every render
  const [from] = useState(() => new Date().toISOString());
  const { data = [], isPending } = useGetList<WorkOrder>('work-orders', {
    filter: { status: [...NOT_BEGUN_STATUSES], scheduledAt_gte: from },
    sort: { field: 'scheduledAt', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  return (
    <Card component="section" aria-labelledby="upcoming-title">
      <CardContent>
        <Typography id="upcoming-title" variant="h6" component="h2">
          {translate(`${T}.title`)}
        </Typography>
        {!isPending && data.length === 0 && <Typography color="text.secondary">{translate(`${T}.empty`)}</Typography>}
        <List dense disablePadding>
          {data.map((order) => {
            const center = centers.find((c) => c.id === order.serviceCenterId);
            return (
              <ListItem key={order.id} disableGutters divider>
                <ListItemText
                  primary={`${translate(`client.workOrderTypes.${order.type}`)} · ${formatInstant(order.scheduledAt, locale, center?.timeZone)}`}
                  secondary={[center ? `${center.name}, ${center.street}, ${center.city}` : translate(`${T}.center`), order.number ? translate(`${T}.number`, { number: order.number }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};
