import { useCanAccess, usePermissions } from 'react-admin';
import type { Permissions } from '../providers/canAccess.ts';

export const DASHBOARD_VIEWS = ['regional', 'compliance', 'onboarding'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/**
 * The dashboards the signed-in user may see, asked through `canAccess` (the server's stats topics,
 * `permissions.stats`), in the order the server lists them: the user's own first. `center` is the
 * center staff's card of their own center.
 */
export function useDashboardViews() {
  const regional = useCanAccess({ resource: 'stats', action: 'regional' });
  const compliance = useCanAccess({ resource: 'stats', action: 'compliance' });
  const onboarding = useCanAccess({ resource: 'stats', action: 'onboarding' });
  const center = useCanAccess({ resource: 'stats', action: 'center' });
  const { permissions } = usePermissions<Permissions>();
  const allowed: Record<DashboardView, boolean | undefined> = { regional: regional.canAccess, compliance: compliance.canAccess, onboarding: onboarding.canAccess };
  const order = (view: DashboardView) => permissions?.stats?.indexOf(view) ?? 0;
  return {
    isPending: regional.isPending || compliance.isPending || onboarding.isPending || center.isPending,
    views: DASHBOARD_VIEWS.filter((view) => allowed[view] === true).sort((a, b) => order(a) - order(b)),
    center: center.canAccess === true,
  };
}
