import { DataTable } from 'react-admin';
import type { Complaint } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

const Column = DataTable.Col<Complaint>;

/** The complaints about a center, or of a customer (`target`), open first, for a show-page tab (`label={false}`). */
export const RelatedComplaints = ({ target, storeKey }: { target: 'customerId' | 'serviceCenterId'; storeKey: string; label?: false }) => (
  <RelatedTable reference="complaints" target={target} sort={{ field: 'status', order: 'ASC' }} storeKey={storeKey}>
    <ChoiceColumn source="status" group="complaintStatus" />
    <DateColumn source="createdAt" showTime />
    {target === 'customerId' ? <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} /> : <ReferenceColumn source="customerId" reference="customers" link={false} />}
    <ChoiceColumn source="category" group="complaintCategory" />
    <Column source="body" cellSx={() => ({ minWidth: 240 })} />
    <Column source="resolution" />
  </RelatedTable>
);
