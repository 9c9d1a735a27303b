import type { NotNull } from 'kysely';
import { addMonths, rateCenter, type RatedAudit, type RatingInputs } from '../../audits/index.ts';
import type { Db, Transaction } from '../db/database.ts';
import type { NewRow } from '../db/schema.ts';
import { isoEpochSeconds } from '../db/iso-time.ts';
import { createLogged, findRecord, updateLogged, type WriteContext } from '../rest/logged-write.ts';
import { ratings } from '../resources/audits.ts';
import { serviceCenters } from '../resources/service-centers.ts';
import { exceptionCountsOf, exceptionsCounted } from './compliance-exceptions.ts';

/** Work-order types a customer walks in for (no appointment); every other type is booked. */
export const WALK_IN_TYPES = ['calibration', 'lockout-service', 'handheld-exchange'];

const num = (v: unknown) => Number(v ?? 0);

/** Audit rows (submitted, scored, dated up to asOf) of the centers, in date order. */
function auditRows(db: Db | Transaction, centers: number[] | null, asOf: string) {
  let query = db
    .selectFrom('audits')
    .innerJoin('auditTemplates', 'auditTemplates.id', 'audits.templateId')
    .select(['audits.serviceCenterId', 'audits.id', 'audits.kind', 'audits.amendsAuditId', 'audits.auditDate', 'audits.score', 'auditTemplates.kind as templateKind'])
    .where('audits.status', 'in', ['submitted', 'closed'])
    .where('audits.score', 'is not', null)
    .where('audits.auditDate', '<=', asOf);
  if (centers) query = query.where('audits.serviceCenterId', 'in', centers);
  return query.orderBy('audits.serviceCenterId').orderBy('audits.auditDate').orderBy('audits.id').$narrowType<{ score: NotNull }>().execute();
}

/** The corrective actions of the centers open on asOf: raised by then, not closed by then. */
function openActionsQuery(db: Db | Transaction, centers: number[] | null, asOf: string) {
  const endOfDay = `${asOf}T23:59:59.999Z`;
  let query = db
    .selectFrom('correctiveActions')
    .where('createdAt', '<=', endOfDay)
    .where((eb) => eb.or([eb('status', '=', 'open'), eb('closedAt', '>', endOfDay)]));
  if (centers) query = query.where('serviceCenterId', 'in', centers);
  return query;
}

/** Corrective actions open on asOf and those of them overdue, per center. */
function actionRows(db: Db | Transaction, centers: number[] | null, asOf: string) {
  return openActionsQuery(db, centers, asOf)
    .select((eb) => [
      'serviceCenterId',
      eb.fn.countAll().as('open'),
      eb.fn.sum(eb.case().when('dueDate', '<', asOf).then(1).else(0).end()).as('overdue'),
    ])
    .groupBy('serviceCenterId')
    .execute();
}

/** The corrective actions of one center open on asOf (those its rating counts), in id order. */
export function openActionsOf(db: Db | Transaction, serviceCenterId: number, asOf: string) {
  return openActionsQuery(db, [serviceCenterId], asOf).select(['id', 'severity', 'description', 'dueDate']).orderBy('id').execute();
}

/** The operational signals' period: the 12 months up to asOf, as ISO instants. */
function operationsWindow(asOf: string) {
  return { from: `${addMonths(asOf, -12)}T00:00:00.000Z`, until: `${asOf}T23:59:59.999Z` };
}

/** Operational counts per center over the 12 months up to asOf. */
function operationRows(db: Db | Transaction, centers: number[] | null, asOf: string) {
  const { from, until } = operationsWindow(asOf);
  let query = db
    .selectFrom('workOrders')
    .select((eb) => {
      const when = (cond: ReturnType<typeof eb.and>) => eb.fn.sum(eb.case().when(cond).then(1).else(0).end());
      const walkIn = eb('type', 'in', WALK_IN_TYPES);
      const booked = eb('type', 'not in', WALK_IN_TYPES);
      const timedWalkIn = [walkIn, eb('status', '=', 'completed'), eb('startedAt', 'is not', null), eb('completedAt', 'is not', null)];
      const fast = eb(isoEpochSeconds('completedAt'), '<', eb(isoEpochSeconds('startedAt'), '+', 5 * 60));
      return [
        'serviceCenterId',
        when(eb.and([eb('status', '=', 'completed')])).as('completed'),
        when(eb.and([booked, eb('status', 'in', ['completed', 'no-show'])])).as('scheduled'),
        when(eb.and([booked, eb('status', '=', 'completed')])).as('kept'),
        when(eb.and(timedWalkIn)).as('walkIns'),
        when(eb.and([...timedWalkIn, fast])).as('walkInsFast'),
      ];
    })
    .where('scheduledAt', '>=', from)
    .where('scheduledAt', '<=', until);
  if (centers) query = query.where('serviceCenterId', 'in', centers);
  return query.groupBy('serviceCenterId').execute();
}

/** Complaints per center received (filed, resolved or not) over the same 12 months as the other operational signals. */
function complaintRows(db: Db | Transaction, centers: number[] | null, asOf: string) {
  const { from, until } = operationsWindow(asOf);
  let query = db
    .selectFrom('complaints')
    .select((eb) => ['serviceCenterId', eb.fn.countAll().as('complaints')])
    .where('createdAt', '>=', from)
    .where('createdAt', '<=', until);
  if (centers) query = query.where('serviceCenterId', 'in', centers);
  return query.groupBy('serviceCenterId').execute();
}

type AuditRow = Awaited<ReturnType<typeof auditRows>>[number];
type ActionRow = Awaited<ReturnType<typeof actionRows>>[number];
type OperationRow = Awaited<ReturnType<typeof operationRows>>[number];
type ComplaintRow = Awaited<ReturnType<typeof complaintRows>>[number];

/** What one center's rating is built from: its rows of each query, and its compliance exceptions' counts per source. */
interface CenterRows {
  audits: AuditRow[];
  actions?: ActionRow;
  ops?: OperationRow;
  complaints?: ComplaintRow;
  exceptions: readonly number[];
}

/** The rating inputs of one center from its rows (an amending audit's result replaces the audit it amends). */
function buildInputs(asOf: string, { audits, actions, ops, complaints, exceptions }: CenterRows): RatingInputs {
  const effective = new Map<number, { kind: string; audit: RatedAudit }>();
  const rootOf = new Map<number, number>();
  for (const row of audits) {
    const id = row.id;
    if (row.kind === 'amending' && row.amendsAuditId != null) {
      const root = rootOf.get(row.amendsAuditId) ?? row.amendsAuditId;
      rootOf.set(id, root);
      const target = effective.get(root);
      if (target) target.audit = { id: target.audit.id, date: target.audit.date, percent: row.score };
      continue;
    }
    rootOf.set(id, id);
    effective.set(id, { kind: row.templateKind, audit: { id, date: row.auditDate, percent: row.score } });
  }
  const all = [...effective.values()];
  const baselines = all.filter((a) => a.kind === 'initial');
  return {
    asOf,
    baseline: baselines.length ? baselines[baselines.length - 1].audit : null,
    audits: all.filter((a) => a.kind === 'annual').map((a) => a.audit),
    correctiveActions: { open: num(actions?.open), overdue: num(actions?.overdue) },
    operations: {
      workOrdersCompleted: num(ops?.completed),
      workOrdersWithComplianceException: exceptionsCounted(exceptions, num(ops?.completed)),
      appointmentsScheduled: num(ops?.scheduled),
      appointmentsKept: num(ops?.kept),
      walkInServices: num(ops?.walkIns),
      walkInsUnder5Minutes: num(ops?.walkInsFast),
      // every completed work order is a service the complaints are counted against
      services: num(ops?.completed),
      complaints: num(complaints?.complaints),
    },
  };
}

/**
 * What the ratings of centers are computed from, as of a day: their submitted audits (an amending
 * audit's result replaces the audit it amends), their open and overdue corrective actions, and
 * operational signals from their work orders of the last 12 months (appointments kept vs no-shows,
 * walk-ins done in under 5 minutes, work orders completed) and the complaints received over the
 * same months against the services completed (every complaint counts, resolved or not: resolving
 * one does not undo it). Set-based: four queries for any number of centers.
 */
export async function ratingInputsOf(db: Db | Transaction, centers: number[], asOf: string): Promise<Map<number, RatingInputs>> {
  const result = new Map<number, RatingInputs>();
  const CHUNK = 500;
  for (let i = 0; i < centers.length; i += CHUNK) {
    const ids = centers.slice(i, i + CHUNK);
    const [audits, actions, ops, complaints, exceptions] = await Promise.all([
      auditRows(db, ids, asOf),
      actionRows(db, ids, asOf),
      operationRows(db, ids, asOf),
      complaintRows(db, ids, asOf),
      exceptionCountsOf(db, ids, operationsWindow(asOf)),
    ]);
    const byCenter = <T extends { serviceCenterId: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const row of rows) {
        const key = row.serviceCenterId;
        const list = map.get(key);
        if (list) list.push(row);
        else map.set(key, [row]);
      }
      return map;
    };
    const auditsBy = byCenter(audits);
    const actionsBy = byCenter(actions);
    const opsBy = byCenter(ops);
    const complaintsBy = byCenter(complaints);
    for (const id of ids) {
      const rows = { audits: auditsBy.get(id) ?? [], actions: actionsBy.get(id)?.[0], ops: opsBy.get(id)?.[0], complaints: complaintsBy.get(id)?.[0], exceptions: exceptions.get(id) ?? [] };
      result.set(id, buildInputs(asOf, rows));
    }
  }
  return result;
}

/** The rating inputs of one center (see ratingInputsOf). */
export async function ratingInputs(db: Db | Transaction, serviceCenterId: number, asOf: string): Promise<RatingInputs> {
  return (await ratingInputsOf(db, [serviceCenterId], asOf)).get(serviceCenterId)!;
}

/**
 * Rates a center now, in the caller's transaction: the rating is stored (a history row) and copied
 * onto the center (a derived value: the center's version stays), each a logged write; `reason`
 * ends the center's audit-log summary ("Rating 91.2 (A) after audit 7").
 */
export async function recomputeCenterRating(ctx: WriteContext, serviceCenterId: number, reason: string, now = new Date()): Promise<Record<string, unknown>> {
  const computedAt = now.toISOString();
  const inputs = await ratingInputs(ctx.trx, serviceCenterId, computedAt.slice(0, 10));
  const rating = rateCenter(inputs);
  const stored = await createLogged(
    ctx,
    ratings,
    { serviceCenterId, computedAt, score: rating.score, stars: rating.stars, grade: rating.grade, methodologyVersion: rating.methodologyVersion, explanation: rating.contributions, inputs },
    {},
    now,
  );
  const center = await findRecord(ctx.trx, serviceCenters, serviceCenterId, ctx.user);
  await updateLogged(
    ctx,
    serviceCenters,
    center,
    { rating: rating.score, ratingStars: rating.stars, ratingGrade: rating.grade, ratedAt: computedAt },
    { action: 'rate', summary: `Rating ${String(rating.score ?? 'none')} (${rating.grade ?? 'unrated'}) ${reason}`, derived: true },
    now,
  );
  return stored;
}

/** Rates many centers as of `now` in the caller's transaction: set-based inputs, one rating row each, copied onto the centers. */
export async function recomputeCenterRatings(trx: Transaction | Db, centers: number[], now = new Date()): Promise<number> {
  const computedAt = now.toISOString();
  const inputs = await ratingInputsOf(trx, centers, computedAt.slice(0, 10));
  const rows: NewRow<'ratings'>[] = [];
  for (const id of centers) {
    const input = inputs.get(id)!;
    const rating = rateCenter(input);
    rows.push({
      createdAt: computedAt,
      updatedAt: computedAt,
      version: 1,
      serviceCenterId: id,
      computedAt,
      score: rating.score,
      stars: rating.stars,
      grade: rating.grade,
      methodologyVersion: rating.methodologyVersion,
      explanation: JSON.stringify(rating.contributions),
      inputs: JSON.stringify(input),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('ratings').values(rows.slice(i, i + 500)).execute();
  for (const row of rows) {
    await trx
      .updateTable('serviceCenters')
      .set({ rating: row.score, ratingStars: row.stars, ratingGrade: row.grade, ratedAt: computedAt })
      .where('id', '=', row.serviceCenterId)
      .execute();
  }
  return rows.length;
}
