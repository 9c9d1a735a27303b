import { defineResource } from './define.ts';
import { choice, datetime, int, ref, text, type RecordOf } from './fields.ts';
import { OBLIGATION_STATUSES, REPORTING_EVENTS } from './choices.ts';
import { customers } from './customers.ts';
import { jurisdictions } from './jurisdictions.ts';
import { serviceCenters } from './service-centers.ts';
import { users } from './users.ts';

/**
 * What the provider owes a state after an event (a removal, tampering, a lockout…) under the
 * customer's jurisdiction's reporting rule: created by the event in its own transaction, reported
 * by compliance with the report command (the state's reference), never edited otherwise.
 */
export const reportingObligations = defineResource({
  name: 'reporting-obligations',
  table: 'reportingObligations',
  fields: {
    customerId: ref(() => customers).required(),
    serviceCenterId: ref(() => serviceCenters).required(),
    jurisdictionId: ref(() => jurisdictions).required(),
    event: choice(REPORTING_EVENTS).required(),
    eventAt: datetime().required(),
    dueAt: datetime().required(),
    /** To whom the rule says it goes. */
    recipient: text(200),
    /** What happened, as recorded with the event. */
    notes: text(2000),
    /** The record the event happened on (work-orders, devices) and its id. */
    sourceResource: text(40),
    sourceId: int(1),
    /** One obligation per event: the event's own key (e.g. removal:work-order:12). */
    eventKey: text(200).required(),
    status: choice(OBLIGATION_STATUSES).required(),
    reportedAt: datetime(),
    /** The state's reference of the report (confirmation number, case id). */
    reference: text(200),
    reportedById: ref(() => users),
    reportedBy: text(100),
  },
  search: ['reference', 'notes', 'recipient'],
  unique: ['eventKey'],
  readOnly: true,
});

export type ReportingObligation = RecordOf<typeof reportingObligations.fields>;
