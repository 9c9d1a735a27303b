import { AutocompleteInput, CanAccess, DataTable, DateField, List, ReferenceField, ReferenceInput } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { CalibrationDueField } from './CalibrationDueField.tsx';
import { DeviceListAside } from './DeviceListAside.tsx';

const filters = [
  <ReferenceInput key="center" source="serviceCenterId" reference="service-centers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<Device>;

export const DeviceList = () => (
  <List aside={<DeviceListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'serial', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['vehicleId', 'lastCalibrationOn', 'createdAt']}>
      <Column source="serial" />
      <Column source="kind">
        <ChoiceField source="kind" group="deviceKind" />
      </Column>
      <Column source="model" />
      <Column source="status">
        <ChoiceField source="status" group="deviceStatus" />
      </Column>
      <Column source="serviceCenterId">
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" emptyText="—" />
      </Column>
      <CanAccess resource="customers" action="list">
        <Column source="customerId">
          <ReferenceField source="customerId" reference="customers" link="show" emptyText="—" />
        </Column>
      </CanAccess>
      <CanAccess resource="vehicles" action="list">
        <Column source="vehicleId">
          <ReferenceField source="vehicleId" reference="vehicles" link="show" emptyText="—" />
        </Column>
      </CanAccess>
      <Column source="lastCalibrationOn">
        <DateField source="lastCalibrationOn" emptyText="—" />
      </Column>
      <Column source="nextCalibrationDue">
        <CalibrationDueField />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
