import { DateField, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import type { CenterClosure } from '../../../server/resources/types.ts';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { AppointmentsOnClosures } from './AppointmentsOnClosures.tsx';

const Appointments = (_props: { label?: false }) => {
  const closure = useRecordContext<CenterClosure>();
  return closure ? <AppointmentsOnClosures closureId={closure.id} /> : null;
};

/** A closure, and the booked appointments on its days that compliance moves. */
export const CenterClosureShow = () => {
  const canRead = useCanRead('work-orders');
  return (
    <Show title={<RecordTitle />} actions={<ShowActions />}>
      <SimpleShowLayout>
        <FieldGrid label={false}>
          <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
          <DateField source="startsOn" />
          <DateField source="endsOn" />
          <TextField source="reason" />
          <DateField source="createdAt" showTime />
          <DateField source="updatedAt" showTime />
        </FieldGrid>
        {canRead['work-orders'] && <Appointments label={false} />}
      </SimpleShowLayout>
    </Show>
  );
};
