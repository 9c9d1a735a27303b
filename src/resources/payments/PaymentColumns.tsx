import { DataTable, NumberField, TextField } from 'react-admin';
import type { Payment } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { CardField } from '../payment-methods/CardField.tsx';

const Column = DataTable.Col<Payment>;

/** The columns every payments table shares: when, how much, how it went, which card. */
export const PaymentColumns = () => (
  <>
    <DateColumn source="createdAt" showTime />
    <Column source="amount" align="right">
      <NumberField source="amount" options={{ style: 'currency', currency: 'USD' }} />
    </Column>
    <ChoiceColumn source="status" group="paymentStatus" />
    <ChoiceColumn source="kind" group="paymentKind" />
    <Column source="cardLast4" label="resources.payments.fields.card">
      <CardField brand="cardBrand" last4="cardLast4" />
    </Column>
    <Column source="failureReason">
      <TextField source="failureReason" emptyText="—" />
    </Column>
  </>
);
