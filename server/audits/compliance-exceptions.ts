import { sql } from 'kysely';
import type { Db, Transaction } from '../db/database.ts';
import { isoEpochSeconds } from '../db/iso-time.ts';
import { COMPLETE_REFUSED } from '../stats/compliance.ts';

/** The period the exceptions are counted over, as ISO instants (the rating's 12 months). */
export interface ExceptionWindow {
  from: string;
  until: string;
}

/** Hours within which a completion must be recorded (records are updated within 24 h). */
export const RECORDING_DEADLINE_HOURS = 24;

/** Was a completion that ended at `completedAt` recorded (at `recordedAt`) after the deadline? */
export function recordedLate(completedAt: string, recordedAt: string): boolean {
  return Date.parse(recordedAt) - Date.parse(completedAt) > RECORDING_DEADLINE_HOURS * 3_600_000;
}

/**
 * A center's compliance exceptions as the rating counts them: the sum of its sources' counts, at
 * most its completed work orders (the rating's work-orders signal is the share of completed work
 * orders without an exception, so it bottoms out at 0 rather than going negative).
 */
export function exceptionsCounted(sourceCounts: readonly number[], completed: number): number {
  return Math.min(completed, sourceCounts.reduce((a, b) => a + b, 0));
}

type Rows = Promise<{ serviceCenterId: number; exceptions: string | number | bigint }[]>;

/** One kind of compliance exception: its count per center over the window. */
type ExceptionSource = (db: Db | Transaction, centers: number[], window: ExceptionWindow) => Rows;

/** Work orders someone tried to complete without compliance's authorisation (audit-log `complete-refused`), each once, when refused within the window. */
const refusedRemovals: ExceptionSource = (db, centers, { from, until }) =>
  db
    .selectFrom('auditLog')
    .innerJoin('workOrders', 'workOrders.id', 'auditLog.recordId')
    .select((eb) => ['workOrders.serviceCenterId', eb.fn.count(sql`distinct ${sql.ref('workOrders.id')}`).as('exceptions')])
    .where('auditLog.resource', '=', 'work-orders')
    .where('auditLog.action', '=', COMPLETE_REFUSED)
    .where('auditLog.at', '>=', from)
    .where('auditLog.at', '<=', until)
    .where('workOrders.serviceCenterId', 'in', centers)
    .groupBy('workOrders.serviceCenterId')
    .execute();

/**
 * Completed work orders whose completion was recorded more than RECORDING_DEADLINE_HOURS after the
 * work ended (the complete command, or a walk-in created done after the fact), each once, when
 * recorded within the window.
 */
const completionsRecordedLate: ExceptionSource = (db, centers, { from, until }) =>
  db
    .selectFrom('auditLog')
    .innerJoin('workOrders', 'workOrders.id', 'auditLog.recordId')
    .select((eb) => ['workOrders.serviceCenterId', eb.fn.count(sql`distinct ${sql.ref('workOrders.id')}`).as('exceptions')])
    .where('auditLog.resource', '=', 'work-orders')
    .where('auditLog.action', 'in', ['complete', 'create'])
    .where('auditLog.at', '>=', from)
    .where('auditLog.at', '<=', until)
    .where('workOrders.status', '=', 'completed')
    .where('workOrders.completedAt', 'is not', null)
    .where('workOrders.serviceCenterId', 'in', centers)
    .where((eb) => eb(isoEpochSeconds('auditLog.at'), '>', eb(isoEpochSeconds('workOrders.completedAt'), '+', RECORDING_DEADLINE_HOURS * 3600)))
    .groupBy('workOrders.serviceCenterId')
    .execute();

/**
 * Reports owed to a state that missed their deadline (reported late, or still not reported once
 * it passed), counted by the center of the event, when the deadline fell within the window.
 */
const lateReports: ExceptionSource = (db, centers, { from, until }) =>
  db
    .selectFrom('reportingObligations')
    .select((eb) => ['serviceCenterId', eb.fn.countAll().as('exceptions')])
    .where('dueAt', '>=', from)
    .where('dueAt', '<=', until)
    .where((eb) => eb.or([eb('reportedAt', 'is', null), eb('reportedAt', '>', eb.ref('dueAt'))]))
    .where('serviceCenterId', 'in', centers)
    .groupBy('serviceCenterId')
    .execute() as Rows;

/** Every source of compliance exceptions; a new kind is one more function here. */
export const EXCEPTION_SOURCES: readonly ExceptionSource[] = [refusedRemovals, completionsRecordedLate, lateReports];

/** The counts of every source per center over the window (a center without any is absent). */
export async function exceptionCountsOf(db: Db | Transaction, centers: number[], window: ExceptionWindow): Promise<Map<number, number[]>> {
  const perSource = await Promise.all(EXCEPTION_SOURCES.map((source) => source(db, centers, window)));
  const result = new Map<number, number[]>();
  perSource.forEach((rows, i) => {
    for (const row of rows) {
      const counts = result.get(row.serviceCenterId) ?? EXCEPTION_SOURCES.map(() => 0);
      counts[i] = Number(row.exceptions);
      result.set(row.serviceCenterId, counts);
    }
  });
  return result;
}
