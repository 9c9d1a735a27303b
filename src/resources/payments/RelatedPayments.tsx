import { RelatedTable } from '../../components/RelatedTable.tsx';
import { PaymentColumns } from './PaymentColumns.tsx';

/** The customer's payments, newest first. */
export const RelatedPayments = () => (
  <RelatedTable reference="payments" target="customerId" sort={{ field: 'createdAt', order: 'DESC' }} storeKey="customers.payments.datatable">
    <PaymentColumns />
  </RelatedTable>
);
