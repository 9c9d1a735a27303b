import { DataTable, Pagination, ReferenceManyField, useRecordContext } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { CalibrationDueField } from './CalibrationDueField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The other devices in the same vehicle (handset, relay, camera usually go together). */
export const DeviceVehicleDevices = (_props: { label?: false }) => {
  const record = useRecordContext<Device>();
  if (!record) return null;
  if (record.vehicleId == null) return <NoneYet />;
  return (
    <ReferenceManyField
      reference="devices"
      source="vehicleId"
      target="vehicleId"
      filter={{ id_ne: record.id }}
      sort={{ field: 'serial', order: 'ASC' }}
      perPage={10}
      pagination={<Pagination />}
      empty={<NoneYet />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} storeKey="devices.vehicle-devices.datatable">
        <DataTable.Col source="serial" />
        <DataTable.Col source="kind">
          <ChoiceField source="kind" group="deviceKind" />
        </DataTable.Col>
        <DataTable.Col source="model" />
        <DataTable.Col source="status">
          <ChoiceField source="status" group="deviceStatus" />
        </DataTable.Col>
        <DataTable.Col source="nextCalibrationDue">
          <CalibrationDueField />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
