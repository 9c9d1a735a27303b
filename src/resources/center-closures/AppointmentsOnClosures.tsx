import { Alert, Box, Link as MuiLink, List, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate, type Identifier } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AppointmentToMove } from '../../../server/rules/availability/to-move.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const T = 'resources.center-closures.toMove';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const days = (row: AppointmentToMove) => (row.startsOn === row.endsOn ? row.startsOn : `${row.startsOn} – ${row.endsOn}`);

const OrderLink = ({ row }: { row: AppointmentToMove }) => (
  <MuiLink component={Link} to={`/work-orders/${row.workOrderId}/show`}>
    {row.number ?? `#${row.workOrderId}`}
  </MuiLink>
);

const ClosureLink = ({ row }: { row: AppointmentToMove }) => (
  <MuiLink component={Link} to={`/center-closures/${row.closureId}/show`}>
    {days(row)}: {row.reason}
  </MuiLink>
);

/** The rows as a table, or on a phone as a list of stacked lines (no sideways scrolling). */
const Rows = ({ rows, acrossClosures }: { rows: AppointmentToMove[]; acrossClosures: boolean }) => {
  const translate = useTranslate();
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const type = (row: AppointmentToMove) => translate(`choices.workOrderType.${row.type}`, { _: row.type });
  const status = (row: AppointmentToMove) => translate(`choices.workOrderStatus.${row.status}`, { _: row.status });
  if (narrow) {
    return (
      <List dense disablePadding>
        {rows.map((row) => (
          <ListItem key={row.workOrderId} divider disableGutters>
            <ListItemText
              primary={
                <>
                  <OrderLink row={row} /> · {when(row.scheduledAt)}
                </>
              }
              secondary={
                <>
                  {type(row)} · {status(row)}
                  {acrossClosures && (
                    <>
                      <br />
                      {row.centerName} · <ClosureLink row={row} />
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate(`${T}.workOrder`)}</TableCell>
          <TableCell>{translate(`${T}.scheduledAt`)}</TableCell>
          <TableCell>{translate(`${T}.type`)}</TableCell>
          <TableCell>{translate(`${T}.status`)}</TableCell>
          {acrossClosures && <TableCell>{translate(`${T}.center`)}</TableCell>}
          {acrossClosures && <TableCell>{translate(`${T}.closure`)}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.workOrderId}>
            <TableCell>
              <OrderLink row={row} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(row.scheduledAt)}</TableCell>
            <TableCell>{type(row)}</TableCell>
            <TableCell>{status(row)}</TableCell>
            {acrossClosures && (
              <TableCell>
                <MuiLink component={Link} to={`/service-centers/${row.serviceCenterId}/show`}>
                  {row.centerName}
                </MuiLink>
              </TableCell>
            )}
            {acrossClosures && (
              <TableCell>
                <ClosureLink row={row} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The booked appointments that fall on a closure (`closureId`) or on any closure not over yet
 * (of one center, `serviceCenterId`): what compliance moves. Each links to its work order (and, across closures, to its closure).
 */
export const AppointmentsOnClosures = ({ closureId, serviceCenterId }: { closureId?: Identifier; serviceCenterId?: Identifier }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const query = useQuery({
    queryKey: ['center-closures', 'appointments', closureId ?? 'all'],
    queryFn: async () => (await dataProvider.closureAppointments(closureId)).data,
  });
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!query.data) return null;
  const data = serviceCenterId === undefined ? query.data.data : query.data.data.filter((row) => row.serviceCenterId === serviceCenterId);
  const total = data.length;
  const acrossClosures = closureId === undefined;
  return (
    <Box component="section" aria-labelledby={`to-move-${closureId ?? 'all'}`} sx={{ mb: 2, width: '100%' }} data-testid="appointments-to-move">
      <Typography id={`to-move-${closureId ?? 'all'}`} variant="h6" component="h2">
        {translate(`${T}.title`)}
      </Typography>
      {total === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(acrossClosures ? `${T}.noneAcross` : `${T}.none`)}
        </Typography>
      ) : (
        <>
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate(`${T}.count`, { smart_count: total })}
          </Alert>
          <Rows rows={data} acrossClosures={acrossClosures} />
        </>
      )}
    </Box>
  );
};
