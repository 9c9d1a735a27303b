import { insertLogged, type WriteContext } from '../../rest/logged-write.ts';
import { reportingObligations } from '../../resources/reporting-obligations.ts';
import type { REPORTING_EVENTS } from '../../resources/choices.ts';
import { timeZoneOf } from '../availability/time-zones.ts';
import { dueAt } from './deadline.ts';
import type { ReportingRule } from './schemas.ts';

export type ReportingEvent = (typeof REPORTING_EVENTS)[number];

/** An event that may be owed to the state of the customer's program. */
export interface ReportableEvent {
  event: ReportingEvent;
  at: Date;
  customerId: number;
  serviceCenterId: number;
  /** The record it happened on. */
  source: { resource: string; id: number };
  /** What tells this event from any other (one obligation per key): the source's id, plus the day or instant when one record has several. */
  key: string;
  notes?: string | null;
  /** How many such events the customer's program has had, this one included (for rules reported from the nth on). */
  occurrence?: number;
}

/** open until due, overdue after; a report sets reported or reported-late. */
export const unreportedStatus = (due: string, now: Date) => (due < now.toISOString() ? 'overdue' : 'open');

/**
 * The obligation an event creates, in the event's transaction, when the customer's jurisdiction has
 * a reporting rule for it (none otherwise, nor before the rule's nth occurrence): due by the rule's
 * deadline on the state's clock, with its holidays. An event already recorded (same key) creates nothing more; answers the new record or null.
 */
export async function createObligation(ctx: WriteContext, e: ReportableEvent, now = new Date()) {
  const jurisdiction = await ctx.trx
    .selectFrom('customers')
    .innerJoin('jurisdictions', 'jurisdictions.id', 'customers.jurisdictionId')
    .select(['jurisdictions.id', 'jurisdictions.code', 'jurisdictions.reportingRules', 'jurisdictions.holidays'])
    .where('customers.id', '=', e.customerId)
    .executeTakeFirst();
  const rules = JSON.parse(jurisdiction?.reportingRules ?? '[]') as ReportingRule[];
  const rule = rules.find((r) => r.event === e.event);
  if (!jurisdiction || !rule || (e.occurrence ?? 1) < (rule.fromOccurrence ?? 1)) return null;
  const holidays = (JSON.parse(jurisdiction.holidays ?? '[]') as { day: string }[]).map((h) => h.day);
  const due = dueAt(e.at, rule, holidays, timeZoneOf(jurisdiction.code)).toISOString();
  const values = {
    customerId: e.customerId,
    serviceCenterId: e.serviceCenterId,
    jurisdictionId: jurisdiction.id,
    event: e.event,
    eventAt: e.at.toISOString(),
    dueAt: due,
    recipient: rule.recipient,
    notes: e.notes ?? null,
    sourceResource: e.source.resource,
    sourceId: e.source.id,
    eventKey: `${e.event}:${e.key}`,
    status: unreportedStatus(due, now),
  };
  const summary = `${e.event} to report to ${rule.recipient} (${jurisdiction.code}) by ${due}`;
  return insertLogged(ctx, reportingObligations, values, { unlessExists: 'eventKey', summary }, now);
}
