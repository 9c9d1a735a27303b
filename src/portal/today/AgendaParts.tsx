import { Box, Chip, Link as MuiLink, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { AgendaRow } from '../../../server/rules/portal/agenda.ts';
import { usd } from '../../numbers.ts';

const T = 'resources.today';

/** When: the time at the center (its time zone), with the day when the agenda spans several days. */
export const AgendaTime = ({ row, withDay, timeZone }: { row: AgendaRow; withDay: boolean; timeZone: string }) => {
  const locale = useLocale();
  const at = new Date(row.scheduledAt);
  const time = { hour: 'numeric', minute: '2-digit', timeZone } as const;
  return <>{at.toLocaleString(locale, withDay ? { ...time, weekday: 'short', month: 'short', day: 'numeric' } : time)}</>;
};

/** The customer's name and phone (a tel: link); a provider request has none. */
export const AgendaCustomer = ({ row }: { row: AgendaRow }) => {
  const translate = useTranslate();
  const { customer } = row;
  if (!customer) return <>—</>;
  const name = `${customer.firstName} ${customer.lastName}`;
  return (
    <Box>
      <Typography variant="body2">{name}</Typography>
      {customer.phone && (
        <MuiLink href={`tel:${customer.phone}`} variant="body2" aria-label={translate(`${T}.call`, { name })} onClick={(event) => event.stopPropagation()}>
          {customer.phone}
        </MuiLink>
      )}
    </Box>
  );
};

export const vehicleLine = (row: AgendaRow) => (row.vehicle ? `${row.vehicle.year} ${row.vehicle.make} ${row.vehicle.model}` : '—');

/** The price per the agreement and who pays it. */
export const useCostLine = () => {
  const translate = useTranslate();
  return (row: AgendaRow) => translate(`${T}.paidBy`, { amount: usd(row.cost), payer: translate(`choices.billableTo.${row.billableTo}`) });
};

/** Removals, exchanges and vehicle switches: authorised by compliance, or not yet. */
export const AuthorizationChip = ({ row }: { row: AgendaRow }) => {
  const translate = useTranslate();
  if (!row.authorizationNeeded) return null;
  return row.authorizedAt ? (
    <Chip size="small" color="success" label={translate(`${T}.authorized`)} />
  ) : (
    <Chip size="small" color="warning" label={translate(`${T}.awaiting`)} />
  );
};

/** Each package of the equipment: label, carrier, tracking number and the shipment's status. */
export const usePackageLines = () => {
  const translate = useTranslate();
  return (row: AgendaRow) =>
    row.packages.map((p) =>
      translate(`${T}.package`, {
        label: p.label,
        carrier: translate(`choices.carrier.${p.shipment.carrier}`),
        tracking: p.shipment.trackingNumber ?? translate(`${T}.noTracking`),
        status: translate(`choices.shipmentStatus.${p.shipment.status}`),
      }),
    );
};

export const AgendaPackages = ({ row }: { row: AgendaRow }) => {
  const lines = usePackageLines()(row);
  if (!lines.length) return <>—</>;
  return (
    <Box>
      {lines.map((line, i) => (
        <Typography key={row.packages[i].id} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {line}
        </Typography>
      ))}
    </Box>
  );
};
