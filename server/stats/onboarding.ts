import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { PRE_LIVE_STATUSES } from '../resources/choices.ts';
import { daysBefore, daysSince } from '../dates.ts';
import { DEFAULT_PERIODS, monthsOf, periodBounds, periodFields, periodOf } from './params.ts';
import { wholeNumber } from '../rest/schemas.ts';
import { col, inScope, monthOf, num } from './scope.ts';
import type { StatsContext } from './context.ts';
import type { OnboardingFunnel, WentLive } from './types.ts';

const FUNNEL = [...PRE_LIVE_STATUSES, 'live'];

/** The query string of `onboardingFunnel`. */
export const onboardingFunnelQuery = z.strictObject({ stalledAfterDays: wholeNumber(1, 3650).optional() });

export async function onboardingFunnel(db: Db, ctx: StatsContext, q: z.output<typeof onboardingFunnelQuery>, defaultStalledDays: number): Promise<OnboardingFunnel> {
  const stalledAfterDays = q.stalledAfterDays ?? defaultStalledDays;
  // The board's rule: stalled when the whole days in the stage exceed the threshold.
  const stalledBy = daysBefore(ctx.now, stalledAfterDays + 1).toISOString();
  const centers = () => db.selectFrom('serviceCenters').where(inScope(ctx.actor, 'service-centers', undefined, 'id')).where('onboardingStatus', 'in', FUNNEL);
  const [counts, middles] = await Promise.all([
    centers()
      .select([
        'onboardingStatus',
        (eb) => eb.fn.countAll().as('centers'),
        sql<number>`sum(case when ${col('onboardingStatus')} <> 'live' and ${col('statusChangedAt')} <= ${stalledBy} then 1 else 0 end)`.as('stalled'),
      ])
      .groupBy('onboardingStatus')
      .execute(),
    // The median day in stage is today minus the median stage start: the middle one or two starts of each stage.
    db
      .selectFrom(
        centers()
          .select([
            'onboardingStatus',
            'statusChangedAt',
            sql<number>`row_number() over (partition by ${col('onboardingStatus')} order by ${col('statusChangedAt')})`.as('rn'),
            sql<number>`count(*) over (partition by ${col('onboardingStatus')})`.as('n'),
          ])
          .where('onboardingStatus', '<>', 'live')
          .where('statusChangedAt', 'is not', null)
          .as('s'),
      )
      .select(['s.onboardingStatus', 's.statusChangedAt'])
      .where((eb) => eb.or([eb('s.rn', '=', sql<number>`(${col('s.n')} + 1) / 2`), eb('s.rn', '=', sql<number>`(${col('s.n')} + 2) / 2`)]))
      .execute(),
  ]);
  return {
    asOf: ctx.today,
    stalledAfterDays,
    rows: FUNNEL.map((status) => {
      const c = counts.find((r) => r.onboardingStatus === status);
      const mids = middles.filter((m) => m.onboardingStatus === status).map((m) => daysSince(String(m.statusChangedAt), ctx.now));
      return {
        status,
        centers: num(c?.centers),
        medianDaysInStage: mids.length ? mids.reduce((a, b) => a + b, 0) / mids.length : null,
        stalled: num(c?.stalled),
      };
    }),
  };
}

/** The query string of `wentLive`. */
export const wentLiveQuery = z.strictObject(periodFields);

export async function wentLive(db: Db, ctx: StatsContext, q: z.output<typeof wentLiveQuery>): Promise<WentLive> {
  const period = periodOf(q, DEFAULT_PERIODS.lastTwelveMonths(ctx.today));
  const { start, end } = periodBounds(period);
  const counts = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('serviceCenters')
        .select(monthOf('wentLiveAt').as('month'))
        .where(inScope(ctx.actor, 'service-centers', undefined, 'id'))
        .where('wentLiveAt', '>=', start)
        .where('wentLiveAt', '<', end)
        .as('c'),
    )
    .select(['c.month', (eb) => eb.fn.countAll().as('centers')])
    .groupBy('c.month')
    .execute();
  const rows = monthsOf(period).map((month) => ({ month, centers: num(counts.find((c) => c.month === month)?.centers) }));
  return { period, total: rows.reduce((a, r) => a + r.centers, 0), rows };
}
