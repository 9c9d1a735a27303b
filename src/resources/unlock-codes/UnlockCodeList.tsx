import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import { CanAccess, DataTable, FilterList, FilterListItem, List } from 'react-admin';
import type { UnlockCode } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';

const filters = [<ReferenceFilterInput key="jurisdiction" source="jurisdictionId" reference="jurisdictions" minWidth={200} alwaysOn />];

const Column = DataTable.Col<UnlockCode>;

const UnlockCodeListAside = () => {
  const now = new Date().toISOString();
  return (
    <ListAside>
      <FilterList label="resources.unlock-codes.filters.validity" icon={<HourglassBottomIcon />}>
        <FilterListItem label="resources.unlock-codes.filters.valid" value={{ expiresAt_gte: now, expiresAt_lte: undefined }} />
        <FilterListItem label="resources.unlock-codes.filters.expired" value={{ expiresAt_lte: now, expiresAt_gte: undefined }} />
      </FilterList>
    </ListAside>
  );
};

/** Every unlock code issued (never the code): who, for which device and customer, when, until when, why. */
export const UnlockCodeList = () => (
  <List aside={<UnlockCodeListAside />} actions={<ListActions create={false} />} filters={filters} sort={{ field: 'issuedAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DateColumn source="issuedAt" showTime />
      <DateColumn source="expiresAt" showTime />
      <ReferenceColumn source="deviceId" reference="devices" link="show" />
      <CanAccess resource="customers" action="list">
        <ReferenceColumn source="customerId" reference="customers" link="show" />
      </CanAccess>
      <ReferenceColumn source="jurisdictionId" reference="jurisdictions" link={false} />
      <Column source="issuedBy" />
      <Column source="reason" />
    </DataTable>
  </List>
);
