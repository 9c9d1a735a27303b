import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { userOf } from '../auth/request-user.ts';
import { decide } from '../auth/policy.ts';
import { assertAllowed } from '../rest/authorize.ts';
import { onboardingStalledDays } from '../config.ts';
import { statsContext, type StatsContext } from './context.ts';
import { fallingCenters, ratingDistribution, ratingsTrend } from './ratings.ts';
import { auditsDue, correctiveActionsAge } from './audits.ts';
import { workOrderVolume } from './work-order-volume.ts';
import { authorizationQueue, devicesPastGrace, insuranceExpiring, overdueFindings, unauthorizedAttempts, unlockCodesByState } from './compliance.ts';
import { onboardingFunnel, wentLive } from './onboarding.ts';
import type { StatsAnswers, StatsName, StatsTopic } from './types.ts';

type Endpoint<N extends StatsName> = { topic: StatsTopic; answer: (db: Db, ctx: StatsContext, query: unknown) => Promise<StatsAnswers[N]> };

export interface StatsRouteOptions {
  /** The onboarding funnel's default stalled threshold (ONBOARDING_STALLED_DAYS). */
  stalledDays?: number;
}

/** The dashboards' aggregates, `GET /api/stats/<name>` (see ./types.ts for each answer and its parameters). */
export function registerStatsRoutes(app: FastifyInstance, db: Db, options: StatsRouteOptions = {}) {
  const stalledDays = options.stalledDays ?? onboardingStalledDays();
  const endpoints: { [N in StatsName]: Endpoint<N> } = {
    'ratings-trend': { topic: 'regional', answer: ratingsTrend },
    'rating-distribution': { topic: 'regional', answer: ratingDistribution },
    'falling-centers': { topic: 'regional', answer: fallingCenters },
    'audits-due': { topic: 'regional', answer: auditsDue },
    'corrective-actions-age': { topic: 'regional', answer: correctiveActionsAge },
    'work-order-volume': { topic: 'regional', answer: workOrderVolume },
    'authorization-queue': { topic: 'compliance', answer: authorizationQueue },
    'unauthorized-attempts': { topic: 'compliance', answer: unauthorizedAttempts },
    'overdue-findings': { topic: 'compliance', answer: overdueFindings },
    'insurance-expiring': { topic: 'compliance', answer: insuranceExpiring },
    'devices-past-grace': { topic: 'compliance', answer: devicesPastGrace },
    'unlock-codes-by-state': { topic: 'compliance', answer: unlockCodesByState },
    'onboarding-funnel': { topic: 'onboarding', answer: (d, ctx, query) => onboardingFunnel(d, ctx, query, stalledDays) },
    'went-live': { topic: 'onboarding', answer: wentLive },
  };
  for (const [name, endpoint] of Object.entries(endpoints) as [StatsName, Endpoint<StatsName>][]) {
    app.get(`/api/stats/${name}`, async (request) => {
      const user = userOf(request);
      assertAllowed(decide(user, endpoint.topic, 'stats'));
      return endpoint.answer(db, statsContext(user), request.query);
    });
  }
}
