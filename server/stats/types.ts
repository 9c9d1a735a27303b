/**
 * The answers of the dashboards' aggregates, `GET /api/stats/<name>` (the SPA imports these with
 * `import type`). One endpoint per chart or table; each answer's `rows` are the numbers behind it,
 * flat, in display order, ready for a CSV export.
 *
 * Common rules of every endpoint:
 * - sign-in required (401); the role must be allowed the endpoint's topic (403 otherwise):
 *   regional — admin, compliance, regional-manager; compliance — admin, compliance;
 *   onboarding — admin, compliance, onboarding. Center staff get 403 on every stats endpoint.
 * - numbers cover only the rows the caller may read (the same row scope as the lists: a regional
 *   manager's cover their region's centers only).
 * - periods: `from` and `to` are days `YYYY-MM-DD`, both inclusive; each defaults as documented per
 *   endpoint (omit both to get the default). 400 with field errors for a malformed or impossible
 *   date, `from` after `to`, a period over 10 years, an out-of-range number or an unknown parameter.
 * - `regionId` (where accepted) narrows to one region; for a regional manager any other region
 *   simply gives empty answers.
 * - days and months are those of the stored ISO dates (UTC); `asOf` is the server's today.
 */

/** Days `YYYY-MM-DD`, both inclusive. */
export interface StatsPeriod {
  from: string;
  to: string;
}

// ---------------------------------------------------------------------------------------------
// Regional (admin, compliance, regional-manager)
// ---------------------------------------------------------------------------------------------

export interface RatingsTrendRow {
  /** `YYYY-MM`. */
  month: string;
  /** Region id (by=region) or service-center id (by=center). */
  id: number;
  name: string;
  /**
   * Average of the ratings in force at the end of the month (the end of the period for its last
   * month), 1 decimal: each center's latest rating computed before then, however long before.
   */
  average: number;
  /** Centers rated at that time (a center whose latest rating has no score is left out). */
  centers: number;
}

/**
 * `GET /api/stats/ratings-trend?from&to&by=region|center&regionId`
 * Monthly average service rating (0–100) from the ratings history, per region (by=region, the
 * default) or per center of one region (by=center: `regionId` required except for a regional
 * manager, whose region is the default). A month without any rated center has no row.
 * Default period: the last 12 months (the 1st of the month 11 months ago to today).
 * Regional topic.
 */
export interface RatingsTrend {
  period: StatsPeriod;
  by: 'region' | 'center';
  /** Every month of the period, `YYYY-MM`, in order (the x axis). */
  months: string[];
  /** The series, in name order: one per region or center that has at least one point. */
  series: { id: number; name: string }[];
  /** Ordered by month, then name. */
  rows: RatingsTrendRow[];
}

export interface RatingDistributionRow {
  /** The methodology's grade (A–F), or a grade of an older methodology still stored. */
  grade: string;
  /** Lowest score of the grade (null for a grade the current methodology does not know). */
  minScore: number | null;
  centers: number;
}

/**
 * `GET /api/stats/rating-distribution?regionId`
 * Live centers by current rating grade (best grade first; grades with no center included, with 0),
 * plus the live centers not rated yet. Current state: no period.
 * Regional topic.
 */
export interface RatingDistribution {
  asOf: string;
  /** Live centers in scope. */
  total: number;
  unrated: number;
  rows: RatingDistributionRow[];
}

export interface FallingCenterRow {
  serviceCenterId: number;
  name: string;
  regionId: number;
  regionName: string;
  /** The center's current rating (null when unrated). */
  rating: number | null;
  grade: string | null;
  /** First and last rating score computed in the period. */
  firstScore: number;
  lastScore: number;
  /** lastScore − firstScore, 1 decimal (negative = falling). */
  change: number;
  /** The current rating is below the threshold. */
  belowThreshold: boolean;
  /** Last score of each month of the period that has one, in month order (the sparkline). */
  sparkline: { month: string; score: number }[];
}

/**
 * `GET /api/stats/falling-centers?from&to&threshold&limit&regionId`
 * Live centers with at least one rating in the period whose current rating is below `threshold`
 * (0–100, default 70) or whose score fell over the period (last − first < 0): fastest falling
 * first, then lowest rating. `limit` 1–100, default 10 (`total` counts them all).
 * Default period: the last 12 months.
 * Regional topic.
 */
export interface FallingCenters {
  period: StatsPeriod;
  threshold: number;
  total: number;
  rows: FallingCenterRow[];
}

export interface AuditDueRow {
  serviceCenterId: number;
  name: string;
  regionName: string;
  /** The date of the center's latest submitted (or closed) audit. */
  lastAuditDate: string;
  band: string | null;
  nextAuditDue: string;
  /** overdue: nextAuditDue before today; due: from today to the end of the period. */
  state: 'due' | 'overdue';
}

/**
 * `GET /api/stats/audits-due?from&to&limit&regionId`
 * Live centers whose next audit (nextAuditDue of their latest submitted or closed audit) is due in
 * the period and not past yet (`due`), or already past (`overdue`, however long ago: an overdue
 * audit stays overdue until the next one is submitted). Earliest due first; `limit` 1–1000,
 * default 100 (the counts cover them all).
 * Default period: this quarter (its first to its last day).
 * Regional topic.
 */
export interface AuditsDue {
  period: StatsPeriod;
  asOf: string;
  due: number;
  overdue: number;
  rows: AuditDueRow[];
}

export interface CorrectiveActionAgeRow {
  /** '0-30', '31-60', '61-90', '91+' (days since the action was opened). */
  bucket: string;
  minDays: number;
  /** null for the last, open-ended bucket. */
  maxDays: number | null;
  open: number;
  /** Of those, past their due date. */
  overdue: number;
}

/**
 * `GET /api/stats/corrective-actions-age?regionId`
 * Open corrective actions by age (days since opened), with how many of each age are overdue.
 * Current state: no period. Every bucket is present (0 when empty).
 * Regional topic.
 */
export interface CorrectiveActionsAge {
  asOf: string;
  open: number;
  overdue: number;
  rows: CorrectiveActionAgeRow[];
}

export interface WorkOrderVolumeRow {
  serviceCenterId: number;
  name: string;
  regionName: string;
  /** Work orders scheduled in the period (every type and status). */
  workOrders: number;
  completed: number;
  /** Walk-in work orders (calibration, lockout service, handheld exchange) scheduled in the period. */
  walkIns: number;
  /** Completed walk-ins with a start and an end time: the base of the durations. */
  timedWalkIns: number;
  /**
   * Minutes from start to end, 1 decimal; null without timed walk-ins. Walk-ins take minutes: an end
   * on the day after the start is counted across midnight (UTC).
   */
  averageWalkInMinutes: number | null;
  medianWalkInMinutes: number | null;
  /** Timed walk-ins that took more than 5 minutes, and their share of the timed ones (0–1, 3 decimals). */
  walkInsOver5Minutes: number;
  over5MinutesShare: number | null;
}

/**
 * `GET /api/stats/work-order-volume?from&to&limit&regionId`
 * Per center: work orders scheduled in the period and walk-in durations; the busiest `limit`
 * centers (1–100, default 10), most work orders first (ties by center id).
 * Default period: the last 30 days.
 * Regional topic.
 */
export interface WorkOrderVolume {
  period: StatsPeriod;
  /** Centers with at least one work order in the period. */
  total: number;
  rows: WorkOrderVolumeRow[];
}

// ---------------------------------------------------------------------------------------------
// Compliance (admin, compliance)
// ---------------------------------------------------------------------------------------------

export interface AuthorizationQueueRow {
  workOrderId: number;
  number: string | null;
  type: string;
  status: string;
  serviceCenterId: number;
  centerName: string;
  customerId: number | null;
  scheduledAt: string;
  /** When the work order was created: the queue's order. */
  createdAt: string;
  /** Whole days since it was created. */
  waitingDays: number;
}

/**
 * `GET /api/stats/authorization-queue?limit`
 * Work orders of a type that needs compliance's authorisation (removal, handheld exchange,
 * vehicle switch), not authorised yet and neither completed nor cancelled (a no-show still waits):
 * oldest first.
 * `limit` 1–500, default 50 (`total` counts them all). Current state: no period.
 * Compliance topic.
 */
export interface AuthorizationQueue {
  asOf: string;
  total: number;
  /** Per type, in WORK_ORDER_TYPES order. */
  byType: { type: string; count: number }[];
  rows: AuthorizationQueueRow[];
}

export interface UnauthorizedAttemptRow {
  /** The audit-log entry. */
  id: number;
  at: string;
  userName: string | null;
  workOrderId: number | null;
  summary: string | null;
}

/**
 * `GET /api/stats/unauthorized-attempts?from&to&limit`
 * Refused attempts to complete a removal or exchange without authorisation (audit-log entries
 * with action `complete-refused` on work orders), newest first. `limit` 1–500, default 50.
 * Default period: the last 30 days.
 * Compliance topic.
 */
export interface UnauthorizedAttempts {
  period: StatsPeriod;
  total: number;
  /** Per day of the period that has attempts, `YYYY-MM-DD`, in order. */
  byDay: { day: string; count: number }[];
  rows: UnauthorizedAttemptRow[];
}

export interface OverdueFindingRow {
  correctiveActionId: number;
  findingId: number;
  auditId: number;
  serviceCenterId: number;
  centerName: string;
  severity: string;
  /** The finding's title. */
  title: string;
  dueDate: string;
  daysOverdue: number;
}

/**
 * `GET /api/stats/overdue-findings?limit`
 * Open corrective actions past their due date and the findings they answer: counts by severity and
 * the most overdue first. `limit` 1–500, default 50. Current state: no period.
 * Compliance topic.
 */
export interface OverdueFindings {
  asOf: string;
  /** Overdue corrective actions. */
  correctiveActions: number;
  /** Distinct findings with at least one overdue corrective action. */
  findings: number;
  /** In FINDING_SEVERITIES order, every severity present (0 when none). */
  bySeverity: { severity: string; correctiveActions: number }[];
  rows: OverdueFindingRow[];
}

export interface InsuranceExpiringRow {
  serviceCenterId: number;
  name: string;
  onboardingStatus: string;
  insuranceExpiresOn: string;
  /** Negative once expired. */
  daysLeft: number;
  expired: boolean;
}

/**
 * `GET /api/stats/insurance-expiring?days&limit`
 * Centers (not closed) whose insurance binder expires within `days` (1–365, default 30) or has
 * expired: soonest first. `limit` 1–500, default 100. Current state: no period.
 * Compliance topic.
 */
export interface InsuranceExpiring {
  asOf: string;
  days: number;
  expired: number;
  expiring: number;
  rows: InsuranceExpiringRow[];
}

export interface DevicesPastGraceRow {
  jurisdictionId: number;
  code: string;
  name: string;
  devices: number;
  /** The earliest lockout date among them. */
  oldestLockoutOn: string;
}

/**
 * `GET /api/stats/devices-past-grace`
 * Installed devices whose calibration grace has run out (lockoutOn before today), by the
 * customer's jurisdiction, most devices first. Current state: no period.
 * Compliance topic.
 */
export interface DevicesPastGrace {
  asOf: string;
  total: number;
  rows: DevicesPastGraceRow[];
}

export interface UnlockCodesByStateRow {
  jurisdictionId: number;
  code: string;
  name: string;
  codes: number;
  /** Distinct customers who got them. */
  customers: number;
}

/**
 * `GET /api/stats/unlock-codes-by-state?from&to`
 * Unlock codes issued in the period, by jurisdiction, most first.
 * Default period: this week (Monday to Sunday).
 * Compliance topic.
 */
export interface UnlockCodesByState {
  period: StatsPeriod;
  total: number;
  rows: UnlockCodesByStateRow[];
}

/**
 * `GET /api/stats/reporting-queue`
 * Reporting obligations not reported yet: past their deadline, due by the end of today (UTC), due
 * within 24 hours (the bounds are given, for the list's filters).
 */
export interface ReportingQueue {
  asOf: string;
  endOfToday: string;
  in24h: string;
  overdue: number;
  dueToday: number;
  dueWithin24h: number;
}

export interface OnTimeReportingRow {
  /** YYYY-MM of the deadline. */
  month: string;
  jurisdictionId: number;
  /** The jurisdiction's code. */
  code: string;
  /** Obligations due that month whose deadline has passed. */
  due: number;
  /** Of them, reported by the deadline. */
  onTime: number;
  /** onTime / due (0–1). */
  rate: number;
}

/**
 * `GET /api/stats/on-time-reporting?from&to`
 * On-time reporting rate by state and month of the deadline: late reports and overdue obligations
 * lower it. Default period: the last twelve months.
 */
export interface OnTimeReporting {
  period: StatsPeriod;
  months: string[];
  /** The codes of the states with rows, in order (one line each). */
  states: string[];
  rows: OnTimeReportingRow[];
}

// ---------------------------------------------------------------------------------------------
// Onboarding (admin, compliance, onboarding)
// ---------------------------------------------------------------------------------------------

export interface OnboardingFunnelRow {
  /** A pre-live stage (PRE_LIVE_STATUSES order), then 'live'. */
  status: string;
  centers: number;
  /**
   * Median of the whole days each center has been in the stage so far (since statusChangedAt; the
   * mean of the two middle ones for an even count, so it may end in .5). Null for 'live' and for a
   * stage without centers; centers without statusChangedAt are left out of it.
   */
  medianDaysInStage: number | null;
  /** Longer in the stage than `stalledAfterDays` (0 for 'live'). */
  stalled: number;
}

/**
 * `GET /api/stats/onboarding-funnel?stalledAfterDays`
 * Centers per onboarding stage, in pipeline order, then live. `stalledAfterDays` 1–3650, default
 * ONBOARDING_STALLED_DAYS (30). Current state: no period. Which centers are stalled and what
 * blocks them: `GET /api/onboarding/board`.
 * Onboarding topic.
 */
export interface OnboardingFunnel {
  asOf: string;
  stalledAfterDays: number;
  rows: OnboardingFunnelRow[];
}

/**
 * `GET /api/stats/went-live?from&to`
 * Centers that went live per month (by wentLiveAt), every month of the period present (0 when none).
 * Default period: the last 12 months.
 * Onboarding topic.
 */
export interface WentLive {
  period: StatsPeriod;
  total: number;
  rows: { month: string; centers: number }[];
}

/** Every stats endpoint's name (the path after `/api/stats/`) and its answer. */
export interface StatsAnswers {
  'ratings-trend': RatingsTrend;
  'rating-distribution': RatingDistribution;
  'falling-centers': FallingCenters;
  'audits-due': AuditsDue;
  'corrective-actions-age': CorrectiveActionsAge;
  'work-order-volume': WorkOrderVolume;
  'authorization-queue': AuthorizationQueue;
  'unauthorized-attempts': UnauthorizedAttempts;
  'overdue-findings': OverdueFindings;
  'insurance-expiring': InsuranceExpiring;
  'devices-past-grace': DevicesPastGrace;
  'unlock-codes-by-state': UnlockCodesByState;
  'reporting-queue': ReportingQueue;
  'on-time-reporting': OnTimeReporting;
  'onboarding-funnel': OnboardingFunnel;
  'went-live': WentLive;
}

export type StatsName = keyof StatsAnswers;
export type StatsTopic = 'regional' | 'compliance' | 'onboarding';
