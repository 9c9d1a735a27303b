import { CanAccess, DataTable, DateField, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

const Column = DataTable.Col<Device>;

/** Devices held at or installed through the center, for a show-page tab (`label={false}`). */
export const ServiceCenterDevices = (_props: { label?: false }) => (
  <ReferenceManyField
    reference="devices"
    target="serviceCenterId"
    sort={{ field: 'serial', order: 'ASC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<NoneYet />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="devices.by-center.datatable">
      <Column source="serial" />
      <Column source="kind">
        <ChoiceField source="kind" group="deviceKind" />
      </Column>
      <Column source="model" />
      <Column source="status">
        <ChoiceField source="status" group="deviceStatus" />
      </Column>
      <CanAccess resource="customers" action="list">
        <Column source="customerId">
          <ReferenceField source="customerId" reference="customers" link={false} emptyText="—" />
        </Column>
      </CanAccess>
      <Column source="nextCalibrationDue">
        <DateField source="nextCalibrationDue" emptyText="—" />
      </Column>
    </DataTable>
  </ReferenceManyField>
);
