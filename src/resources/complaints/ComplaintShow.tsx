import { DateField, PrevNextButtons, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ResolveComplaintButton } from './ResolveComplaintButton.tsx';

const RatingNote = (_props: { label?: false }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.complaints.helpers.rating')}
    </Typography>
  );
};

/** One complaint: who, about which center and visit, what they wrote; its resolution, or **Resolve**. */
export const ComplaintShow = () => (
  <Show title={<RecordTitle />} actions={<TopToolbar><PrevNextButtons linkType="show" /></TopToolbar>}>
    <SimpleShowLayout>
      <FieldGrid>
        <ChoiceField source="status" group="complaintStatus" />
        <DateField source="createdAt" showTime />
        <ReferenceField source="customerId" reference="customers" link="show" />
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <ReferenceField source="workOrderId" reference="work-orders" link="show" emptyText="—" />
        <ChoiceField source="category" group="complaintCategory" />
      </FieldGrid>
      <TextField source="body" sx={{ whiteSpace: 'pre-line' }} />
      <ResolveComplaintButton label={false} />
      <TextField source="resolution" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <FieldGrid>
        <DateField source="resolvedAt" showTime emptyText="—" />
        <TextField source="resolvedBy" emptyText="—" />
      </FieldGrid>
      <RatingNote label={false} />
    </SimpleShowLayout>
  </Show>
);
