import { DataTable } from 'react-admin';
import type { UnlockCode } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

const Column = DataTable.Col<UnlockCode>;

/** The unlock codes issued for the device shown, newest first (never the codes). */
export const RelatedUnlockCodes = (_props: { label?: false }) => (
  <RelatedTable reference="unlock-codes" target="deviceId" sort={{ field: 'issuedAt', order: 'DESC' }} storeKey="unlock-codes.by-device.datatable">
    <DateColumn source="issuedAt" showTime />
    <DateColumn source="expiresAt" showTime />
    <Column source="issuedBy" />
    <Column source="reason" />
  </RelatedTable>
);
