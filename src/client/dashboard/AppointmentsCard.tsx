import { Link, List, ListItem, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { DashboardAppointment } from '../../../server/rules/client-portal/dashboard.ts';
import { useFormat } from '../format.ts';
import { telHref } from '../tel.ts';
import { SectionCard } from './SectionCard.tsx';

/** The appointments to come: what, when, and where (the center's address, phone and hours). */
export const AppointmentsCard = ({ appointments }: { appointments: DashboardAppointment[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <SectionCard id="dashboard-appointments" title={translate('client.dashboard.appointments.title')}>
      {appointments.length === 0 ? (
        <Typography>{translate('client.dashboard.appointments.none')}</Typography>
      ) : (
        <List disablePadding>
          {appointments.map((appointment) => (
            <ListItem key={appointment.id} disableGutters divider sx={{ display: 'block' }}>
              <Typography variant="h3" component="p">
                {translate(`client.workOrderTypes.${appointment.type}`, { _: appointment.type })}
              </Typography>
              <Typography>{format.moment(appointment.scheduledAt)}</Typography>
              {appointment.center && (
                <Stack spacing={0.25} sx={{ mt: 0.5 }}>
                  <Typography>{appointment.center.name}</Typography>
                  <Typography color="text.secondary">{`${appointment.center.street}, ${appointment.center.city}, ${appointment.center.state} ${appointment.center.postalCode}`}</Typography>
                  {appointment.center.hours && <Typography color="text.secondary">{translate('client.dashboard.appointments.hours', { hours: appointment.center.hours })}</Typography>}
                  {appointment.center.phone && <Link href={telHref(appointment.center.phone)}>{translate('client.dashboard.appointments.call', { phone: appointment.center.phone })}</Link>}
                </Stack>
              )}
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
};
