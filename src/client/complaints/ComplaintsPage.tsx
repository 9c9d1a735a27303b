import { Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'ra-core';
import type { Complaint } from '../../../server/resources/types.ts';
import { SectionCard } from '../dashboard/SectionCard.tsx';
import { Loaded } from '../parts/Loaded.tsx';
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
  const loaded = { failed: (reason: string) => translate(`${T}.loadFailed`, { reason }), retry: translate(`${T}.retry`) };
  return (
    <Stack spacing={2}>
      <Typography>{translate(`${T}.intro`)}</Typography>
      <SectionCard id="complaint-form" title={translate(`${T}.form.title`)}>
        <Loaded query={visits} empty={translate(`${T}.form.noVisits`)} {...loaded}>
          {(rows) => <ComplaintForm visits={rows} />}
        </Loaded>
      </SectionCard>
      <SectionCard id="complaint-list" title={translate(`${T}.list.title`)}>
        <Loaded query={complaints} empty={translate(`${T}.list.empty`)} {...loaded}>
          {(rows) => (
            <Stack spacing={1.5}>
              {rows.map((c) => (
                <ComplaintCard key={c.id} complaint={c} centerName={names.get(c.serviceCenterId)} visitedAt={c.workOrderId === null ? undefined : visitDates.get(c.workOrderId)} />
              ))}
            </Stack>
          )}
        </Loaded>
      </SectionCard>
    </Stack>
  );
};
