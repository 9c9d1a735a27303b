import { Box, Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AgendaRow } from '../../../server/rules/portal/agenda.ts';
import { AgendaCustomer, AgendaPackages, AgendaTime, AuthorizationChip, useCostLine, vehicleLine } from './AgendaParts.tsx';
import { workOrderUrl } from './AgendaTable.tsx';

/** The agenda on a phone: one card per appointment, stacked (no sideways scrolling); the number opens the work order. */
export const AgendaCards = ({ rows, withDay, timeZone }: { rows: AgendaRow[]; withDay: boolean; timeZone: string }) => {
  const translate = useTranslate();
  const costLine = useCostLine();
  return (
    <Stack spacing={1.5} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {rows.map((row) => (
        <Card key={row.id} component="li" variant="outlined">
          <CardContent sx={{ display: 'grid', gap: 0.5, overflowWrap: 'anywhere' }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
              <Typography variant="subtitle1" component="h3">
                <AgendaTime row={row} withDay={withDay} timeZone={timeZone} /> · {translate(`choices.workOrderType.${row.type}`)}
              </Typography>
              <MuiLink component={Link} to={workOrderUrl(row)} variant="body2">
                {row.number}
              </MuiLink>
            </Box>
            <AgendaCustomer row={row} />
            <Typography variant="body2">{vehicleLine(row)}</Typography>
            <Typography variant="body2">{costLine(row)}</Typography>
            <AuthorizationChip row={row} />
            <AgendaPackages row={row} />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
