import { Grid } from '@mui/material';
import { AuthorizationQueueCard } from './compliance/AuthorizationQueueCard.tsx';
import { UnauthorizedAttemptsCard, UnauthorizedAttemptsListCard } from './compliance/UnauthorizedAttemptsCard.tsx';
import { OverdueFindingsCard, OverdueFindingsListCard } from './compliance/OverdueFindingsCard.tsx';
import { InsuranceExpiringCard } from './compliance/InsuranceExpiringCard.tsx';
import { DevicesPastGraceCard } from './compliance/DevicesPastGraceCard.tsx';
import { UnlockCodesByStateCard } from './compliance/UnlockCodesByStateCard.tsx';
import { PackageDiscrepanciesCard } from './compliance/PackageDiscrepanciesCard.tsx';
import { ReportingQueueCard } from './compliance/ReportingQueueCard.tsx';
import { OnTimeReportingCard } from './compliance/OnTimeReportingCard.tsx';

/** Compliance's queues: reporting to the states (and its on-time rate), authorisations, refused attempts, overdue findings, paperwork, devices and packages received with a discrepancy. */
export const ComplianceDashboard = () => (
  <Grid container spacing={2}>
    <Grid size={{ xs: 12, lg: 4 }}>
      <ReportingQueueCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 8 }}>
      <OnTimeReportingCard />
    </Grid>
    <Grid size={12}>
      <AuthorizationQueueCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <UnauthorizedAttemptsCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <UnauthorizedAttemptsListCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 5 }}>
      <OverdueFindingsCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 7 }}>
      <OverdueFindingsListCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <DevicesPastGraceCard />
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <UnlockCodesByStateCard />
    </Grid>
    <Grid size={12}>
      <InsuranceExpiringCard />
    </Grid>
    <Grid size={12}>
      <PackageDiscrepanciesCard />
    </Grid>
  </Grid>
);
