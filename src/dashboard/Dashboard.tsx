import { Box, LinearProgress, Tab, Tabs } from '@mui/material';
import { Title, useGetIdentity, useStore, useTranslate } from 'react-admin';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { RegionalDashboard } from './RegionalDashboard.tsx';
import { ComplianceDashboard } from './ComplianceDashboard.tsx';
import { OnboardingDashboard } from './OnboardingDashboard.tsx';
import { TodayPage } from '../portal/today/TodayPage.tsx';
import { useDashboardViews, type DashboardView } from './useDashboardViews.ts';

const View = ({ view, regionId }: { view: DashboardView; regionId: unknown }) => {
  switch (view) {
    case 'regional':
      // someone bound to one region (a regional manager) gets a line per center of it; the others a line per region
      return <RegionalDashboard by={regionId != null ? 'center' : 'region'} />;
    case 'compliance':
      return <ComplianceDashboard />;
    case 'onboarding':
      return <OnboardingDashboard />;
  }
};

/**
 * The home page: the dashboards the user may see; those allowed several switch with tabs (remembered).
 * Center staff land on their agenda (the portal's Today).
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending: identityPending, error } = useGetIdentity();
  const { isPending, views, center } = useDashboardViews();
  const [stored, setStored] = useStore<DashboardView | undefined>('dashboard.view', undefined);
  const view = stored && views.includes(stored) ? stored : views[0];
  if (center) return <TodayPage />;
  return (
    <Box sx={{ mt: 1, mb: 3 }}>
      <Title title={translate('resources.dashboard.title')} />
      {(identityPending || isPending) && <LinearProgress />}
      {error && <ErrorAlert error={error} />}
      {views.length > 1 && (
        <Tabs value={view} onChange={(_, next: DashboardView) => setStored(next)} aria-label={translate('resources.dashboard.views.label')} sx={{ mb: 2 }}>
          {views.map((v) => (
            <Tab key={v} value={v} label={translate(`resources.dashboard.views.${v}`)} id={`dashboard-tab-${v}`} aria-controls="dashboard-panel" />
          ))}
        </Tabs>
      )}
      {identity && view && (
        <Box role={views.length > 1 ? 'tabpanel' : undefined} id="dashboard-panel" aria-labelledby={views.length > 1 ? `dashboard-tab-${view}` : undefined}>
          <View view={view} regionId={identity.regionId} />
        </Box>
      )}
    </Box>
  );
};
