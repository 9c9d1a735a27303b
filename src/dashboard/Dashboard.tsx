import { Alert, Box, LinearProgress, Tab, Tabs } from '@mui/material';
import { Title, useGetIdentity, useStore, useTranslate } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { RegionalDashboard } from './RegionalDashboard.tsx';
import { ComplianceDashboard } from './ComplianceDashboard.tsx';
import { OnboardingDashboard } from './OnboardingDashboard.tsx';
import { CenterDashboard } from './CenterDashboard.tsx';

const DASHBOARD_VIEWS = ['regional', 'compliance', 'onboarding'] as const;
type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/**
 * The dashboards a role may switch between, its own first (the server's stats topics: compliance
 * reads every topic, admins too). Center staff have none: they get their center's card.
 */
const VIEWS_OF: Record<Role, DashboardView[]> = {
  admin: ['regional', 'compliance', 'onboarding'],
  compliance: ['compliance', 'regional', 'onboarding'],
  'regional-manager': ['regional'],
  onboarding: ['onboarding'],
  'center-staff': [],
};

const View = ({ view, role }: { view: DashboardView; role: Role }) => {
  switch (view) {
    case 'regional':
      // a regional manager has one region: a line per center of it; the others a line per region
      return <RegionalDashboard by={role === 'regional-manager' ? 'center' : 'region'} />;
    case 'compliance':
      return <ComplianceDashboard />;
    case 'onboarding':
      return <OnboardingDashboard />;
  }
};

/** The home page: the signed-in role's dashboard; those allowed several switch with tabs (remembered). */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending, error } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const views = role ? VIEWS_OF[role] : [];
  const [stored, setStored] = useStore<DashboardView>(`dashboard.${role ?? 'none'}.view`, views[0]);
  const view = stored && views.includes(stored) ? stored : views[0];
  return (
    <Box sx={{ mt: 1, mb: 3 }}>
      <Title title={translate('resources.dashboard.title')} />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {role === 'center-staff' && <CenterDashboard />}
      {role && views.length > 1 && (
        <Tabs value={view} onChange={(_, next: DashboardView) => setStored(next)} aria-label={translate('resources.dashboard.views.label')} sx={{ mb: 2 }}>
          {views.map((v) => (
            <Tab key={v} value={v} label={translate(`resources.dashboard.views.${v}`)} id={`dashboard-tab-${v}`} aria-controls="dashboard-panel" />
          ))}
        </Tabs>
      )}
      {role && view && (
        <Box role={views.length > 1 ? 'tabpanel' : undefined} id="dashboard-panel" aria-labelledby={views.length > 1 ? `dashboard-tab-${view}` : undefined}>
          <View view={view} role={role} />
        </Box>
      )}
    </Box>
  );
};
