import { DataTable, DateField, Pagination, ReferenceField, ReferenceManyField, useRecordContext } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The work orders on the device's vehicle, latest first: installation, calibrations, removal. */
export const DeviceVehicleWorkOrders = (_props: { label?: false }) => {
  const record = useRecordContext<Device>();
  if (!record) return null;
  if (record.vehicleId == null) return <NoneYet />;
  return (
    <ReferenceManyField
      reference="work-orders"
      source="vehicleId"
      target="vehicleId"
      sort={{ field: 'scheduledAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
      empty={<NoneYet />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} storeKey="devices.work-orders.datatable">
        <DataTable.Col source="number" />
        <DataTable.Col source="type">
          <ChoiceField source="type" group="workOrderType" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <ChoiceField source="status" group="workOrderStatus" />
        </DataTable.Col>
        <DataTable.Col source="scheduledAt">
          <DateField source="scheduledAt" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="serviceCenterId">
          <ReferenceField source="serviceCenterId" reference="service-centers" link={false} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
