import {
  BooleanField,
  DateField,
  EmailField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { ServiceCenterSummary } from '../service-centers/ServiceCenterSummary.tsx';

export const InstallerShow = () => (
  <Show title={<RecordTitle />} actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.installers.tabs.summary">
        <FieldGrid label={false}>
          <TextField source="firstName" />
          <TextField source="lastName" />
          <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
          <EmailField source="email" emptyText="—" />
          <TextField source="phone" emptyText="—" />
          <BooleanField source="active" />
          <ChoiceField source="duties" group="staffDuties" />
          <ChoiceField source="trainingStatus" group="trainingStatus" />
          <DateField source="trainedOn" emptyText="—" />
          <ChoiceField source="trainingMethod" group="trainingMethod" emptyText="—" />
          <TextField source="trainer" emptyText="—" />
          <ChoiceField source="backgroundCheck" group="backgroundCheck" />
          <ChoiceField source="certificationStatus" group="certificationStatus" />
          <DateField source="certificationExpiresOn" emptyText="—" />
          <DateField source="createdAt" showTime />
          <DateField source="updatedAt" showTime />
        </FieldGrid>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.installers.tabs.serviceCenter" path="service-center">
        <ReferenceField source="serviceCenterId" reference="service-centers" link={false} label={false}>
          <ServiceCenterSummary />
        </ReferenceField>
      </TabbedShowLayout.Tab>
      <HistoryTab path="history" />
    </TabbedShowLayout>
  </Show>
);
