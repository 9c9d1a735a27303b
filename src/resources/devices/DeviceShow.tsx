import { DateField, ReferenceField, ReferenceManyCount, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { CalibrationDueField } from './CalibrationDueField.tsx';
import { RelatedWorkOrders } from '../work-orders/RelatedWorkOrders.tsx';
import { RelatedDevices } from './RelatedDevices.tsx';
import { IssueUnlockCodeButton } from './IssueUnlockCodeButton.tsx';
import { RecordEventButton } from './RecordEventButton.tsx';
import { RelatedUnlockCodes } from '../unlock-codes/RelatedUnlockCodes.tsx';
import { useCanRead } from '../../components/useCanRead.ts';

export const DeviceShow = () => {
  const canRead = useCanRead('unlock-codes');
  return (
    <Show
      title={<RecordTitle />}
      actions={
        <ShowActions>
          <IssueUnlockCodeButton />
          <RecordEventButton />
        </ShowActions>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.devices.tabs.summary">
          <FieldGrid label={false}>
            <TextField source="serial" />
            <ChoiceField source="kind" group="deviceKind" />
            <TextField source="model" />
            <ChoiceField source="status" group="deviceStatus" />
            <ReferenceField source="serviceCenterId" reference="service-centers" link="show" emptyText="—" />
            <ReferenceField source="customerId" reference="customers" link="show" emptyText="—" />
            <ReferenceField source="vehicleId" reference="vehicles" link="show" emptyText="—" />
            <DateField source="lastCalibrationOn" emptyText="—" />
            <CalibrationDueField source="nextCalibrationDue" />
            <DateField source="lockoutOn" emptyText="—" />
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.devices.tabs.vehicleDevices" path="vehicle-devices">
          <RelatedDevices
            target="vehicleId"
            source="vehicleId"
            exceptShown
            hide={['customerId', 'lastCalibrationOn']}
            storeKey="devices.vehicle-devices.datatable"
            label={false}
          />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.devices.tabs.vehicleWorkOrders" path="work-orders">
          <RelatedWorkOrders target="vehicleId" source="vehicleId" hide={['customerId', 'cost']} storeKey="devices.work-orders.datatable" label={false} />
        </TabbedShowLayout.Tab>
        {canRead['unlock-codes'] && (
          <TabbedShowLayout.Tab
            label="resources.devices.tabs.unlockCodes"
            path="unlock-codes"
            count={<ReferenceManyCount reference="unlock-codes" target="deviceId" />}
          >
            <RelatedUnlockCodes label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
