import { Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Jurisdiction, ServiceCenter } from '../../../server/resources/types.ts';
import { billableTo, priceFor } from '../../../server/rules/work-orders/rules.ts';

/**
 * The cost is not typed in: it is the center's price for the work, shown as the server will set
 * it; an installation at a center its state has not inspected yet is flagged before saving.
 */
export const WorkOrderCostHint = ({ type }: { type: string | undefined }) => {
  const translate = useTranslate();
  const serviceCenterId = useWatch({ name: 'serviceCenterId' }) as number | undefined;
  const { data: center } = useGetOne<ServiceCenter>('service-centers', { id: serviceCenterId! }, { enabled: serviceCenterId != null });
  const { data: jurisdiction } = useGetOne<Jurisdiction>('jurisdictions', { id: center?.jurisdictionId as number }, { enabled: center?.jurisdictionId != null });
  const price = type && center ? priceFor(center.priceList, type) : undefined;
  const uninspected = type === 'installation' && jurisdiction?.stateInspectionRequired && center && !center.stateInspectionPassedOn;
  const text =
    price === undefined
      ? translate('resources.work-orders.hints.cost')
      : price === null
        ? translate('resources.work-orders.hints.noPrice')
        : translate('resources.work-orders.hints.costNow', {
            cost: price.toLocaleString('en-US', { style: 'currency', currency: 'USD' }),
            billable: translate(`choices.billableTo.${billableTo(type!)}`).toLowerCase(),
          });
  return (
    <div style={{ alignSelf: 'center' }}>
      <Typography variant="body2" color={price === null ? 'error' : 'text.secondary'} data-testid="cost-hint">
        {translate('resources.work-orders.fields.cost')}: {text}
      </Typography>
      {uninspected && (
        <Typography variant="body2" color="error" data-testid="inspection-hint">
          {translate('resources.work-orders.hints.inspection', { state: jurisdiction.code })}
        </Typography>
      )}
    </div>
  );
};
