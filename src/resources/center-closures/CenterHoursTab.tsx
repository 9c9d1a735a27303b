import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, useRecordContext, useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { AppointmentsOnClosures } from './AppointmentsOnClosures.tsx';
import { OpeningHoursField } from './OpeningHoursField.tsx';

const T = 'resources.center-closures.hours';

/** A center's show-page tab: its weekly hours, its closures (add one), and the appointments booked on them. */
export const CenterHoursTab = (_props: { label?: false }) => {
  const center = useRecordContext<ServiceCenter>();
  const translate = useTranslate();
  const canRead = useCanRead('work-orders');
  if (!center) return null;
  return (
    <Box sx={{ display: 'grid', gap: 3, width: '100%' }}>
      <Box>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(`${T}.title`)}
        </Typography>
        <OpeningHoursField />
      </Box>
      <Box>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            {translate(`${T}.closures`)}
          </Typography>
          <CreateButton resource="center-closures" state={{ record: { serviceCenterId: center.id } }} label={`${T}.add`} />
        </Box>
        <RelatedTable reference="center-closures" target="serviceCenterId" sort={{ field: 'startsOn', order: 'DESC' }} storeKey="center-closures.by-center.datatable">
          <DateColumn source="startsOn" />
          <DateColumn source="endsOn" />
          <DataTable.Col source="reason" />
        </RelatedTable>
      </Box>
      {canRead['work-orders'] && <AppointmentsOnClosures serviceCenterId={center.id} />}
    </Box>
  );
};
