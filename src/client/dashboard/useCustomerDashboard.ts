import { useQuery } from '@tanstack/react-query';
import type { CustomerDashboard } from '../../../server/rules/client-portal/dashboard.ts';
import { clientFetch } from '../api.ts';
import { useSignedIn } from '../shell/useSignedIn.ts';

/** The query of the signed-in customer's dashboard: invalidate it after a change it shows (a code's fee, a payment). */
export const DASHBOARD_QUERY = ['client', 'dashboard'] as const;

/** GET /api/customers/:id/dashboard for the signed-in customer. */
export function useCustomerDashboard() {
  const customerId = useSignedIn()?.customerId;
  return useQuery({
    queryKey: [...DASHBOARD_QUERY, customerId],
    queryFn: () => clientFetch<CustomerDashboard>(`/api/customers/${String(customerId)}/dashboard`),
    enabled: customerId != null,
  });
}
