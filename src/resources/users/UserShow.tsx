import { BooleanField, DateField, EmailField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';

export const UserShow = () => (
  <Show title={<RecordTitle />} actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.summary">
        <FieldGrid label={false}>
          <TextField source="name" />
          <EmailField source="email" />
          <ChoiceField source="role" group="role" />
          <ReferenceField source="regionId" reference="regions" link="show" emptyText="—" />
          <ReferenceField source="serviceCenterId" reference="service-centers" link="show" emptyText="—" />
          <ReferenceField source="customerId" reference="customers" link="show" emptyText="—" />
          <BooleanField source="active" />
          <DateField source="createdAt" showTime />
          <DateField source="updatedAt" showTime />
        </FieldGrid>
      </TabbedShowLayout.Tab>
      <HistoryTab path="history" />
    </TabbedShowLayout>
  </Show>
);
