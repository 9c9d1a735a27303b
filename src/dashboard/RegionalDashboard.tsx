import { Grid } from '@mui/material';
import { RatingsTrendCard } from './regional/RatingsTrendCard.tsx';
import { RatingDistributionCard } from './regional/RatingDistributionCard.tsx';
import { FallingCentersCard } from './regional/FallingCentersCard.tsx';
import { AuditsDueCard } from './regional/AuditsDueCard.tsx';
import { CorrectiveActionsAgeCard } from './regional/CorrectiveActionsAgeCard.tsx';
import { WorkOrderVolumeCard } from './regional/WorkOrderVolumeCard.tsx';
import { WalkInDurationCard } from './regional/WalkInDurationCard.tsx';

/**
 * Ratings and audits of the centers in scope: per region for those who see every region, per
 * center for a regional manager (the server narrows every number to their region).
 */
export const RegionalDashboard = ({ by }: { by: 'region' | 'center' }) => (
  <Grid container spacing={2}>
    <Grid size={{ xs: 12, lg: 8 }}>
      <RatingsTrendCard by={by} />
    </Grid>
    <Grid size={{ xs: 12, lg: 4 }}>
      <RatingDistributionCard />
    </Grid>
    <Grid size={12}>
      <FallingCentersCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 8 }}>
      <AuditsDueCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 4 }}>
      <CorrectiveActionsAgeCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <WorkOrderVolumeCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <WalkInDurationCard />
    </Grid>
  </Grid>
);
