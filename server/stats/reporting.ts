import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { addDaysToIsoDay } from '../dates.ts';
import { DEFAULT_PERIODS, monthsOf, periodFields, periodOf } from './params.ts';
import { col, inScope, monthOf, num } from './scope.ts';
import type { StatsContext } from './context.ts';
import type { OnTimeReporting, ReportingQueue } from './types.ts';

const HOUR_MS = 3_600_000;
/** Obligations not reported yet (the stored status may lag the deadline by one run of the job: the queue reads dueAt). */
const UNREPORTED = ['open', 'overdue'];

/** The query string of `reportingQueue`. */
export const reportingQueueQuery = z.strictObject({});

/** What compliance must report: overdue, due by the end of today (UTC), due within 24 hours. */
export async function reportingQueue(db: Db, ctx: StatsContext): Promise<ReportingQueue> {
  const now = ctx.now.toISOString();
  const endOfToday = `${addDaysToIsoDay(ctx.today, 1)}T00:00:00.000Z`;
  const in24h = new Date(ctx.now.getTime() + 24 * HOUR_MS).toISOString();
  const unreported = () => db.selectFrom('reportingObligations').where(inScope(ctx.actor, 'reporting-obligations')).where('status', 'in', UNREPORTED);
  const count = async (from: string | null, to: string) => {
    let query = unreported().where('dueAt', '<', to);
    if (from) query = query.where('dueAt', '>=', from);
    return num((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  };
  const [overdue, dueToday, dueWithin24h] = await Promise.all([count(null, now), count(now, endOfToday), count(now, in24h)]);
  return { asOf: now, endOfToday, in24h, overdue, dueToday, dueWithin24h };
}

/** The query string of `onTimeReporting`. */
export const onTimeReportingQuery = z.strictObject(periodFields);

/**
 * Of the obligations due in each month of the period whose deadline has passed, by state: how many
 * were reported by their deadline; the rest (reported late, or overdue) lower the rate.
 */
export async function onTimeReporting(db: Db, ctx: StatsContext, q: z.output<typeof onTimeReportingQuery>): Promise<OnTimeReporting> {
  const period = periodOf(q, DEFAULT_PERIODS.lastTwelveMonths(ctx.today));
  const now = ctx.now.toISOString();
  const end = `${addDaysToIsoDay(period.to, 1)}T00:00:00.000Z`;
  const rows = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('reportingObligations')
        .where(inScope(ctx.actor, 'reporting-obligations'))
        .where('dueAt', '>=', period.from)
        .where('dueAt', '<', end < now ? end : now)
        .select([
          'jurisdictionId',
          monthOf('dueAt').as('month'),
          sql<number>`case when ${col('reportedAt')} is not null and ${col('reportedAt')} <= ${col('dueAt')} then 1 else 0 end`.as('onTime'),
        ])
        .as('o'),
    )
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdictionId')
    .select(['o.month', 'j.id', 'j.code', (eb) => eb.fn.countAll().as('due'), (eb) => eb.fn.sum('o.onTime').as('onTime')])
    .groupBy(['o.month', 'j.id', 'j.code'])
    .orderBy('o.month')
    .orderBy('j.code')
    .execute();
  const result = rows.map((r) => ({ month: r.month, jurisdictionId: r.id, code: r.code, due: num(r.due), onTime: num(r.onTime), rate: num(r.onTime) / num(r.due) }));
  return { period, months: monthsOf(period), states: [...new Set(result.map((r) => r.code))].sort(), rows: result };
}
