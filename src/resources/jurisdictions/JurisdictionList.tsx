import { BooleanField, DataTable, List, NumberField } from 'react-admin';
import type { Jurisdiction } from '../../../server/resources/types.ts';
import { ListActions } from '../../components/ListActions.tsx';
import { JurisdictionListAside } from './JurisdictionListAside.tsx';

const Column = DataTable.Col<Jurisdiction>;

export const JurisdictionList = () => (
  <List aside={<JurisdictionListAside />} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show" hiddenColumns={['backgroundCheckRequired', 'recordRetentionYears']}>
      <Column source="code" />
      <Column source="name" />
      <Column source="calibrationIntervalDays" align="right">
        <NumberField source="calibrationIntervalDays" emptyText="—" />
      </Column>
      <Column source="graceDaysBeforeLockout" align="right">
        <NumberField source="graceDaysBeforeLockout" emptyText="—" />
      </Column>
      <Column source="unlockCodesAllowed" align="center" field={BooleanField} />
      <Column source="stateInspectionRequired" align="center" field={BooleanField} />
      <Column source="cameraRequired" align="center" field={BooleanField} />
      <Column source="backgroundCheckRequired" align="center" field={BooleanField} />
      <Column source="recordRetentionYears" align="right">
        <NumberField source="recordRetentionYears" emptyText="—" />
      </Column>
      <Column source="rulesConfirmed" align="center" field={BooleanField} />
    </DataTable>
  </List>
);
