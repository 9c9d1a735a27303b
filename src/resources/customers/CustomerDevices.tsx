import { DataTable, DateField, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The devices leased to the customer. */
export const CustomerDevices = (_props: { label?: false }) => (
  <ReferenceManyField reference="devices" target="customerId" sort={{ field: 'serial', order: 'ASC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="customers.devices.datatable">
      <DataTable.Col source="serial" />
      <DataTable.Col source="kind">
        <ChoiceField source="kind" group="deviceKind" />
      </DataTable.Col>
      <DataTable.Col source="model" />
      <DataTable.Col source="status">
        <ChoiceField source="status" group="deviceStatus" />
      </DataTable.Col>
      <DataTable.Col source="vehicleId">
        <ReferenceField source="vehicleId" reference="vehicles" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="nextCalibrationDue">
        <DateField source="nextCalibrationDue" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
