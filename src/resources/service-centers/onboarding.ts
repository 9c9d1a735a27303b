import { useCanAccess, useDataProvider, useGetIdentity } from 'react-admin';
import { recordAllows } from '../../providers/canAccess.ts';
import { useQuery } from '@tanstack/react-query';
import type { Gate } from '../../../server/rules/onboarding/gates.ts';

export type { Gate };

/** GET /api/service-centers/:id/onboarding. */
export interface Checklist {
  ready: boolean;
  gates: Gate[];
}

/** The data provider's extra calls used by the onboarding screens (src/providers/dataProvider.ts). */
export interface CommandProvider {
  get<T>(path: string): Promise<{ data: T }>;
  command<T>(path: string, body?: unknown): Promise<{ data: T }>;
}

export const checklistKey = (centerId: unknown) => ['service-centers', 'onboarding', String(centerId)];

/** The center's go-live gates as the server sees them. */
export function useChecklist(centerId: unknown) {
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CommandProvider>();
  return useQuery({
    queryKey: checklistKey(centerId),
    queryFn: async () => (await dataProvider.get<Checklist>(`service-centers/${encodeURIComponent(String(centerId))}/onboarding`)).data,
    enabled: centerId !== undefined && centerId !== null,
  });
}

/** The server's refusal as one line: its message (a 409 names the rule). */
export const reasonOf = (error: unknown): string => {
  const body = (error as { body?: { message?: string } } | null)?.body;
  return body?.message ?? (error as Error | null)?.message ?? '';
};

/**
 * May the signed-in user change this center's onboarding (go live, upload)? Administrators on
 * any center, onboarding staff before it is live. The record rule is applied to the current
 * record here: react-admin caches canAccess per record id, and going live changes the record.
 */
export function useMayOnboard(center: { id: unknown; onboardingStatus: string } | undefined): boolean {
  const { canAccess } = useCanAccess({ resource: 'service-centers', action: 'edit' });
  const { identity } = useGetIdentity();
  if (!center || !canAccess) return false;
  return recordAllows(identity?.role as Parameters<typeof recordAllows>[0], { resource: 'service-centers', action: 'edit', record: center });
}
