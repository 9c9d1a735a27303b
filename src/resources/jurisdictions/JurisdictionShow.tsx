import {
  BooleanField,
  DateField,
  NumberField,
  ReferenceManyCount,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { RelatedServiceCenters } from '../service-centers/RelatedServiceCenters.tsx';
import { JurisdictionCustomers } from './JurisdictionCustomers.tsx';
import { UnconfirmedRulesNotice } from './UnconfirmedRulesNotice.tsx';
import { ReportingRulesField } from './ReportingRulesField.tsx';

const longText = { whiteSpace: 'pre-line' } as const;

export const JurisdictionShow = () => {
  const canRead = useCanRead('customers');
  return (
    <Show title={<RecordTitle />} actions={<ShowActions />}>
      <UnconfirmedRulesNotice />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.jurisdictions.tabs.rules">
          <FieldGrid label={false}>
            <TextField source="code" />
            <TextField source="name" />
            <BooleanField source="rulesConfirmed" />
            <NumberField source="calibrationIntervalDays" emptyText="—" />
            <NumberField source="graceDaysBeforeLockout" emptyText="—" />
            <NumberField source="recordRetentionYears" emptyText="—" />
            <BooleanField source="unlockCodesAllowed" />
            <NumberField source="unlockCodeValidHours" emptyText="—" />
            <NumberField source="unlockCodesPerDay" emptyText="resources.jurisdictions.noLimit" />
            <NumberField source="unlockCodesPerProgram" emptyText="resources.jurisdictions.noLimit" />
            <NumberField source="unlockCodeFee" options={{ style: 'currency', currency: 'USD' }} emptyText="resources.jurisdictions.free" />
            <TextField source="unlockCodeCallNumber" emptyText="—" />
            <BooleanField source="stateInspectionRequired" />
            <BooleanField source="cameraRequired" />
            <BooleanField source="backgroundCheckRequired" />
          </FieldGrid>
          <TextField source="unlockCodeLimits" emptyText="—" sx={longText} />
          <TextField source="reportingDeadlines" emptyText="—" sx={longText} />
          <ReportingRulesField label="resources.jurisdictions.fields.reportingRules" />
          <TextField source="notes" emptyText="—" sx={longText} />
          <FieldGrid label={false}>
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab
          label="resources.jurisdictions.tabs.serviceCenters"
          path="service-centers"
          count={<ReferenceManyCount reference="service-centers" target="jurisdictionId" />}
        >
          <RelatedServiceCenters target="jurisdictionId" label={false} />
        </TabbedShowLayout.Tab>
        {canRead.customers && (
          <TabbedShowLayout.Tab
            label="resources.jurisdictions.tabs.customers"
            path="customers"
            count={<ReferenceManyCount reference="customers" target="jurisdictionId" />}
          >
            <JurisdictionCustomers label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
