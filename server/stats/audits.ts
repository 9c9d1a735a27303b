import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { addDaysToIsoDay } from '../dates.ts';
import { DEFAULT_PERIODS, periodFields, periodOf, regionField } from './params.ts';
import { wholeNumber } from '../rest/schemas.ts';
import { col, inScope, num } from './scope.ts';
import type { StatsContext } from './context.ts';
import type { AuditsDue, CorrectiveActionsAge } from './types.ts';

/** The query string of `auditsDue`. */
export const auditsDueQuery = z.strictObject({ ...periodFields, ...regionField, limit: wholeNumber(1, 1000).optional() });

export async function auditsDue(db: Db, ctx: StatsContext, q: z.output<typeof auditsDueQuery>): Promise<AuditsDue> {
  const period = periodOf(q, DEFAULT_PERIODS.thisQuarter(ctx.today));
  const dueFrom = period.from > ctx.today ? period.from : ctx.today;
  const overdue = sql<number>`case when ${col('l.nextAuditDue')} < ${ctx.today} then 1 else 0 end`;
  const rows = await db
    // Each center's latest submitted or closed audit, as latestAudits keeps it.
    .with('latest', (qb) => qb.selectFrom('latestAudits').selectAll().where(inScope(ctx.actor, 'audits', q.regionId)))
    .selectFrom('latest as l')
    .innerJoin('serviceCenters as sc', 'sc.id', 'l.serviceCenterId')
    .innerJoin('regions as rg', 'rg.id', 'sc.regionId')
    .select([
      'sc.id',
      'sc.name',
      'rg.name as regionName',
      'l.auditDate',
      'l.band',
      'l.nextAuditDue',
      overdue.as('overdue'),
      sql<number>`sum(${overdue}) over ()`.as('overdueCount'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('sc.onboardingStatus', '=', 'live')
    .where((eb) =>
      eb.or([eb('l.nextAuditDue', '<', ctx.today), eb.and([eb('l.nextAuditDue', '>=', dueFrom), eb('l.nextAuditDue', '<=', period.to)])]),
    )
    .orderBy('l.nextAuditDue')
    .orderBy('sc.name')
    .orderBy('sc.id')
    .limit(q.limit ?? 100)
    .execute();
  const total = rows.length ? num(rows[0].total) : 0;
  const overdueCount = rows.length ? num(rows[0].overdueCount) : 0;
  return {
    period,
    asOf: ctx.today,
    due: total - overdueCount,
    overdue: overdueCount,
    rows: rows.map((r) => ({
      serviceCenterId: r.id,
      name: r.name,
      regionName: r.regionName,
      lastAuditDate: r.auditDate,
      band: r.band,
      nextAuditDue: String(r.nextAuditDue),
      state: num(r.overdue) === 1 ? 'overdue' : 'due',
    })),
  };
}

/** Age buckets of open corrective actions, in days since the day they were opened. */
const AGE_BUCKETS = [
  { bucket: '0-30', minDays: 0, maxDays: 30 },
  { bucket: '31-60', minDays: 31, maxDays: 60 },
  { bucket: '61-90', minDays: 61, maxDays: 90 },
  { bucket: '91+', minDays: 91, maxDays: null },
] as const;

/** The query string of `correctiveActionsAge`. */
export const correctiveActionsAgeQuery = z.strictObject(regionField);

export async function correctiveActionsAge(db: Db, ctx: StatsContext, q: z.output<typeof correctiveActionsAgeQuery>): Promise<CorrectiveActionsAge> {
  // Opened on or after today − maxDays ⇔ at most maxDays old.
  const whens = AGE_BUCKETS.filter((b) => b.maxDays !== null).map(
    (b, i) => sql`when substr(${col('createdAt')}, 1, 10) >= ${addDaysToIsoDay(ctx.today, -b.maxDays!)} then ${sql.lit(i)}`,
  );
  const bucket = sql<number>`case ${sql.join(whens, sql` `)} else ${sql.lit(AGE_BUCKETS.length - 1)} end`;
  const counts = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('correctiveActions')
        .select([bucket.as('bucket'), sql<number>`case when ${col('dueDate')} < ${ctx.today} then 1 else 0 end`.as('overdue')])
        .where(inScope(ctx.actor, 'corrective-actions', q.regionId))
        .where('status', '=', 'open')
        .as('a'),
    )
    .select(['a.bucket', (eb) => eb.fn.countAll().as('open'), (eb) => eb.fn.sum('a.overdue').as('overdue')])
    .groupBy('a.bucket')
    .execute();
  const rows = AGE_BUCKETS.map((b, i) => {
    const c = counts.find((r) => num(r.bucket) === i);
    return { bucket: b.bucket, minDays: b.minDays, maxDays: b.maxDays, open: num(c?.open), overdue: num(c?.overdue) };
  });
  return {
    asOf: ctx.today,
    open: rows.reduce((a, r) => a + r.open, 0),
    overdue: rows.reduce((a, r) => a + r.overdue, 0),
    rows,
  };
}
