import { useQuery } from '@tanstack/react-query';
import type { Gate } from '../../../server/rules/onboarding/gates.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

export type { Gate };

/** GET /api/service-centers/:id/onboarding. */
export interface Checklist {
  ready: boolean;
  gates: Gate[];
}

/** The center's go-live gates as the server sees them. */
export function useChecklist(centerId: unknown) {
  const dataProvider = useAppDataProvider();
  return useQuery({
    queryKey: ['service-centers', 'onboarding', String(centerId)],
    queryFn: async () => (await dataProvider.get<Checklist>(`service-centers/${encodeURIComponent(String(centerId))}/onboarding`)).data,
    enabled: centerId !== undefined && centerId !== null,
  });
}
