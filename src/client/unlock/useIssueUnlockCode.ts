import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IssuedUnlockCode } from '../../providers/dataProvider.ts';
import { clientFetch } from '../api.ts';
import { DASHBOARD_QUERY } from '../dashboard/useCustomerDashboard.ts';

/** POST /api/devices/:id/unlock-codes; then the dashboard is asked again (the fee is on the balance, the day's limit counted). */
export function useIssueUnlockCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: number) => clientFetch<IssuedUnlockCode>(`/api/devices/${deviceId}/unlock-codes`, { method: 'POST', body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DASHBOARD_QUERY }),
  });
}
