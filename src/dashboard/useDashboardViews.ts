import { useCanAccess } from 'react-admin';

export const DASHBOARD_VIEWS = ['regional', 'compliance', 'onboarding'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/**
 * The dashboards the signed-in user may see: the server's stats topics (`permissions.stats`),
 * asked through `canAccess`. `center` is the center staff's card of their own center.
 */
export function useDashboardViews() {
  const regional = useCanAccess({ resource: 'stats', action: 'regional' });
  const compliance = useCanAccess({ resource: 'stats', action: 'compliance' });
  const onboarding = useCanAccess({ resource: 'stats', action: 'onboarding' });
  const center = useCanAccess({ resource: 'stats', action: 'center' });
  const allowed: Record<DashboardView, boolean | undefined> = { regional: regional.canAccess, compliance: compliance.canAccess, onboarding: onboarding.canAccess };
  return {
    isPending: regional.isPending || compliance.isPending || onboarding.isPending || center.isPending,
    views: DASHBOARD_VIEWS.filter((view) => allowed[view] === true),
    center: center.canAccess === true,
  };
}
