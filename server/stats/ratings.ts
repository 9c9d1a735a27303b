import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { RATING_METHODOLOGY } from '../../audits/index.ts';
import { badRequest } from '../rest/errors.ts';
import { DEFAULT_PERIODS, monthsOf, periodBounds, periodFields, periodOf, regionField } from './params.ts';
import { wholeNumber } from '../rest/schemas.ts';
import { col, inScope, monthOf, num, numOrNull, round } from './scope.ts';
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
  // (however long before). Every rating is in force from its computedAt until the center's next.
  const base = db
    .with('monthEnds', () => monthEnds(db, months, end))
    .with('intervals', (qb) =>
      qb
        .selectFrom('ratings')
        .select([
          'serviceCenterId',
          'computedAt',
          'score',
          sql<string | null>`lead(${col('computedAt')}) over (partition by ${col('serviceCenterId')} order by ${col('computedAt')}, ${col('id')})`.as('nextAt'),
        ])
        .where(inScope(ctx.actor, 'ratings', regionId))
        .where('computedAt', '<', end),
    )
    .with('inForce', (qb) =>
      qb
        .selectFrom('intervals as i')
        .innerJoin('monthEnds as me', (join) =>
          join.on('i.computedAt', '<', (eb) => eb.ref('me.endsAt')).on((eb) => eb.or([eb('i.nextAt', 'is', null), eb('i.nextAt', '>=', eb.ref('me.endsAt'))])),
        )
        .select(['me.month', 'i.serviceCenterId', 'i.score']),
    )
    .selectFrom('inForce as m')
    .innerJoin('serviceCenters as sc', 'sc.id', 'm.serviceCenterId')
    .where('m.score', 'is not', null);
  const rows =
    by === 'region'
      ? await base
          .innerJoin('regions as rg', 'rg.id', 'sc.regionId')
          .select(['m.month', 'rg.id as id', 'rg.name as name', (eb) => eb.fn.avg('m.score').as('average'), (eb) => eb.fn.countAll().as('centers')])
          .groupBy(['m.month', 'rg.id', 'rg.name'])
          .orderBy('m.month')
          .orderBy('rg.name')
          .orderBy('rg.id')
          .execute()
      : await base
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
  const rows = await db
    .with('ranked', (qb) =>
      qb
        .selectFrom('ratings')
        .select([
          'serviceCenterId',
          'score',
          sql<number>`row_number() over (partition by ${col('serviceCenterId')} order by ${col('computedAt')}, ${col('id')})`.as('fromFirst'),
          sql<number>`row_number() over (partition by ${col('serviceCenterId')} order by ${col('computedAt')} desc, ${col('id')} desc)`.as('fromLast'),
        ])
        .where(inScope(ctx.actor, 'ratings', q.regionId))
        .where('computedAt', '>=', start)
        .where('computedAt', '<', end)
        .where('score', 'is not', null),
    )
    .with('ends', (qb) =>
      qb
        .selectFrom('ranked')
        .select([
          'serviceCenterId',
          sql<number>`max(case when ${col('fromFirst')} = 1 then ${col('score')} end)`.as('firstScore'),
          sql<number>`max(case when ${col('fromLast')} = 1 then ${col('score')} end)`.as('lastScore'),
        ])
        .groupBy('serviceCenterId'),
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
