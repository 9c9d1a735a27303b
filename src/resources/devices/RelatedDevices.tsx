import { CanAccess, DataTable, useRecordContext } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { CalibrationDueField } from './CalibrationDueField.tsx';

type Target = 'customerId' | 'vehicleId' | 'serviceCenterId';
type Optional = 'customerId' | 'vehicleId' | 'lastCalibrationOn';

const Column = DataTable.Col<Device>;

/**
 * The devices of the record shown (customer, vehicle, service center; a device's vehicle through
 * `source="vehicleId"`), by serial number, for a show-page tab (`label={false}`). The column of
 * `target` is left out, and those in `hide`; `exceptShown` leaves out the device shown.
 */
export const RelatedDevices = ({
  target,
  source,
  exceptShown = false,
  hide = [],
  storeKey,
}: {
  target: Target;
  source?: string;
  exceptShown?: boolean;
  hide?: Optional[];
  storeKey: string;
  label?: false;
}) => {
  const record = useRecordContext();
  const filter = exceptShown && record ? { id_ne: record.id } : undefined;
  const shows = (column: Optional) => column !== target && !hide.includes(column);
  return (
    <RelatedTable reference="devices" target={target} source={source} filter={filter} sort={{ field: 'serial', order: 'ASC' }} storeKey={storeKey}>
      <Column source="serial" />
      <ChoiceColumn source="kind" group="deviceKind" />
      <Column source="model" />
      <ChoiceColumn source="status" group="deviceStatus" />
      {shows('customerId') && (
        <CanAccess resource="customers" action="list">
          <ReferenceColumn source="customerId" reference="customers" link={false} emptyText="—" />
        </CanAccess>
      )}
      {shows('vehicleId') && <ReferenceColumn source="vehicleId" reference="vehicles" link={false} emptyText="—" />}
      {shows('lastCalibrationOn') && <DateColumn source="lastCalibrationOn" emptyText="—" />}
      <Column source="nextCalibrationDue">
        <CalibrationDueField />
      </Column>
    </RelatedTable>
  );
};
