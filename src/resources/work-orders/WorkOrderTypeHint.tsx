import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { needsAuthorization, needsEquipment, workOrderClass } from '../../../server/rules/work-orders/rules.ts';

const HINT = {
  appointment: 'resources.work-orders.hints.appointmentNoShip',
  'walk-in': 'resources.work-orders.hints.walkIn',
  'provider-request': 'resources.work-orders.hints.providerRequest',
} as const;

/** What the chosen type requires: appointment, walk-in or provider request; compliance's authorisation. */
export const WorkOrderTypeHint = ({ type }: { type: string | undefined }) => {
  const translate = useTranslate();
  if (!type) return null;
  const kind = workOrderClass(type);
  const hint = kind === 'appointment' && needsEquipment(type) ? 'resources.work-orders.hints.appointment' : HINT[kind];
  return (
    <Typography variant="caption" component="div" color="text.secondary" sx={{ mt: -1, mb: 1 }} data-testid="type-hint">
      {translate(hint)}
      {needsAuthorization(type) && <> {translate('resources.work-orders.hints.authorization')}</>}
    </Typography>
  );
};
