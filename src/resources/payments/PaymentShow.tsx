import { DateField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { CardField } from '../payment-methods/CardField.tsx';

/** One payment, read-only. */
export const PaymentShow = () => (
  <Show title={<RecordTitle />}>
    <SimpleShowLayout>
      <FieldGrid label={false}>
        <ReferenceField source="customerId" reference="customers" link="show" />
        <DateField source="createdAt" showTime />
        <NumberField source="amount" options={{ style: 'currency', currency: 'USD' }} />
        <ChoiceField source="status" group="paymentStatus" />
        <ChoiceField source="kind" group="paymentKind" />
        <TextField source="periodDue" emptyText="—" />
        <CardField brand="cardBrand" last4="cardLast4" label="resources.payments.fields.card" />
        <TextField source="gatewayReference" emptyText="—" />
        <TextField source="failureReason" emptyText="—" />
        <DateField source="updatedAt" showTime />
      </FieldGrid>
    </SimpleShowLayout>
  </Show>
);
