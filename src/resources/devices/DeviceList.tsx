import { CanAccess, DataTable, List } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { CalibrationDueField } from './CalibrationDueField.tsx';
import { DeviceListAside } from './DeviceListAside.tsx';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<Device>;

export const DeviceList = () => (
  <List aside={<DeviceListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'serial', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['vehicleId', 'lastCalibrationOn', 'createdAt']}>
      <Column source="serial" />
      <ChoiceColumn source="kind" group="deviceKind" />
      <Column source="model" />
      <ChoiceColumn source="status" group="deviceStatus" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link="show" emptyText="—" />
      <CanAccess resource="customers" action="list">
        <ReferenceColumn source="customerId" reference="customers" link="show" emptyText="—" />
      </CanAccess>
      <CanAccess resource="vehicles" action="list">
        <ReferenceColumn source="vehicleId" reference="vehicles" link="show" emptyText="—" />
      </CanAccess>
      <DateColumn source="lastCalibrationOn" emptyText="—" />
      <Column source="nextCalibrationDue">
        <CalibrationDueField />
      </Column>
      <DateColumn source="lockoutOn" emptyText="—" />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
