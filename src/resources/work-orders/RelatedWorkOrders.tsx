import { CanAccess, DataTable, NumberField } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { oneLine } from '../../components/oneLine.ts';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

type Target = 'customerId' | 'vehicleId' | 'serviceCenterId';
type Optional = Target | 'cost';

const Column = DataTable.Col<WorkOrder>;

/**
 * The work orders of the record shown (customer, vehicle, service center; a device's through
 * `source="vehicleId"`), latest first, for a show-page tab (`label={false}`). The column of
 * `target` is left out, and those in `hide`.
 */
export const RelatedWorkOrders = ({
  target,
  source,
  hide = [],
  storeKey,
}: {
  target: Target;
  source?: string;
  hide?: Optional[];
  storeKey: string;
  label?: false;
}) => {
  const shows = (column: Optional) => column !== target && !hide.includes(column);
  return (
    <RelatedTable reference="work-orders" target={target} source={source} sort={{ field: 'scheduledAt', order: 'DESC' }} storeKey={storeKey}>
      <Column source="number" cellSx={oneLine} />
      <ChoiceColumn source="type" group="workOrderType" />
      <ChoiceColumn source="status" group="workOrderStatus" />
      <DateColumn source="scheduledAt" showTime emptyText="—" />
      {shows('serviceCenterId') && <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} />}
      {shows('customerId') && (
        <CanAccess resource="customers" action="list">
          <ReferenceColumn source="customerId" reference="customers" link={false} emptyText="—" />
        </CanAccess>
      )}
      {shows('vehicleId') && <ReferenceColumn source="vehicleId" reference="vehicles" link={false} emptyText="—" />}
      {shows('cost') && (
        <Column source="cost" align="right">
          <NumberField source="cost" options={{ style: 'currency', currency: 'USD' }} emptyText="—" />
        </Column>
      )}
    </RelatedTable>
  );
};
