import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { TIMED_WALK_IN } from '../db/summaries/indexes.ts';
import { WORK_ORDER_DAYS } from '../db/summaries/work-order-days.ts';
import { WALK_IN_TARGET_MINUTES } from '../rules/work-orders/rules.ts';
import { DEFAULT_PERIODS, periodBounds, periodFields, periodOf, regionField } from './params.ts';
import { wholeNumber } from '../rest/schemas.ts';
import { col, inScope, num, numOrNull, round } from './scope.ts';
import type { StatsContext } from './context.ts';
import type { WorkOrderVolume } from './types.ts';

/** Minutes since midnight of an ISO date-time `YYYY-MM-DDTHH:MM:SS…` (UTC), from its digits. */
const minuteOfDay = (column: string) =>
  sql<number>`(cast(substr(${col(column)}, 12, 2) as integer) * 60 + cast(substr(${col(column)}, 15, 2) as integer) + cast(substr(${col(column)}, 18, 2) as integer) / 60.0)`;

/**
 * Minutes from start to end of a walk-in, with the digits of the stored ISO date-times (no
 * database-specific date functions). A walk-in takes minutes, so an end on another day than the
 * start is taken to be the next day (walk-ins around UTC midnight are US evenings).
 */
const walkInMinutes: RawBuilder<number> = sql<number>`(case when substr(${col('completedAt')}, 1, 10) = substr(${col('startedAt')}, 1, 10) then 0 else 1440 end + ${minuteOfDay('completedAt')} - ${minuteOfDay('startedAt')})`;

/** The query string of `workOrderVolume`. */
export const workOrderVolumeQuery = z.strictObject({ ...periodFields, ...regionField, limit: wholeNumber(1, 100).optional() });

/**
 * A center's running total of a count of `workOrderDays` on its last day before `bound` (0 without
 * one): its work orders scheduled before that day. One lookup of the summary's key.
 */
const upTo = (center: string, column: string, bound: string) =>
  sql<number>`coalesce((select ${sql.ref(column)} from ${sql.table(WORK_ORDER_DAYS)} as "d" where "d"."serviceCenterId" = ${col(center)} and "d"."day" < ${bound} order by "d"."day" desc limit 1), 0)`;
/** A center's count of the period: the running total before its end less the one before its start. */
const inPeriodOf = (center: string, column: string, { start, end }: { start: string; end: string }) => sql<number>`(${upTo(center, column, end)} - ${upTo(center, column, start)})`;

export async function workOrderVolume(db: Db, ctx: StatsContext, q: z.output<typeof workOrderVolumeQuery>): Promise<WorkOrderVolume> {
  const period = periodOf(q, DEFAULT_PERIODS.lastThirtyDays(ctx.today));
  const bounds = periodBounds(period);
  const rows = await db
    // Each center's work orders in the period, from the running totals of workOrderDays (two lookups per center) ...
    .with(
      (cte) => cte('counts').materialized(),
      (qb) =>
        qb
          .selectFrom(db.selectFrom('serviceCenters').select('id as serviceCenterId').as('c'))
          .where(inScope(ctx.actor, 'work-orders', q.regionId))
          .select(['c.serviceCenterId', inPeriodOf('c.serviceCenterId', 'workOrdersUpTo', bounds).as('workOrders')]),
    )
    // ... the busiest centers (and how many had any) ...
    .with(
      (cte) => cte('per').materialized(),
      (qb) =>
        qb
          .selectFrom('counts as c')
          .select(['c.serviceCenterId', 'c.workOrders', sql<number>`count(*) over ()`.as('total')])
          .where('c.workOrders', '>', 0)
          .orderBy('c.workOrders', 'desc')
          .orderBy('c.serviceCenterId')
          .limit(q.limit ?? 10),
    )
    // ... then the durations of those centers' timed walk-ins only, from the partial index of timed
    // walk-ins by center and time (no work order's row is read).
    .with(
      (cte) => cte('timed').materialized(),
      (qb) =>
        qb
          .selectFrom('workOrders')
          .where(inScope(ctx.actor, 'work-orders', q.regionId))
          .where('scheduledAt', '>=', bounds.start)
          .where('scheduledAt', '<', bounds.end)
          .where(TIMED_WALK_IN)
          .where('serviceCenterId', 'in', qb.selectFrom('per').select('serviceCenterId'))
          .select(['serviceCenterId', walkInMinutes.as('minutes')]),
    )
    .with('durations', (qb) =>
      qb
        .selectFrom('timed')
        .select([
          'serviceCenterId',
          (eb) => eb.fn.count('minutes').as('timed'),
          (eb) => eb.fn.avg('minutes').as('average'),
          sql<number>`sum(case when ${col('minutes')} > ${WALK_IN_TARGET_MINUTES} then 1 else 0 end)`.as('over'),
        ])
        .groupBy('serviceCenterId'),
    )
    // The median: the middle one (odd count) or the two middle ones (even) of each center's sorted durations.
    .with('ordered', (qb) =>
      qb
        .selectFrom('timed')
        .select([
          'serviceCenterId',
          'minutes',
          sql<number>`row_number() over (partition by ${col('serviceCenterId')} order by ${col('minutes')})`.as('rn'),
          sql<number>`count(*) over (partition by ${col('serviceCenterId')})`.as('n'),
        ]),
    )
    .with('medians', (qb) =>
      qb
        .selectFrom('ordered')
        .select(['serviceCenterId', (eb) => eb.fn.avg('minutes').as('median')])
        .where((eb) => eb.or([eb('rn', '=', sql<number>`(${col('n')} + 1) / 2`), eb('rn', '=', sql<number>`(${col('n')} + 2) / 2`)]))
        .groupBy('serviceCenterId'),
    )
    .selectFrom('per as p')
    .innerJoin('serviceCenters as sc', 'sc.id', 'p.serviceCenterId')
    .innerJoin('regions as rg', 'rg.id', 'sc.regionId')
    .leftJoin('durations as d', 'd.serviceCenterId', 'p.serviceCenterId')
    .leftJoin('medians as m', 'm.serviceCenterId', 'p.serviceCenterId')
    .select([
      'p.serviceCenterId',
      'sc.name',
      'rg.name as regionName',
      'p.workOrders',
      // the other counts of the busiest centers only
      inPeriodOf('p.serviceCenterId', 'completedUpTo', bounds).as('completed'),
      inPeriodOf('p.serviceCenterId', 'walkInsUpTo', bounds).as('walkIns'),
      'd.timed',
      'd.average',
      'd.over',
      'p.total',
      'm.median',
    ])
    .orderBy('p.workOrders', 'desc')
    .orderBy('p.serviceCenterId')
    .execute();
  return {
    period,
    total: rows.length ? num(rows[0].total) : 0,
    rows: rows.map((r) => {
      const timedCount = num(r.timed);
      const average = numOrNull(r.average);
      const median = numOrNull(r.median);
      return {
        serviceCenterId: r.serviceCenterId,
        name: r.name,
        regionName: r.regionName,
        workOrders: num(r.workOrders),
        completed: num(r.completed),
        walkIns: num(r.walkIns),
        timedWalkIns: timedCount,
        averageWalkInMinutes: average === null ? null : round(average, 1),
        medianWalkInMinutes: median === null ? null : round(median, 1),
        walkInsOver5Minutes: num(r.over),
        over5MinutesShare: timedCount ? round(num(r.over) / timedCount, 3) : null,
      };
    }),
  };
}
