import { addMonths, rateCenter, type RatedAudit, type Rating, type RatingInputs } from '../../audits/index.ts';
import type { Db, Transaction } from '../db/database.ts';

/** Work-order types a customer walks in for (no appointment); every other type is booked. */
export const WALK_IN_TYPES = ['calibration', 'lockout-service', 'handheld-exchange'];

const num = (v: unknown) => Number(v ?? 0);

/**
 * What the rating of a center is computed from, as of a day: its submitted audits (an amending
 * audit's result replaces the audit it amends), its open and overdue corrective actions, and
 * operational signals from its work orders of the last 12 months. Complaints are not recorded
 * yet, so that signal is left out (the methodology redistributes its weight).
 */
export async function ratingInputs(db: Db | Transaction, serviceCenterId: number, asOf: string): Promise<RatingInputs> {
  const rows = await db
    .selectFrom('audits')
    .innerJoin('auditTemplates', 'auditTemplates.id', 'audits.templateId')
    .select(['audits.id', 'audits.kind', 'audits.amendsAuditId', 'audits.auditDate', 'audits.score', 'auditTemplates.kind as templateKind'])
    .where('audits.serviceCenterId', '=', serviceCenterId)
    .where('audits.status', 'in', ['submitted', 'closed'])
    .where('audits.score', 'is not', null)
    .orderBy('audits.auditDate')
    .orderBy('audits.id')
    .execute();
  const effective = new Map<number, { kind: string; audit: RatedAudit }>();
  const rootOf = new Map<number, number>();
  for (const row of rows) {
    const id = Number(row.id);
    if (row.kind === 'amending' && row.amendsAuditId != null) {
      const root = rootOf.get(Number(row.amendsAuditId)) ?? Number(row.amendsAuditId);
      rootOf.set(id, root);
      const target = effective.get(root);
      if (target) target.audit = { id: target.audit.id, date: target.audit.date, percent: Number(row.score) };
      continue;
    }
    rootOf.set(id, id);
    effective.set(id, { kind: String(row.templateKind), audit: { id, date: String(row.auditDate), percent: Number(row.score) } });
  }
  const all = [...effective.values()];
  const baselines = all.filter((a) => a.kind === 'initial');
  const baseline = baselines.length ? baselines[baselines.length - 1].audit : null;
  const annual = all.filter((a) => a.kind === 'annual').map((a) => a.audit);

  const actions = await db
    .selectFrom('correctiveActions')
    .select((eb) => [
      eb.fn.countAll().as('open'),
      eb.fn.sum(eb.case().when('dueDate', '<', asOf).then(1).else(0).end()).as('overdue'),
    ])
    .where('serviceCenterId', '=', serviceCenterId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();

  const from = `${addMonths(asOf, -12)}T00:00:00.000Z`;
  const until = `${asOf}T23:59:59.999Z`;
  const ops = await db
    .selectFrom('workOrders')
    .select((eb) => {
      const when = (cond: ReturnType<typeof eb.and>) => eb.fn.sum(eb.case().when(cond).then(1).else(0).end());
      const walkIn = eb('type', 'in', WALK_IN_TYPES);
      const booked = eb('type', 'not in', WALK_IN_TYPES);
      return [
        when(eb.and([eb('status', '=', 'completed')])).as('completed'),
        when(eb.and([booked, eb('status', 'in', ['completed', 'no-show'])])).as('scheduled'),
        when(eb.and([booked, eb('status', '=', 'completed')])).as('kept'),
        when(eb.and([walkIn, eb('status', '=', 'completed'), eb('startedAt', 'is not', null), eb('completedAt', 'is not', null)])).as('walkIns'),
        eb.fn
          .sum(
            eb
              .case()
              .when(
                eb.and([
                  walkIn,
                  eb('status', '=', 'completed'),
                  eb('startedAt', 'is not', null),
                  eb('completedAt', 'is not', null),
                  eb(eb.fn('julianday', [eb.ref('completedAt')]), '<', eb(eb.fn('julianday', [eb.ref('startedAt')]), '+', 5 / 1440)),
                ]),
              )
              .then(1)
              .else(0)
              .end(),
          )
          .as('walkInsFast'),
      ];
    })
    .where('serviceCenterId', '=', serviceCenterId)
    .where('scheduledAt', '>=', from)
    .where('scheduledAt', '<=', until)
    .executeTakeFirstOrThrow();

  return {
    asOf,
    baseline,
    audits: annual,
    correctiveActions: { open: num(actions.open), overdue: num(actions.overdue) },
    operations: {
      workOrdersCompleted: num(ops.completed),
      appointmentsScheduled: num(ops.scheduled),
      appointmentsKept: num(ops.kept),
      walkInServices: num(ops.walkIns),
      walkInsUnder5Minutes: num(ops.walkInsFast),
    },
  };
}

/** Rates a center now, stores the rating (history row) and copies it onto the center. */
export async function recomputeCenterRating(trx: Transaction | Db, serviceCenterId: number, now = new Date()): Promise<{ id: number; rating: Rating; inputs: RatingInputs }> {
  const computedAt = now.toISOString();
  const inputs = await ratingInputs(trx, serviceCenterId, computedAt.slice(0, 10));
  const rating = rateCenter(inputs);
  const { id } = (await trx
    .insertInto('ratings')
    .values({
      createdAt: computedAt,
      updatedAt: computedAt,
      version: 1,
      serviceCenterId,
      computedAt,
      score: rating.score,
      stars: rating.stars,
      grade: rating.grade,
      methodologyVersion: rating.methodologyVersion,
      explanation: JSON.stringify(rating.contributions),
      inputs: JSON.stringify(inputs),
    })
    .returning('id')
    .executeTakeFirstOrThrow()) as { id: number };
  // Derived values: the center's edit counter is left alone so that nobody's edit goes stale.
  await trx
    .updateTable('serviceCenters')
    .set({ rating: rating.score, ratingStars: rating.stars, ratingGrade: rating.grade, ratedAt: computedAt })
    .where('id', '=', serviceCenterId)
    .execute();
  return { id, rating, inputs };
}
