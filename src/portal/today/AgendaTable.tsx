import { Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import type { AgendaRow } from '../../../server/rules/portal/agenda.ts';
import { AgendaCustomer, AgendaPackages, AgendaTime, AuthorizationChip, useCostLine, vehicleLine } from './AgendaParts.tsx';

const T = 'resources.today.columns';
export const workOrderUrl = (row: AgendaRow) => `/work-orders/${row.id}/show`;

/** The agenda on a wide screen: one line per appointment; a click (or the number's link) opens the work order. */
export const AgendaTable = ({ rows, withDay, timeZone }: { rows: AgendaRow[]; withDay: boolean; timeZone: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const costLine = useCostLine();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['time', 'number', 'service', 'customer', 'vehicle', 'cost', 'authorization', 'equipment'].map((column) => (
            <TableCell key={column}>{translate(`${T}.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} hover onClick={() => navigate(workOrderUrl(row))} sx={{ cursor: 'pointer', verticalAlign: 'top' }}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <AgendaTime row={row} withDay={withDay} timeZone={timeZone} />
            </TableCell>
            <TableCell>
              <MuiLink component={Link} to={workOrderUrl(row)} onClick={(event) => event.stopPropagation()}>
                {row.number}
              </MuiLink>
            </TableCell>
            <TableCell>{translate(`choices.workOrderType.${row.type}`)}</TableCell>
            <TableCell>
              <AgendaCustomer row={row} />
            </TableCell>
            <TableCell>{vehicleLine(row)}</TableCell>
            <TableCell>{costLine(row)}</TableCell>
            <TableCell>
              <AuthorizationChip row={row} />
            </TableCell>
            <TableCell>
              <AgendaPackages row={row} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
