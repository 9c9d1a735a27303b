import { DataTable, DateField, Pagination, ReferenceManyField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The devices installed in (or assigned to) the vehicle. */
export const VehicleDevices = (_props: { label?: false }) => (
  <ReferenceManyField reference="devices" target="vehicleId" sort={{ field: 'serial', order: 'ASC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="vehicles.devices.datatable">
      <DataTable.Col source="serial" />
      <DataTable.Col source="kind">
        <ChoiceField source="kind" group="deviceKind" />
      </DataTable.Col>
      <DataTable.Col source="model" />
      <DataTable.Col source="status">
        <ChoiceField source="status" group="deviceStatus" />
      </DataTable.Col>
      <DataTable.Col source="lastCalibrationOn">
        <DateField source="lastCalibrationOn" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="nextCalibrationDue">
        <DateField source="nextCalibrationDue" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
