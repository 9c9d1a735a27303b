import { sql } from 'kysely';
import { WALK_IN_TYPES } from '../../resources/choices.ts';
import type { Transaction } from '../database.ts';
import { createSummaryTable, createSummaryTrigger, type SummaryTrigger } from './triggers.ts';

/**
 * Work orders per center and day scheduled (`substr(scheduledAt, 1, 10)`), with running totals:
 * each row holds the center's counts of that day and its counts of every day up to that one.
 * A center's work orders in any period of days are then the difference of two running totals
 * (the last row before the period's end, the last before its start): two lookups per center
 * instead of a scan of the period's work orders. Kept by triggers on `workOrders`.
 */
export const WORK_ORDER_DAYS = 'workOrderDays';

/** The definition the summary is built from (rebuilt when it changes). */
export const workOrderDaysDefinition = `v1:${WALK_IN_TYPES.join(',')}`;

/** What a work order adds to its day: one work order, completed or not, walk-in or not. */
const COUNTS = [
  { day: 'workOrders', upTo: 'workOrdersUpTo', of: () => sql`1` },
  { day: 'completed', upTo: 'completedUpTo', of: (row: Row) => sql`case when ${col(row, 'status')} = 'completed' then 1 else 0 end` },
  { day: 'walkIns', upTo: 'walkInsUpTo', of: (row: Row) => sql`case when ${col(row, 'type')} in (${sql.join(WALK_IN_TYPES.map((type) => sql.lit(type)))}) then 1 else 0 end` },
] as const;

/** The row a trigger sees (`new`, `old`), or the table's own rows when the summary is built. */
type Row = 'new' | 'old' | 'workOrders';
const col = (row: Row, column: string) => sql`${sql.raw(row === 'workOrders' ? '"workOrders"' : row)}.${sql.ref(column)}`;
const dayOf = (row: Row) => sql`substr(${col(row, 'scheduledAt')}, 1, 10)`;
const counted = (row: Row) => sql`${col(row, 'serviceCenterId')} is not null and ${col(row, 'scheduledAt')} is not null`;
const table = sql.table(WORK_ORDER_DAYS);

/** Adds (+1) or removes (-1) a work order's counts: on its day, and on the running totals of its day and the center's later days. */
function apply(row: 'new' | 'old', sign: 1 | -1) {
  const center = col(row, 'serviceCenterId');
  const day = dayOf(row);
  const open = sql`insert into ${table} ("serviceCenterId", "day", ${sql.join(COUNTS.map((c) => sql.ref(c.day)))}, ${sql.join(COUNTS.map((c) => sql.ref(c.upTo)))})
    select ${center}, ${day}, 0, 0, 0, ${sql.join(
    COUNTS.map((c) => sql`coalesce((select ${sql.ref(c.upTo)} from ${table} where "serviceCenterId" = ${center} and "day" < ${day} order by "day" desc limit 1), 0)`),
  )} where ${counted(row)} on conflict do nothing`;
  const change = sql`update ${table} set ${sql.join(
    COUNTS.flatMap((c) => [
      sql`${sql.ref(c.day)} = ${sql.ref(c.day)} + case when "day" = ${day} then ${sql.lit(sign)} * ${c.of(row)} else 0 end`,
      sql`${sql.ref(c.upTo)} = ${sql.ref(c.upTo)} + ${sql.lit(sign)} * ${c.of(row)}`,
    ]),
  )} where "serviceCenterId" = ${center} and "day" >= ${day} and ${counted(row)}`;
  const close = sql`delete from ${table} where "serviceCenterId" = ${center} and "day" = ${day} and "workOrders" = 0`;
  return sign === 1 ? [open, change] : [change, close];
}

/** The work order counts differently after the update: another center or day, completed or not, walk-in or not. */
const moved = sql`(${sql.join(
  [sql`new."serviceCenterId" is distinct from old."serviceCenterId"`, sql`${dayOf('new')} is distinct from ${dayOf('old')}`, ...COUNTS.slice(1).map((c) => sql`${c.of('new')} <> ${c.of('old')}`)],
  sql` or `,
)})`;

const LOCK = 1;
const triggers = (): SummaryTrigger[] => [
  { name: 'workOrders_days_insert', table: 'workOrders', timing: 'after', event: 'insert', when: counted('new'), lock: { key: LOCK, ids: [col('new', 'serviceCenterId')] }, body: apply('new', 1) },
  { name: 'workOrders_days_delete', table: 'workOrders', timing: 'after', event: 'delete', when: counted('old'), lock: { key: LOCK, ids: [col('old', 'serviceCenterId')] }, body: apply('old', -1) },
  {
    name: 'workOrders_days_update',
    table: 'workOrders',
    timing: 'after',
    event: 'update',
    of: ['serviceCenterId', 'scheduledAt', 'status', 'type'],
    when: moved,
    lock: { key: LOCK, ids: [col('old', 'serviceCenterId'), col('new', 'serviceCenterId')] },
    body: [...apply('old', -1), ...apply('new', 1)],
  },
];

/** (Re)creates the summary from the work orders and the triggers keeping it. */
export async function buildWorkOrderDays(trx: Transaction): Promise<void> {
  await createSummaryTable(
    trx,
    WORK_ORDER_DAYS,
    sql`"serviceCenterId" integer not null, "day" text not null, ${sql.join(COUNTS.flatMap((c) => [sql`${sql.ref(c.day)} integer not null`, sql`${sql.ref(c.upTo)} integer not null`]))}`,
    ['serviceCenterId', 'day'],
  );
  const perDay = sql`select "serviceCenterId", substr("scheduledAt", 1, 10) as "day", ${sql.join(COUNTS.map((c) => sql`sum(${c.of('workOrders')}) as ${sql.ref(c.day)}`))}
    from "workOrders" where "serviceCenterId" is not null and "scheduledAt" is not null group by "serviceCenterId", substr("scheduledAt", 1, 10)`;
  await sql`insert into ${table} ("serviceCenterId", "day", ${sql.join(COUNTS.flatMap((c) => [sql.ref(c.day), sql.ref(c.upTo)]))})
    select "serviceCenterId", "day", ${sql.join(COUNTS.flatMap((c) => [sql.ref(c.day), sql`sum(${sql.ref(c.day)}) over (partition by "serviceCenterId" order by "day")`]))}
    from (${perDay}) as "perDay"`.execute(trx);
  for (const trigger of triggers()) await createSummaryTrigger(trx, trigger);
}
