import { useMediaQuery, useTheme } from '@mui/material';
import { DataTable, List, SimpleList } from 'react-admin';
import type { CenterClosure } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { AppointmentsOnClosures } from './AppointmentsOnClosures.tsx';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const days = (closure: CenterClosure) => (closure.startsOn === closure.endsOn ? closure.startsOn : `${closure.startsOn} – ${closure.endsOn}`);

/**
 * Every closure, latest first (a stacked list on a phone); above them, for those who read work
 * orders, the booked appointments falling on closures not over yet: what compliance moves.
 */
export const CenterClosureList = () => {
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const canRead = useCanRead('work-orders');
  return (
    <List actions={<ListActions />} filters={filters} sort={{ field: 'startsOn', order: 'DESC' }} perPage={25}>
      {canRead['work-orders'] && <AppointmentsOnClosures />}
      {narrow ? (
        <SimpleList<CenterClosure> primaryText={days} secondaryText={(closure) => closure.reason} linkType="show" />
      ) : (
        <DataTable rowClick="show" hiddenColumns={['createdAt']}>
          <DateColumn source="startsOn" />
          <DateColumn source="endsOn" />
          <ReferenceColumn source="serviceCenterId" reference="service-centers" link="show" />
          <DataTable.Col source="reason" />
          <DateColumn source="createdAt" showTime />
        </DataTable>
      )}
    </List>
  );
};
