import { Grid } from '@mui/material';
import { MedianDaysCard, OnboardingFunnelCard } from './onboarding/OnboardingFunnelCard.tsx';
import { StalledCentersCard } from './onboarding/StalledCentersCard.tsx';
import { WentLiveCard } from './onboarding/WentLiveCard.tsx';

/** The onboarding pipeline: centers per stage, time in stage, who is stalled and why, go-lives per month. */
export const OnboardingDashboard = () => (
  <Grid container spacing={2}>
    <Grid size={{ xs: 12, lg: 7 }}>
      <OnboardingFunnelCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 5 }}>
      <MedianDaysCard />
    </Grid>
    <Grid size={12}>
      <StalledCentersCard />
    </Grid>
    <Grid size={12}>
      <WentLiveCard />
    </Grid>
  </Grid>
);
