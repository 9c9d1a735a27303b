import { sql, type RawBuilder } from 'kysely';
import type { Transaction } from '../database.ts';
import { createSummaryTable, createSummaryTrigger, type SummaryTrigger } from './triggers.ts';

/**
 * The ratings in force at each month's end, per region, as changes: a row (region, month) holds
 * how much the sum of the region's ratings in force (and the number of its centers rated) changed
 * at the end of that month against the end of the month before. The ratings in force at the end
 * of a month are then the sum of the changes up to that month: a few rows per region, however
 * long the history. A center's rating in force at a month's end is its latest rating computed
 * before then (by computedAt, then id), however long before; one without a score counts for
 * nothing (and the center is not counted). Scores are kept in units of 1/10,000 (whole numbers,
 * so that the sums stay exact). Kept by triggers on `ratings` and on the centers' region.
 */
export const RATING_TREND = 'ratingTrend';

/** Units of a score in `scoreUnits`. */
export const SCORE_UNITS = 10_000;

export const ratingTrendDefinition = `v1:${SCORE_UNITS}`;

type Sql = RawBuilder<unknown>;
type Row = 'new' | 'old';
const col = (row: Row, column: string) => sql`${sql.raw(row)}.${sql.ref(column)}`;
/** A score in units (0 for none), and whether there is one (1 or 0): what a rating adds to the sums. */
export const scoreUnitsOf = (score: Sql) => sql<number>`case when ${score} is null then 0 else cast(round(${score} * ${sql.lit(SCORE_UNITS)}) as bigint) end`;
export const ratedOf = (score: Sql) => sql<number>`case when ${score} is null then 0 else 1 end`;
const counted = (row: Row) => sql`${col(row, 'serviceCenterId')} is not null and ${col(row, 'computedAt')} is not null`;
const table = sql.table(RATING_TREND);

/** Appended to a month `YYYY-MM`, sorts after every instant of that month and before the next month ('~' after every character of an ISO date-time). */
const PAST_MONTH = '~';
/** A bound past every instant of a month `YYYY-MM` (and before the next month). */
export const pastMonth = (month: string) => `${month}${PAST_MONTH}`;
const monthOf = (computedAt: Sql) => sql`substr(${computedAt}, 1, 7)`;
const endOfMonthOf = (computedAt: Sql) => sql`(${monthOf(computedAt)} || ${sql.lit(PAST_MONTH)})`;

const addChanges = (select: Sql) =>
  sql`insert into ${table} ("regionId", "month", "scoreUnits", "centers") ${select}
    on conflict ("regionId", "month") do update set "scoreUnits" = ${table}."scoreUnits" + excluded."scoreUnits", "centers" = ${table}."centers" + excluded."centers"`;

/**
 * What adding (+1) or removing (-1) the rating `row` changes, the table holding it: if it is its
 * center's latest rating up to the end of its month, the month's rating in force goes from the
 * rating just before it to it, until the next month the center was rated in.
 */
function apply(row: Row, sign: 1 | -1): Sql {
  const center = col(row, 'serviceCenterId');
  const at = col(row, 'computedAt');
  const id = col(row, 'id');
  const later = sql`select 1 from "ratings" as "r" where "r"."serviceCenterId" = ${center} and "r"."computedAt" < ${endOfMonthOf(at)}
    and ("r"."computedAt" > ${at} or ("r"."computedAt" = ${at} and "r"."id" > ${id}))`;
  const previous = sql`(select "r"."score" from "ratings" as "r" where "r"."serviceCenterId" = ${center}
    and ("r"."computedAt" < ${at} or ("r"."computedAt" = ${at} and "r"."id" < ${id})) order by "r"."computedAt" desc, "r"."id" desc limit 1)`;
  const nextMonth = sql`(select ${monthOf(sql`"r"."computedAt"`)} from "ratings" as "r" where "r"."serviceCenterId" = ${center} and "r"."computedAt" > ${endOfMonthOf(at)} order by "r"."computedAt" limit 1)`;
  const scoreChange = sql`${sql.lit(sign)} * (${scoreUnitsOf(col(row, 'score'))} - ${scoreUnitsOf(previous)})`;
  const centersChange = sql`${sql.lit(sign)} * (${ratedOf(col(row, 'score'))} - ${ratedOf(previous)})`;
  return addChanges(sql`select "regionId", "month", "scoreUnits", "centers" from (
      select "sc"."regionId", ${monthOf(at)} as "month", ${scoreChange} as "scoreUnits", ${centersChange} as "centers" from "serviceCenters" as "sc" where "sc"."id" = ${center}
      union all
      select "sc"."regionId", ${nextMonth}, -(${scoreChange}), -(${centersChange}) from "serviceCenters" as "sc" where "sc"."id" = ${center} and ${nextMonth} is not null
    ) as "change" where not exists (${later}) and "regionId" is not null and ("scoreUnits" <> 0 or "centers" <> 0)`);
}

/** Each center's changes (`centers` of the rows filtered by `where`): per month rated, its last rating that month against the one before. */
const changesOf = (where: Sql) => sql`select "serviceCenterId", "month",
    "u" - coalesce(lag("u") over (partition by "serviceCenterId" order by "month"), 0) as "scoreUnits",
    "n" - coalesce(lag("n") over (partition by "serviceCenterId" order by "month"), 0) as "centers"
  from (select "serviceCenterId", ${monthOf(sql.ref('computedAt'))} as "month", ${scoreUnitsOf(sql.ref('score'))} as "u", ${ratedOf(sql.ref('score'))} as "n",
      row_number() over (partition by "serviceCenterId", ${monthOf(sql.ref('computedAt'))} order by "computedAt" desc, "id" desc) as "rn"
    from "ratings" where "computedAt" is not null and "serviceCenterId" is not null and ${where}) as "rated"
  where "rn" = 1`;

/** Moves a center's changes from one region to another (sign -1: out of `region`, +1: into it). */
const moveCenter = (region: Sql, sign: 1 | -1) =>
  addChanges(sql`select ${region}, "month", ${sql.lit(sign)} * "scoreUnits", ${sql.lit(sign)} * "centers" from (${changesOf(sql`"serviceCenterId" = new."id"`)}) as "changes"
    where ${region} is not null and ("scoreUnits" <> 0 or "centers" <> 0)`);

const changed = sql`(${sql.join(
  ['serviceCenterId', 'computedAt', 'score'].map((column) => sql`new.${sql.ref(column)} is distinct from old.${sql.ref(column)}`),
  sql` or `,
)})`;
const LOCK = 2;
const both = [col('old', 'serviceCenterId'), col('new', 'serviceCenterId')];
const of = ['serviceCenterId', 'computedAt', 'score'];

// An update is the old rating removed (before it, while the table holds it), then the new one added.
const triggers = (): SummaryTrigger[] => [
  { name: 'ratings_trend_insert', table: 'ratings', timing: 'after', event: 'insert', when: counted('new'), lock: { key: LOCK, ids: [col('new', 'serviceCenterId')] }, body: [apply('new', 1)] },
  { name: 'ratings_trend_delete', table: 'ratings', timing: 'before', event: 'delete', when: counted('old'), lock: { key: LOCK, ids: [col('old', 'serviceCenterId')] }, body: [apply('old', -1)] },
  { name: 'ratings_trend_update_old', table: 'ratings', timing: 'before', event: 'update', of, when: sql`${changed} and ${counted('old')}`, lock: { key: LOCK, ids: both }, body: [apply('old', -1)] },
  { name: 'ratings_trend_update_new', table: 'ratings', timing: 'after', event: 'update', of, when: sql`${changed} and ${counted('new')}`, lock: { key: LOCK, ids: both }, body: [apply('new', 1)] },
  {
    name: 'serviceCenters_trend_region',
    table: 'serviceCenters',
    timing: 'after',
    event: 'update',
    of: ['regionId'],
    when: sql`new."regionId" is distinct from old."regionId"`,
    lock: { key: LOCK, ids: [col('new', 'id')] },
    body: [moveCenter(col('old', 'regionId'), -1), moveCenter(col('new', 'regionId'), 1)],
  },
];

/** (Re)creates the summary from the ratings and the triggers keeping it. */
export async function buildRatingTrend(trx: Transaction): Promise<void> {
  await createSummaryTable(trx, RATING_TREND, sql`"regionId" integer not null, "month" text not null, "scoreUnits" bigint not null, "centers" integer not null`, ['regionId', 'month']);
  await sql`insert into ${table} ("regionId", "month", "scoreUnits", "centers")
    select "sc"."regionId", "c"."month", sum("c"."scoreUnits"), sum("c"."centers") from (${changesOf(sql`1 = 1`)}) as "c"
    join "serviceCenters" as "sc" on "sc"."id" = "c"."serviceCenterId"
    where "sc"."regionId" is not null group by "sc"."regionId", "c"."month" having sum("c"."scoreUnits") <> 0 or sum("c"."centers") <> 0`.execute(trx);
  for (const trigger of triggers()) await createSummaryTrigger(trx, trigger);
}
