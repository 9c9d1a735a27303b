import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'ra-core';
import type { CustomerDashboard } from '../../../server/rules/client-portal/dashboard.ts';
import { clientFetch } from '../api.ts';
import { useIdentity } from '../shell/useSignedIn.ts';

/** The query of the signed-in customer's dashboard: invalidate it after a change it shows (a code's fee, a payment). */
export const DASHBOARD_QUERY = ['client', 'dashboard'] as const;

/**
 * GET /api/customers/:id/dashboard for the signed-in customer. Who they are comes first: when that
 * could not be asked (offline), that is the error, and trying again asks it again. It is asked
 * again in another language: it holds the server's reasons (why no unlock code now).
 */
export function useCustomerDashboard() {
  const who = useIdentity();
  const customerId = who.identity?.customerId;
  const [locale] = useLocaleState();
  const dashboard = useQuery({
    queryKey: [...DASHBOARD_QUERY, customerId, locale],
    queryFn: () => clientFetch<CustomerDashboard>(`/api/customers/${String(customerId)}/dashboard`),
    enabled: customerId != null,
  });
  return {
    data: dashboard.data,
    error: who.error ?? dashboard.error,
    isPending: !who.error && dashboard.isPending,
    refetch: () => (who.error ? who.refetch() : dashboard.refetch()),
  };
}
