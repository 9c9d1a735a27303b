import { rateAfterRecord } from '../../audits/rate-on-record.ts';
import type { NotNull } from 'kysely';
import type { Db } from '../../db/database.ts';
import { jobForProvider } from '../../auth/job-actor.ts';
import { today } from '../../dates.ts';
import { findRecord, updateLogged } from '../../rest/logged-write.ts';
import { reportingObligations } from '../../resources/reporting-obligations.ts';
import { timeZoneOf } from '../availability/time-zones.ts';
import { instantAt } from '../availability/wall-clock.ts';
import { createObligation } from './obligations.ts';

export const REPORTING_JOB = 'Reporting deadlines';

/**
 * Handsets (the unit that locks the vehicle) that passed their lockout date (installed, the day
 * begun on the state's clock): each lockout owed to the customer's state when its rules say so,
 * from the start of that day; one per device and lockout date, so running again creates nothing new.
 */
async function lockouts(db: Db, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ctx = jobForProvider(trx, REPORTING_JOB);
    const locked = await trx
      .selectFrom('devices')
      .innerJoin('customers', 'customers.id', 'devices.customerId')
      .innerJoin('jurisdictions', 'jurisdictions.id', 'customers.jurisdictionId')
      .select(['devices.id', 'devices.serial', 'devices.lockoutOn', 'devices.customerId', 'devices.serviceCenterId', 'jurisdictions.code'])
      .where('devices.status', '=', 'installed')
      .where('devices.kind', '=', 'handset')
      .where('devices.lockoutOn', '<=', today(now))
      .where('devices.serviceCenterId', 'is not', null)
      .where('jurisdictions.reportingRules', 'is not', null)
      .orderBy('devices.id')
      .$narrowType<{ lockoutOn: NotNull; customerId: NotNull; serviceCenterId: NotNull }>()
      .execute();
    let created = 0;
    for (const d of locked) {
      const at = instantAt(d.lockoutOn, '00:00', timeZoneOf(d.code));
      if (at > now) continue;
      const event = {
        event: 'lockout' as const,
        at,
        customerId: d.customerId,
        serviceCenterId: d.serviceCenterId,
        source: { resource: 'devices', id: d.id },
        key: `device:${d.id}:${d.lockoutOn}`,
        notes: `Device ${d.serial} locked out on ${d.lockoutOn}`,
      };
      if (await createObligation(ctx, event, now)) created++;
    }
    return created;
  });
}

/** Open obligations whose deadline passed become overdue (a logged change of a derived value). */
async function overdue(db: Db, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ctx = jobForProvider(trx, REPORTING_JOB);
    const due = await trx.selectFrom('reportingObligations').select(['id', 'serviceCenterId']).where('status', '=', 'open').where('dueAt', '<', now.toISOString()).orderBy('id').execute();
    for (const { id } of due) {
      const before = await findRecord(trx, reportingObligations, id, ctx.user);
      await updateLogged(ctx, reportingObligations, before, { status: 'overdue' }, { action: 'overdue', summary: `Not reported by ${String(before.dueAt)}`, derived: true }, now);
    }
    // a missed deadline is a compliance exception of the event's center: its rating moves at once
    const centers = new Set(due.flatMap((o) => (o.serviceCenterId == null ? [] : [o.serviceCenterId])));
    for (const center of centers) await rateAfterRecord(trx, center, 'after a report to the state went overdue', now);
    return due.length;
  });
}

/** The reporting job: lockouts owed to the states, then open obligations past their deadline marked overdue. Safe to run any number of times. */
export async function followReportingDeadlines(db: Db, now = new Date()): Promise<{ lockouts: number; overdue: number }> {
  const created = await lockouts(db, now);
  return { lockouts: created, overdue: await overdue(db, now) };
}
