import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { WorkOrder } from '../../../../server/resources/types.ts';
import type { WalkInCustomer } from '../../../../server/rules/work-orders/walk-in-lookup.ts';
import { useAppDataProvider } from '../../../providers/dataProvider.ts';

const t = (key: string) => `resources.work-orders.walkIn.${key}`;

/** A serial that still names the customer after the walk-in (an exchange returns the old handset, never the relay). */
const lastingSerial = (customer: WalkInCustomer) => (customer.devices.find((d) => d.kind !== 'handset') ?? customer.devices[0])?.serial;

/**
 * The walk-in recorded: its work order number with a link to it, and the customer's devices with
 * their new next calibration and lockout dates (as the server now answers them).
 */
export const WalkInRecorded = ({ order, customer, onNext }: { order: WorkOrder; customer: WalkInCustomer; onNext: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const serial = lastingSerial(customer);
  const { data } = useQuery({
    queryKey: ['walk-in-devices', order.id, serial],
    queryFn: async () => (await dataProvider.findWalkInCustomers({ serial: serial! })).data.find((c) => c.id === customer.id) ?? null,
    enabled: serial !== undefined,
  });
  return (
    <Stack spacing={2}>
      <Alert severity="success" data-testid="walk-in-recorded">
        {translate(t('recorded'), { number: order.number })}
      </Alert>
      {data?.devices.map((d) => (
        <Card key={d.id} variant="outlined">
          <CardContent>
            <Typography variant="subtitle2" sx={{ overflowWrap: 'anywhere' }}>
              {d.kind} {d.serial}
            </Typography>
            <Typography variant="body2" data-testid={`next-due-${d.id}`}>
              {translate(t('nextDue'), { date: d.nextCalibrationDue ?? '—' })}
            </Typography>
            <Typography variant="body2" data-testid={`lockout-${d.id}`}>
              {translate(t('lockoutOn'), { date: d.lockoutOn ?? '—' })}
            </Typography>
          </CardContent>
        </Card>
      ))}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" component={Link} to={`/work-orders/${String(order.id)}/show`}>
          {translate(t('open'), { number: order.number })}
        </Button>
        <Button variant="contained" onClick={onNext} autoFocus>
          {translate(t('next'))}
        </Button>
      </Stack>
    </Stack>
  );
};
