import { ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, PrevNextButtons } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { RelatedCorrectiveActions } from '../corrective-actions/RelatedCorrectiveActions.tsx';

export const FindingShow = () => (
  <Show title={<RecordTitle />} actions={<TopToolbar><PrevNextButtons linkType="show" /></TopToolbar>}>
    <SimpleShowLayout>
      <FieldGrid>
        <ChoiceField source="severity" group="severity" />
        <ChoiceField source="escalatedFrom" group="severity" emptyText="—" />
        <ReferenceField source="auditId" reference="audits" link="show" />
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <TextField source="itemKey" />
        <TextField source="requirement" />
      </FieldGrid>
      <TextField source="title" />
      <TextField source="detail" sx={{ whiteSpace: 'pre-line' }} />
      <RelatedCorrectiveActions target="findingId" label="resources.findings.correctiveActions" />
    </SimpleShowLayout>
  </Show>
);
