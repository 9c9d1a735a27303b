import { LinearProgress, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'ra-core';
import type { Complaint } from '../../../server/resources/types.ts';
import { SectionCard } from '../dashboard/SectionCard.tsx';
import { LoadFailed, reasonOf } from '../parts/LoadFailed.tsx';
import { ComplaintCard } from './ComplaintCard.tsx';
import { ComplaintForm } from './ComplaintForm.tsx';
import { useVisits } from './useVisits.ts';
import { visitedCenters } from './visits.ts';

const T = 'client.complaints';

/** Complaints: file one about a center the customer visited (or one visit there), and read theirs with the resolutions. */
export const ComplaintsPage = () => {
  const translate = useTranslate();
  const visits = useVisits();
  const complaints = useGetList<Complaint>('complaints', { pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'DESC' } });
  const names = new Map(visitedCenters(visits.data ?? []).map((c) => [c.id, c.name]));
  const visitDates = new Map((visits.data ?? []).map((v) => [v.workOrderId, v.scheduledAt]));
  const failed = (error: unknown, retry: () => void) => <LoadFailed message={translate(`${T}.loadFailed`, { reason: reasonOf(error) })} retryLabel={translate(`${T}.retry`)} retry={retry} />;
  return (
    <Stack spacing={2}>
      <Typography>{translate(`${T}.intro`)}</Typography>
      <SectionCard id="complaint-form" title={translate(`${T}.form.title`)}>
        {visits.error ? (
          failed(visits.error, () => visits.refetch())
        ) : visits.isPending ? (
          <LinearProgress />
        ) : visits.data.length ? (
          <ComplaintForm visits={visits.data} />
        ) : (
          <Typography>{translate(`${T}.form.noVisits`)}</Typography>
        )}
      </SectionCard>
      <SectionCard id="complaint-list" title={translate(`${T}.list.title`)}>
        {complaints.error ? (
          failed(complaints.error, () => complaints.refetch())
        ) : complaints.isPending ? (
          <LinearProgress />
        ) : complaints.data.length ? (
          <Stack spacing={1.5}>
            {complaints.data.map((c) => (
              <ComplaintCard key={c.id} complaint={c} centerName={names.get(c.serviceCenterId)} visitedAt={c.workOrderId === null ? undefined : visitDates.get(c.workOrderId)} />
            ))}
          </Stack>
        ) : (
          <Typography>{translate(`${T}.list.empty`)}</Typography>
        )}
      </SectionCard>
    </Stack>
  );
};
