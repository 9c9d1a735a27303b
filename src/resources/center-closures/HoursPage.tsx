import { Alert, Box, Button, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import { EditBase, Form, SaveButton, Title, useEditContext, useGetList, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { AppointmentsOnClosures } from './AppointmentsOnClosures.tsx';
import { ClosuresPanel } from './ClosuresPanel.tsx';
import { OpeningHoursInput } from './OpeningHoursInput.tsx';

const T = 'resources.center-closures.hours';

/** The editor once the center is loaded (a form shown before would be reset under the user's hands). */
const LoadedForm = () => {
  const { record } = useEditContext<ServiceCenter>();
  if (!record) return null;
  return (
    <Form>
      <OpeningHoursInput />
      <SaveButton sx={{ mt: 2 }} />
    </Form>
  );
};

/** The weekly hours editor, saved as the center's update of `openingHours` alone (with the version seen). */
const HoursForm = ({ center }: { center: ServiceCenter }) => {
  const notify = useNotify();
  const onError = useConflictHandler();
  return (
    <EditBase<ServiceCenter>
      resource="service-centers"
      id={center.id}
      mutationMode="pessimistic"
      redirect={false}
      transform={(data) => ({ openingHours: data.openingHours, version: data.version })}
      mutationOptions={{ onSuccess: () => notify(`${T}.saved`, { type: 'info' }), onError }}
    >
      <LoadedForm />
    </EditBase>
  );
};

/**
 * /hours, the portal's Hours page: a center's staff keep its weekly opening hours and its closures
 * (and see the appointments booked on them). Those who see several centers edit them on each center's page.
 */
export const HoursPage = () => {
  const translate = useTranslate();
  const canRead = useCanRead('work-orders');
  const centers = useGetList<ServiceCenter>('service-centers', { pagination: { page: 1, perPage: 2 }, sort: { field: 'name', order: 'ASC' } });
  const center = centers.data?.length === 1 ? centers.data[0] : undefined;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 720 }}>
      <Title title={`${T}.pageTitle`} />
      <Typography variant="h5" component="h1" gutterBottom>
        {center ? `${translate(`${T}.pageTitle`)} · ${center.name}` : translate(`${T}.pageTitle`)}
      </Typography>
      {centers.isPending && <LinearProgress />}
      {centers.error && <ErrorAlert error={centers.error} />}
      {centers.data && !center && (
        <Alert
          severity="info"
          action={
            <Button component={Link} to="/service-centers" color="inherit" size="small">
              {translate(`${T}.centers`)}
            </Button>
          }
        >
          {translate(`${T}.notOneCenter`)}
        </Alert>
      )}
      {center && (
        <Stack spacing={3} divider={<Divider flexItem />}>
          <HoursForm center={center} />
          <ClosuresPanel serviceCenterId={center.id} />
          {canRead['work-orders'] && <AppointmentsOnClosures />}
        </Stack>
      )}
    </Box>
  );
};
