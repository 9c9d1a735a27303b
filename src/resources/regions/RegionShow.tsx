import { DateField, ReferenceManyCount, Show, TabbedShowLayout, TextField } from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { RelatedServiceCenters } from '../service-centers/RelatedServiceCenters.tsx';

export const RegionShow = () => (
  <Show title={<RecordTitle />} actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.regions.tabs.summary">
        <FieldGrid label={false}>
          <TextField source="code" />
          <TextField source="name" />
          <DateField source="createdAt" showTime />
          <DateField source="updatedAt" showTime />
        </FieldGrid>
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab
        label="resources.regions.tabs.serviceCenters"
        path="service-centers"
        count={<ReferenceManyCount reference="service-centers" target="regionId" />}
      >
        <RelatedServiceCenters target="regionId" label={false} />
      </TabbedShowLayout.Tab>
      <HistoryTab path="history" />
    </TabbedShowLayout>
  </Show>
);
