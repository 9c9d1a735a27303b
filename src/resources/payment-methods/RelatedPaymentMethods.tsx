import { DataTable, DateField, FunctionField, ReferenceManyField } from 'react-admin';
import type { PaymentMethod } from '../../../server/resources/types.ts';
import { NoneYet } from '../../components/NoneYet.tsx';
import { CardField } from './CardField.tsx';
import { cardExpiry } from './cardName.ts';

const Column = DataTable.Col<PaymentMethod>;

/** The customer's saved cards, read-only (brand, last four, expiry, label): customers manage them in the portal. */
export const RelatedPaymentMethods = () => (
  <ReferenceManyField reference="payment-methods" target="customerId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={20} empty={<NoneYet />}>
    <DataTable rowClick={false} bulkActionButtons={false} storeKey="customers.payment-methods.datatable">
      <Column source="brand" label="resources.payment-methods.name">
        <CardField brand="brand" last4="last4" />
      </Column>
      <Column source="expYear" label="resources.payment-methods.fields.expiry">
        <FunctionField<PaymentMethod> render={(card) => cardExpiry(card.expMonth, card.expYear)} />
      </Column>
      <Column source="label" />
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </ReferenceManyField>
);
