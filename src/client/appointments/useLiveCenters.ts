import { useQuery } from '@tanstack/react-query';
import type { PublicCenter } from '../../../server/rules/appointment-requests/centers.ts';
import { clientFetch } from '../api.ts';

/** The live centers a customer may ask for an appointment at (their public facts), fetched once a session. */
export const useLiveCenters = () =>
  useQuery({
    queryKey: ['appointment-requests', 'centers'],
    queryFn: async () => (await clientFetch<{ data: PublicCenter[] }>('/api/appointment-requests/centers')).data,
    staleTime: 10 * 60_000,
  });
