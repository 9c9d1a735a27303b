import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { userOf } from '../auth/request-user.ts';
import { decide } from '../auth/policy.ts';
import { assertAllowed } from '../rest/authorize.ts';
import { onboardingStalledDays } from '../config.ts';
import type { App } from '../rest/schemas.ts';
import { statsContext, type StatsContext } from './context.ts';
import { fallingCenters, fallingCentersQuery, ratingDistribution, ratingDistributionQuery, ratingsTrend, ratingsTrendQuery } from './ratings.ts';
import { auditsDue, auditsDueQuery, correctiveActionsAge, correctiveActionsAgeQuery } from './audits.ts';
import { workOrderVolume, workOrderVolumeQuery } from './work-order-volume.ts';
import {
  authorizationQueue,
  authorizationQueueQuery,
  devicesPastGrace,
  devicesPastGraceQuery,
  insuranceExpiring,
  insuranceExpiringQuery,
  overdueFindings,
  overdueFindingsQuery,
  unauthorizedAttempts,
  unauthorizedAttemptsQuery,
  unlockCodesByState,
  unlockCodesByStateQuery,
} from './compliance.ts';
import { onTimeReporting, onTimeReportingQuery, reportingQueue, reportingQueueQuery } from './reporting.ts';
import { onboardingFunnel, onboardingFunnelQuery, wentLive, wentLiveQuery } from './onboarding.ts';
import type { StatsAnswers, StatsName, StatsTopic } from './types.ts';

/** One endpoint: whose topic it is, its query string and its answer to the parsed query. */
interface Endpoint<N extends StatsName, Q extends z.ZodType = z.ZodType> {
  topic: StatsTopic;
  query: Q;
  answer(db: Db, ctx: StatsContext, query: z.output<Q>): Promise<StatsAnswers[N]>;
}

/** An endpoint whose answer takes what its query schema parses. */
const endpoint = <N extends StatsName, Q extends z.ZodType>(topic: StatsTopic, query: Q, answer: Endpoint<N, Q>['answer']): Endpoint<N> => ({ topic, query, answer });

export interface StatsRouteOptions {
  /** The onboarding funnel's default stalled threshold (ONBOARDING_STALLED_DAYS). */
  stalledDays?: number;
}

/** The dashboards' aggregates, `GET /api/stats/<name>` (see ./types.ts for each answer and its parameters). */
export function registerStatsRoutes(app: App, db: Db, options: StatsRouteOptions = {}) {
  const stalledDays = options.stalledDays ?? onboardingStalledDays();
  const endpoints: { [N in StatsName]: Endpoint<N> } = {
    'ratings-trend': endpoint('regional', ratingsTrendQuery, ratingsTrend),
    'rating-distribution': endpoint('regional', ratingDistributionQuery, ratingDistribution),
    'falling-centers': endpoint('regional', fallingCentersQuery, fallingCenters),
    'audits-due': endpoint('regional', auditsDueQuery, auditsDue),
    'corrective-actions-age': endpoint('regional', correctiveActionsAgeQuery, correctiveActionsAge),
    'work-order-volume': endpoint('regional', workOrderVolumeQuery, workOrderVolume),
    'authorization-queue': endpoint('compliance', authorizationQueueQuery, authorizationQueue),
    'unauthorized-attempts': endpoint('compliance', unauthorizedAttemptsQuery, unauthorizedAttempts),
    'overdue-findings': endpoint('compliance', overdueFindingsQuery, overdueFindings),
    'insurance-expiring': endpoint('compliance', insuranceExpiringQuery, insuranceExpiring),
    'devices-past-grace': endpoint('compliance', devicesPastGraceQuery, devicesPastGrace),
    'unlock-codes-by-state': endpoint('compliance', unlockCodesByStateQuery, unlockCodesByState),
    'reporting-queue': endpoint('compliance', reportingQueueQuery, (d, ctx) => reportingQueue(d, ctx)),
    'on-time-reporting': endpoint('compliance', onTimeReportingQuery, onTimeReporting),
    'onboarding-funnel': endpoint('onboarding', onboardingFunnelQuery, (d, ctx, query) => onboardingFunnel(d, ctx, query, stalledDays)),
    'went-live': endpoint('onboarding', wentLiveQuery, wentLive),
  };
  for (const [name, endpoint] of Object.entries(endpoints) as [StatsName, Endpoint<StatsName>][]) {
    app.get(`/api/stats/${name}`, { schema: { querystring: endpoint.query } }, async (request) => {
      const user = userOf(request);
      assertAllowed(decide(user, endpoint.topic, 'stats'));
      return endpoint.answer(db, statsContext(user), request.query);
    });
  }
}
