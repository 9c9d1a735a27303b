import { useQuery } from '@tanstack/react-query';
import type { CustomerVisit } from '../../../server/rules/complaints/visits.ts';
import { clientFetch } from '../api.ts';
import { useSignedIn } from '../shell/useSignedIn.ts';

/** GET /api/customers/:id/visits for the signed-in customer: their visits with the centers' names. */
export function useVisits() {
  const customerId = useSignedIn()?.customerId ?? undefined;
  return useQuery({
    queryKey: ['client', 'visits', customerId],
    queryFn: () => clientFetch<CustomerVisit[]>(`/api/customers/${String(customerId)}/visits`),
    enabled: customerId !== undefined,
  });
}
