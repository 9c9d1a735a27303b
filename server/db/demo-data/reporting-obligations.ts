import type { Db } from '../database.ts';
import type { NewRow } from '../schema.ts';
import { timeZoneOf } from '../../rules/availability/time-zones.ts';
import { instantAt } from '../../rules/availability/wall-clock.ts';
import { dueAt } from '../../rules/reporting/deadline.ts';
import type { ReportingEvent } from '../../rules/reporting/obligations.ts';
import { reportedStatus } from '../../rules/reporting/report.ts';
import type { ReportingRule } from '../../rules/reporting/schemas.ts';
import { DAY_MS, HOUR_MS, isoTime, type Clock } from './clock.ts';
import { insertRows } from './insert.ts';
import type { Random } from './random.ts';

/** How far back the demo's obligations go (the on-time chart's months). */
const MONTHS_BACK_DAYS = 180;
/** Of the installed devices under a state that wants tampering or violations reported, the share with one such event. */
const DEVICE_EVENT_SHARE = 0.04;
/** Events of the last two days left to report: the queue's work for today and tomorrow. */
const RECENT_EVENTS = 8;
/** What became of an obligation whose deadline has passed. */
const PAST_DUE = { 'on-time': 82, late: 10, overdue: 8 } as const;

interface Event {
  event: ReportingEvent;
  at: number;
  customerId: number;
  serviceCenterId: number;
  jurisdictionId: number;
  source: { resource: string; id: number };
  key: string;
  notes: string;
  /** Left unreported while its deadline has not passed. */
  recent?: boolean;
}

/**
 * The reporting obligations the events of the past six months created (completed installations
 * and removals, lockouts of installed devices, and a few recorded tampering and violations, where the
 * customer's state has a rule for them): most reported on time by the demo compliance reviewer,
 * some reported late, some overdue, the recent ones open (a few events of the last two days left
 * for the queue). Returns the number of rows.
 */
export async function insertDemoReportingObligations(db: Db, random: Random, clock: Clock): Promise<number> {
  const reviewer = await db.selectFrom('users').select(['id', 'name']).where('role', '=', 'compliance').orderBy('id').executeTakeFirstOrThrow();
  const states = new Map(
    (await db.selectFrom('jurisdictions').select(['id', 'code', 'reportingRules', 'holidays']).where('reportingRules', 'is not', null).execute()).map((j) => [
      j.id,
      { code: j.code, rules: JSON.parse(j.reportingRules!) as ReportingRule[], holidays: (JSON.parse(j.holidays ?? '[]') as { day: string }[]).map((h) => h.day) },
    ]),
  );
  if (!states.size) return 0;
  const ruleOf = (jurisdictionId: number, event: ReportingEvent) => states.get(jurisdictionId)?.rules.find((r) => r.event === event);
  const since = isoTime(clock.nowMs - MONTHS_BACK_DAYS * DAY_MS);
  const events: Event[] = [];

  const completions = await db
    .selectFrom('workOrders as w')
    .innerJoin('customers as c', 'c.id', 'w.customerId')
    .select(['w.id', 'w.number', 'w.type', 'w.customerId', 'w.serviceCenterId', 'w.completedAt', 'c.jurisdictionId'])
    .where('w.status', '=', 'completed')
    .where('w.type', 'in', ['installation', 'removal'])
    .where('w.completedAt', '>=', since)
    .where('c.jurisdictionId', 'in', [...states.keys()])
    .orderBy('w.id')
    .execute();
  for (const w of completions) {
    const event = w.type as ReportingEvent;
    if (!w.jurisdictionId || !ruleOf(w.jurisdictionId, event)) continue;
    const source = { resource: 'work-orders', id: w.id };
    events.push({ event, at: Date.parse(w.completedAt!), customerId: w.customerId!, serviceCenterId: w.serviceCenterId, jurisdictionId: w.jurisdictionId, source, key: `work-order:${w.id}`, notes: `${w.number} completed` });
  }

  const installed = await db
    .selectFrom('devices as d')
    .innerJoin('customers as c', 'c.id', 'd.customerId')
    .select(['d.id', 'd.serial', 'd.kind', 'd.customerId', 'd.serviceCenterId', 'd.lockoutOn', 'c.jurisdictionId'])
    .where('d.status', '=', 'installed')
    .where('c.jurisdictionId', 'in', [...states.keys()])
    .orderBy('d.id')
    .execute();
  // The lockouts the reporting job would have found (the handset locks; same key: the job creates nothing more).
  const today = clock.iso(clock.today);
  const handsets = installed.filter((device) => device.kind === 'handset');
  for (const d of handsets) {
    if (d.lockoutOn == null || d.lockoutOn > today || d.serviceCenterId == null || !d.jurisdictionId || !ruleOf(d.jurisdictionId, 'lockout')) continue;
    const at = instantAt(d.lockoutOn, '00:00', timeZoneOf(states.get(d.jurisdictionId)!.code)).getTime();
    if (at > clock.nowMs) continue;
    const key = `device:${d.id}:${d.lockoutOn}`;
    events.push({ event: 'lockout', at, customerId: d.customerId!, serviceCenterId: d.serviceCenterId, jurisdictionId: d.jurisdictionId, source: { resource: 'devices', id: d.id }, key, notes: `Device ${d.serial} locked out on ${d.lockoutOn}` });
  }

  let recent = 0;
  for (const d of handsets) {
    const kinds = (['tampering', 'violation'] as const).filter((kind) => d.jurisdictionId && ruleOf(d.jurisdictionId, kind));
    const isRecent = recent < RECENT_EVENTS && random.chance(0.2);
    if (!kinds.length || d.serviceCenterId == null || !(isRecent || random.chance(DEVICE_EVENT_SHARE))) continue;
    if (isRecent) recent++;
    const event = random.pick(kinds);
    const at = clock.nowMs - random.int(1, isRecent ? 48 : MONTHS_BACK_DAYS * 24) * HOUR_MS;
    const notes = `${event === 'tampering' ? 'Tampering' : 'Violation'} at ${isoTime(at)}: ${event === 'tampering' ? 'relay bypass wire found at calibration' : 'failed rolling retest (0.041)'}`;
    events.push({ event, at, customerId: d.customerId!, serviceCenterId: d.serviceCenterId, jurisdictionId: d.jurisdictionId!, source: { resource: 'devices', id: d.id }, key: `device:${d.id}:${isoTime(at)}`, notes, recent: isRecent });
  }

  const rows: NewRow<'reportingObligations'>[] = events
    .sort((a, b) => a.at - b.at)
    .map((e) => {
      const state = states.get(e.jurisdictionId)!;
      const rule = ruleOf(e.jurisdictionId, e.event)!;
      const due = dueAt(new Date(e.at), rule, state.holidays, timeZoneOf(state.code)).getTime();
      const window = due - e.at;
      let reportedMs: number | null = null;
      if (due < clock.nowMs) {
        const outcome = random.weighted(PAST_DUE);
        if (outcome === 'on-time') reportedMs = e.at + Math.round(window * random.int(10, 95) / 100);
        if (outcome === 'late') reportedMs = Math.min(due + random.int(1, 72) * HOUR_MS, clock.nowMs - HOUR_MS);
      } else if (!e.recent && random.chance(0.25)) {
        reportedMs = e.at + Math.round((clock.nowMs - e.at) * random.int(10, 90) / 100);
      }
      const reported = reportedMs !== null && reportedMs < clock.nowMs;
      const dueIso = isoTime(due);
      return {
        createdAt: isoTime(e.at),
        updatedAt: isoTime(reported ? reportedMs! : e.at),
        version: reported ? 2 : 1,
        customerId: e.customerId,
        serviceCenterId: e.serviceCenterId,
        jurisdictionId: e.jurisdictionId,
        event: e.event,
        eventAt: isoTime(e.at),
        dueAt: dueIso,
        recipient: rule.recipient,
        notes: e.notes,
        sourceResource: e.source.resource,
        sourceId: e.source.id,
        eventKey: `${e.event}:${e.key}`,
        status: reported ? reportedStatus(dueIso, isoTime(reportedMs!)) : due < clock.nowMs ? 'overdue' : 'open',
        reportedAt: reported ? isoTime(reportedMs!) : null,
        reference: reported ? `${state.code}-${random.digits(8)}` : null,
        reportedById: reported ? reviewer.id : null,
        reportedBy: reported ? reviewer.name : null,
      };
    });
  return insertRows(db, 'reportingObligations', rows);
}
