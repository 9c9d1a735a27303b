import { Alert } from '@mui/material';
import { DateField, ReferenceField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

const NeverShownAgain = (_props: { label?: false }) => {
  const translate = useTranslate();
  return <Alert severity="info">{translate('resources.unlock-codes.hint')}</Alert>;
};

/** One issued code's record (the code itself was shown once, when issued). */
export const UnlockCodeShow = () => (
  <Show title={<RecordTitle />}>
    <SimpleShowLayout>
      <NeverShownAgain label={false} />
      <FieldGrid label={false}>
        <DateField source="issuedAt" showTime />
        <DateField source="expiresAt" showTime />
        <ReferenceField source="deviceId" reference="devices" link="show" />
        <ReferenceField source="customerId" reference="customers" link="show" />
        <ReferenceField source="jurisdictionId" reference="jurisdictions" link="show" />
        <TextField source="issuedBy" emptyText="—" />
      </FieldGrid>
      <TextField source="reason" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
