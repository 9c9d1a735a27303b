import { DataTable, List } from 'react-admin';
import type { Payment } from '../../../server/resources/types.ts';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { PaymentColumns } from './PaymentColumns.tsx';
import { PaymentListAside } from './PaymentListAside.tsx';

const filters = [<ReferenceFilterInput key="customer" source="customerId" reference="customers" minWidth={220} alwaysOn />];

const Column = DataTable.Col<Payment>;

/** Every customer payment (compliance and administrators), with CSV export; read-only — customers pay in the portal. */
export const PaymentList = () => (
  <List aside={<PaymentListAside />} actions={<ListActions create={false} />} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['gatewayReference', 'periodDue']}>
      <ReferenceColumn source="customerId" reference="customers" link="show" />
      <PaymentColumns />
      <Column source="periodDue" />
      <Column source="gatewayReference" />
    </DataTable>
  </List>
);
