import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { RATING_METHODOLOGY } from '../../audits/index.ts';
import { badRequest } from '../rest/errors.ts';
import { DEFAULT_PERIODS, monthsOf, periodBounds, periodFields, periodOf, regionField } from './params.ts';
import { wholeNumber } from '../rest/schemas.ts';
import { col, inScope, monthOf, num, numOrNull, round, wholeRegionsOf } from './scope.ts';
import { SCORE_UNITS, pastMonth, ratedOf, scoreUnitsOf } from '../db/summaries/rating-trend.ts';
import type { StatsContext } from './context.ts';
import type { FallingCenters, RatingDistribution, RatingsTrend } from './types.ts';

/** Each center's last rating computed in each month of the period (rn = 1), in the actor's scope: its sparkline. */
function monthlyRatings(db: Db, ctx: StatsContext, start: string, end: string, regionId?: number) {
  return db
    .selectFrom('ratings')
    .select([
      'serviceCenterId',
      'score',
      monthOf('computedAt').as('month'),
      sql<number>`row_number() over (partition by ${col('serviceCenterId')}, substr(${col('computedAt')}, 1, 7) order by ${col('computedAt')} desc, ${col('id')} desc)`.as('rn'),
    ])
    .where(inScope(ctx.actor, 'ratings', regionId))
    .where('computedAt', '>=', start)
    .where('computedAt', '<', end)
    .where('score', 'is not', null);
}

/**
 * The months of a period with the instant each ends (the 1st of the next month, or the day after
 * the period's last day), as a portable SELECT … UNION ALL list.
 */
function monthEnds(db: Db, months: string[], periodEnd: string) {
  const row = (i: number) =>
    db.selectNoFrom([
      sql<string>`cast(${months[i]} as text)`.as('month'),
      sql<string>`cast(${i + 1 < months.length ? `${months[i + 1]}-01` : periodEnd} as text)`.as('endsAt'),
    ]);
  return months.slice(1).reduce((query, _, i) => query.unionAll(row(i + 1)), row(0));
}

/** The centers whose ratings the actor reads (narrowed to a region), as `serviceCenterId`. */
const centersInScope = (db: Db, ctx: StatsContext, regionId?: number) =>
  db
    .selectFrom(db.selectFrom('serviceCenters').select(['id as serviceCenterId', 'onboardingStatus']).as('c'))
    .where(inScope(ctx.actor, 'ratings', regionId))
    .select('c.serviceCenterId');

/** A center's score (of its ratings `where`), the first or the last by computedAt then id: one step into the ratings_inForce index. */
const ratingOf = (where: RawBuilder<boolean>, order: 'asc' | 'desc') =>
  sql<number | null>`(select "r"."score" from "ratings" as "r" where "r"."serviceCenterId" = "c"."serviceCenterId" and ${where}
    order by "r"."computedAt" ${sql.raw(order)}, "r"."id" ${sql.raw(order)} limit 1)`;

/** The rating in force at an instant: the latest computed before it (its score may be null). */
const inForceAt = (instant: RawBuilder<string> | string) => ratingOf(sql<boolean>`"r"."computedAt" < ${instant}`, 'desc');

/** Each center's rating in force at each month's end (`score` null when none or without a score), by lookups of the ratings index. */
function inForceByCenter(db: Db, ctx: StatsContext, months: string[], end: string, regionId?: number) {
  return db
    .with('monthEnds', () => monthEnds(db, months, end))
    .with('c', () => centersInScope(db, ctx, regionId))
    .with(
      (cte) => cte('inForce').materialized(),
      (qb) => qb.selectFrom(['monthEnds as me', 'c']).select(['me.month', 'c.serviceCenterId', inForceAt(sql<string>`${col('me.endsAt')}`).as('score')]),
    )
    .selectFrom('inForce as m')
    .innerJoin('serviceCenters as sc', 'sc.id', 'm.serviceCenterId')
    .where('m.score', 'is not', null);
}

/**
 * The ratings in force per region at each month's end, from the maintained changes of ratingTrend
 * (summed up to each month). The last month ends with the period: the centers rated between its
 * end and the month's end count with their rating in force at the period's end instead.
 */
async function inForceByRegion(db: Db, regions: 'all' | number[], months: string[], end: string) {
  const last = months[months.length - 1];
  const endOfLast = pastMonth(last);
  if (regions !== 'all' && regions.length === 0) return [];
  const changes = await db
    .selectFrom('ratingTrend')
    .select(['regionId', 'month', 'scoreUnits', 'centers'])
    .where('month', '<=', last)
    .$if(regions !== 'all', (qb) => qb.where('regionId', 'in', regions as number[]))
    .orderBy('regionId')
    .orderBy('month')
    .execute();
  const rated = db.selectFrom('ratings').select('serviceCenterId').distinct().where('computedAt', '>=', end).where('computedAt', '<', endOfLast);
  const corrections = await db
    .selectFrom(rated.as('c'))
    .innerJoin('serviceCenters as sc', 'sc.id', 'c.serviceCenterId')
    .select([
      'sc.regionId',
      sql<number>`${scoreUnitsOf(inForceAt(end))} - ${scoreUnitsOf(inForceAt(endOfLast))}`.as('scoreUnits'),
      sql<number>`${ratedOf(inForceAt(end))} - ${ratedOf(inForceAt(endOfLast))}`.as('centers'),
    ])
    .$if(regions !== 'all', (qb) => qb.where('sc.regionId', 'in', regions as number[]))
    .execute();
  const sums = new Map<number, { month: string; scoreUnits: number; centers: number }[]>();
  for (const change of changes) {
    const list = sums.get(change.regionId) ?? [];
    const before = list[list.length - 1] ?? { scoreUnits: 0, centers: 0 };
    list.push({ month: change.month, scoreUnits: before.scoreUnits + num(change.scoreUnits), centers: before.centers + num(change.centers) });
    sums.set(change.regionId, list);
  }
  const points: { month: string; regionId: number; scoreUnits: number; centers: number }[] = [];
  for (const [regionId, list] of sums) {
    for (const month of months) {
      const at = list.findLast((sum) => sum.month <= month) ?? { scoreUnits: 0, centers: 0 };
      const fix = month === last ? corrections.filter((c) => c.regionId === regionId) : [];
      points.push({
        month,
        regionId,
        scoreUnits: at.scoreUnits + fix.reduce((total, c) => total + num(c.scoreUnits), 0),
        centers: at.centers + fix.reduce((total, c) => total + num(c.centers), 0),
      });
    }
  }
  return points.filter((point) => point.centers > 0);
}

/** The query string of `ratingsTrend`. */
export const ratingsTrendQuery = z.strictObject({ ...periodFields, ...regionField, by: z.enum(['region', 'center']).optional() });

export async function ratingsTrend(db: Db, ctx: StatsContext, q: z.output<typeof ratingsTrendQuery>): Promise<RatingsTrend> {
  const period = periodOf(q, DEFAULT_PERIODS.lastTwelveMonths(ctx.today));
  const by = q.by ?? 'region';
  // Only a regional manager has a region: theirs is the default.
  const regionId = q.regionId ?? (by === 'center' ? (ctx.actor.regionId ?? undefined) : undefined);
  if (by === 'center' && regionId === undefined) throw badRequest('Choose a region to see its centers', { regionId: 'Required with by=center' });
  const months = monthsOf(period);
  const { end } = periodBounds(period);
  // Each center's rating in force at the end of each month: its latest computed before then
  // (however long before). Per region from the maintained changes when the actor reads whole regions.
  const regions = by === 'region' ? wholeRegionsOf(ctx.actor, 'ratings', regionId) : null;
  const rows = regions
    ? await regionPoints(db, regions, months, end)
    : by === 'region'
      ? await inForceByCenter(db, ctx, months, end, regionId)
          .innerJoin('regions as rg', 'rg.id', 'sc.regionId')
          .select(['m.month', 'rg.id as id', 'rg.name as name', (eb) => eb.fn.avg('m.score').as('average'), (eb) => eb.fn.countAll().as('centers')])
          .groupBy(['m.month', 'rg.id', 'rg.name'])
          .orderBy('m.month')
          .orderBy('rg.name')
          .orderBy('rg.id')
          .execute()
      : await inForceByCenter(db, ctx, months, end, regionId)
          .select(['m.month', 'sc.id as id', 'sc.name as name', (eb) => eb.fn.avg('m.score').as('average'), (eb) => eb.fn.countAll().as('centers')])
          .groupBy(['m.month', 'sc.id', 'sc.name'])
          .orderBy('m.month')
          .orderBy('sc.name')
          .orderBy('sc.id')
          .execute();
  const series = new Map<number, string>();
  for (const r of rows) series.set(r.id, r.name);
  return {
    period,
    by,
    months,
    series: [...series].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id),
    rows: rows.map((r) => ({ month: r.month, id: r.id, name: r.name, average: round(num(r.average), 1), centers: num(r.centers) })),
  };
}

/** inForceByRegion's points with the regions' names, in the order of the other rows (month, name, id). */
async function regionPoints(db: Db, regions: 'all' | number[], months: string[], end: string) {
  const points = await inForceByRegion(db, regions, months, end);
  const ids = [...new Set(points.map((p) => p.regionId))];
  const names = ids.length ? await db.selectFrom('regions').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  const nameOf = new Map(names.map((r) => [r.id, r.name]));
  return points
    .filter((p) => nameOf.has(p.regionId))
    .map((p) => ({ month: p.month, id: p.regionId, name: nameOf.get(p.regionId)!, average: p.scoreUnits / SCORE_UNITS / p.centers, centers: p.centers }))
    .sort((a, b) => a.month.localeCompare(b.month) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
}

/** The query string of `ratingDistribution`. */
export const ratingDistributionQuery = z.strictObject(regionField);

export async function ratingDistribution(db: Db, ctx: StatsContext, q: z.output<typeof ratingDistributionQuery>): Promise<RatingDistribution> {
  const counts = await db
    .selectFrom('serviceCenters')
    .select(['ratingGrade', (eb) => eb.fn.countAll().as('centers')])
    .where(inScope(ctx.actor, 'service-centers', q.regionId, 'id'))
    .where('onboardingStatus', '=', 'live')
    .groupBy('ratingGrade')
    .execute();
  const byGrade = new Map(counts.map((c) => [c.ratingGrade, num(c.centers)]));
  const known = RATING_METHODOLOGY.grades.map((g) => ({ grade: g.grade, minScore: g.minScore as number | null, centers: byGrade.get(g.grade) ?? 0 }));
  const older = [...byGrade]
    .filter(([grade]) => grade !== null && !RATING_METHODOLOGY.grades.some((g) => g.grade === grade))
    .map(([grade, centers]) => ({ grade: grade!, minScore: null, centers }))
    .sort((a, b) => a.grade.localeCompare(b.grade));
  return {
    asOf: ctx.today,
    total: [...byGrade.values()].reduce((a, b) => a + b, 0),
    unrated: byGrade.get(null) ?? 0,
    rows: [...known, ...older],
  };
}

/** The query string of `fallingCenters`. */
export const fallingCentersQuery = z.strictObject({ ...periodFields, ...regionField, threshold: wholeNumber(0, 100).optional(), limit: wholeNumber(1, 100).optional() });

export async function fallingCenters(db: Db, ctx: StatsContext, q: z.output<typeof fallingCentersQuery>): Promise<FallingCenters> {
  const period = periodOf(q, DEFAULT_PERIODS.lastTwelveMonths(ctx.today));
  const threshold = q.threshold ?? 70;
  const { start, end } = periodBounds(period);
  const scored = (bound: RawBuilder<boolean>) => sql<boolean>`"r"."computedAt" >= ${start} and "r"."computedAt" < ${end} and "r"."score" is not null and ${bound}`;
  const rows = await db
    // Each live center's first and last scored rating of the period: two steps into the ratings index.
    .with(
      (cte) => cte('ends').materialized(),
      () =>
        centersInScope(db, ctx, q.regionId)
          .where('c.onboardingStatus', '=', 'live')
          .select([ratingOf(scored(sql<boolean>`1 = 1`), 'asc').as('firstScore'), ratingOf(scored(sql<boolean>`1 = 1`), 'desc').as('lastScore')]),
    )
    .selectFrom('ends as e')
    .innerJoin('serviceCenters as sc', 'sc.id', 'e.serviceCenterId')
    .innerJoin('regions as rg', 'rg.id', 'sc.regionId')
    .select([
      'sc.id',
      'sc.name',
      'sc.regionId',
      'rg.name as regionName',
      'sc.rating',
      'sc.ratingGrade',
      'e.firstScore',
      'e.lastScore',
      sql<number>`${col('e.lastScore')} - ${col('e.firstScore')}`.as('change'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('e.firstScore', 'is not', null)
    .where('sc.onboardingStatus', '=', 'live')
    .where((eb) => eb.or([eb('sc.rating', '<', threshold), eb('e.lastScore', '<', eb.ref('e.firstScore'))]))
    .orderBy('change')
    .orderBy(sql`case when ${col('sc.rating')} is null then 1 else 0 end`)
    .orderBy('sc.rating')
    .orderBy('sc.name')
    .orderBy('sc.id')
    .limit(q.limit ?? 10)
    .execute();
  const ids = rows.map((r) => r.id);
  const points = ids.length
    ? await db
        .with('monthly', () => monthlyRatings(db, ctx, start, end).where('serviceCenterId', 'in', ids))
        .selectFrom('monthly')
        .select(['serviceCenterId', 'month', 'score'])
        .where('rn', '=', 1)
        .orderBy('serviceCenterId')
        .orderBy('month')
        .execute()
    : [];
  return {
    period,
    threshold,
    total: rows.length ? num(rows[0].total) : 0,
    rows: rows.map((r) => {
      const rating = numOrNull(r.rating);
      return {
        serviceCenterId: r.id,
        name: r.name,
        regionId: r.regionId,
        regionName: r.regionName,
        rating,
        grade: r.ratingGrade,
        firstScore: num(r.firstScore),
        lastScore: num(r.lastScore),
        change: round(num(r.change), 1),
        belowThreshold: rating !== null && rating < threshold,
        sparkline: points.filter((p) => p.serviceCenterId === r.id).map((p) => ({ month: p.month, score: num(p.score) })),
      };
    }),
  };
}
