import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type NotNull } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { looseDb, openDatabase, type Db } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { DEMO_TABLES, generateDemoData, type Summary } from '../../server/db/demo-data/seed.ts';
import { ONBOARDING_STATUSES, WORK_ORDER_TYPES } from '../../server/resources/choices.ts';
import { resourceByName } from '../../server/resources/index.ts';
import { toRecord } from '../../server/rest/records.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { onboardingGates } from '../../server/rules/onboarding/gates.ts';
import { testBackend } from './test-database.ts';
import { loadGateInputs } from '../../server/rules/onboarding/load.ts';
import { closedReason } from '../../server/rules/availability/rules.ts';
import { timeZoneOf } from '../../server/rules/availability/time-zones.ts';
import type { OpeningHours } from '../../server/rules/availability/hours.ts';
import { dueAt } from '../../server/rules/reporting/deadline.ts';
import type { ReportingRule } from '../../server/rules/reporting/schemas.ts';

const SEED = 4242;
const TODAY = new Date('2025-06-15T16:00:00Z');

let server: TestServer;
let summary: Summary;

beforeAll(async () => {
  server = await startTestServer(async (db) => {
    summary = await generateDemoData(db, { scale: 'demo', seed: SEED, today: TODAY });
  });
});
afterAll(() => server?.close());

/** A digest of a table's rows in id order. */
async function digest(db: Db, table: string): Promise<string> {
  const rows = await looseDb(db).selectFrom(table).selectAll().orderBy('id').execute();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

const count = async (db: Db, table: string) =>
  Number((await looseDb(db).selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

test('the same seed and day give the same rows', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-demo-'));
  const other = openDatabase(`sqlite:${path.join(dir, 'again.db')}`);
  try {
    await migrateToLatest(other.db);
    await generateDemoData(other.db, { scale: 'demo', seed: SEED, today: TODAY });
    for (const table of [...DEMO_TABLES, 'audits', 'findings', 'correctiveActions', 'ratings', 'paymentMethods', 'payments', 'appointmentRequests', 'customerNotes', 'complaints', 'reportingObligations']) {
      expect(await digest(other.db, table), table).toBe(await digest(server.db, table));
    }
  } finally {
    await other.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('counts are in the expected ranges and match the summary', async () => {
  const expected: Record<string, [number, number]> = {
    jurisdictions: [11, 11],
    regions: [6, 6],
    serviceCenters: [300, 300],
    installers: [300, 1500],
    documents: [800, 3000],
    documentFiles: [800, 3000],
    customers: [5000, 5000],
    vehicles: [5000, 7500],
    devices: [8000, 25_000],
    workOrders: [29_000, 31_000],
    shipments: [500, 10_000],
    shipmentPackages: [500, 12_000],
    centerClosures: [4, 4],
  };
  for (const table of DEMO_TABLES) {
    const n = await count(server.db, table);
    expect(n, table).toBeGreaterThanOrEqual(expected[table][0]);
    expect(n, table).toBeLessThanOrEqual(expected[table][1]);
    expect(summary.counts[table], table).toBe(n);
  }
});

test('every onboarding status and every work-order type is present', async () => {
  const statuses = await server.db.selectFrom('serviceCenters').select('onboardingStatus').distinct().execute();
  expect(statuses.map((r) => r.onboardingStatus).sort()).toEqual([...ONBOARDING_STATUSES].sort());
  const types = await server.db.selectFrom('workOrders').select('type').distinct().execute();
  expect(types.map((r) => r.type).sort()).toEqual([...WORK_ORDER_TYPES].sort());
});

test('work orders are only at live centers, always scheduled, billed per the rules', async () => {
  const atNonLive = await server.db
    .selectFrom('workOrders as w')
    .innerJoin('serviceCenters as c', 'c.id', 'w.serviceCenterId')
    .where('c.onboardingStatus', '!=', 'live')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(atNonLive.n)).toBe(0);
  const unscheduled = await server.db.selectFrom('workOrders').select('id').where('scheduledAt', 'is', null).limit(1).execute();
  expect(unscheduled).toEqual([]);
  const wronglyBilled = await server.db
    .selectFrom('workOrders')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('type', 'in', ['vehicle-inspection', 'cord-exchange', 'camera-adjustment']), eb('billableTo', '!=', 'provider')]),
        eb.and([eb('type', 'not in', ['vehicle-inspection', 'cord-exchange', 'camera-adjustment']), eb('billableTo', '!=', 'customer')]),
      ]),
    )
    .limit(1)
    .execute();
  expect(wronglyBilled).toEqual([]);
  const rows = await server.db.selectFrom('workOrders').select(['id', 'createdAt', 'number']).execute();
  const misnumbered = rows.filter((row) => row.number !== `WO-${String(row.createdAt).slice(0, 4)}-${String(row.id).padStart(6, '0')}`);
  expect(misnumbered).toEqual([]);
});

test('every center has weekly hours, and no demo appointment falls outside them or on a closure', async () => {
  const centers = await server.db.selectFrom('serviceCenters').select(['id', 'state', 'openingHours']).execute();
  expect(centers.every((c) => c.openingHours !== null)).toBe(true);
  const closures = await server.db.selectFrom('centerClosures').select(['serviceCenterId', 'startsOn', 'endsOn', 'reason']).execute();
  const availability = new Map(
    centers.map((c) => [c.id, { timeZone: timeZoneOf(c.state), openingHours: JSON.parse(c.openingHours!) as OpeningHours, closures: closures.filter((x) => x.serviceCenterId === c.id) }]),
  );
  const appointments = await server.db
    .selectFrom('workOrders')
    .select(['number', 'serviceCenterId', 'scheduledAt'])
    .where('type', 'not in', ['calibration', 'lockout-service', 'handheld-exchange'])
    .execute();
  expect(appointments.length).toBeGreaterThan(1000);
  const closed = appointments.flatMap((w) => {
    const reason = closedReason(new Date(w.scheduledAt), availability.get(w.serviceCenterId)!);
    return reason ? [`${w.number} ${w.scheduledAt}: ${reason}`] : [];
  });
  expect(closed).toEqual([]);
  // the center staff demo login's center has a closure coming
  const first = await server.db.selectFrom('serviceCenters').select('id').where('onboardingStatus', '=', 'live').orderBy('id').executeTakeFirstOrThrow();
  expect(closures.some((x) => x.serviceCenterId === first.id && x.startsOn > TODAY.toISOString().slice(0, 10))).toBe(true);
});

test('walk-ins take under five minutes', async () => {
  const walkIns = await server.db
    .selectFrom('workOrders')
    .select(['scheduledAt', 'startedAt', 'completedAt'])
    .where('type', 'in', ['calibration', 'lockout-service', 'handheld-exchange'])
    .where('status', '=', 'completed')
    .$narrowType<{ startedAt: NotNull; completedAt: NotNull }>()
    .execute();
  expect(walkIns.length).toBeGreaterThan(1000);
  const slow = walkIns.filter((w) => {
    const minutes = (Date.parse(w.completedAt) - Date.parse(w.startedAt)) / 60_000;
    return !(minutes > 0 && minutes < 5 && Date.parse(w.startedAt) >= Date.parse(w.scheduledAt));
  });
  expect(slow).toEqual([]);
});

describe('shipments', () => {
  test('one shipment per center and ship day, some consolidating several packages', async () => {
    const duplicates = await server.db
      .selectFrom('shipments')
      .select(['serviceCenterId', 'shipDate'])
      .groupBy(['serviceCenterId', 'shipDate'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(duplicates).toEqual([]);
    const consolidated = await server.db
      .selectFrom('shipmentPackages')
      .select('shipmentId')
      .groupBy('shipmentId')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(consolidated.length).toBeGreaterThan(0);
  });

  test("every package's customer is its work order's customer", async () => {
    const mismatched = await server.db
      .selectFrom('shipmentPackages as p')
      .innerJoin('workOrders as w', 'w.id', 'p.workOrderId')
      .whereRef('w.customerId', '!=', 'p.customerId')
      .select('p.id')
      .execute();
    expect(mismatched).toEqual([]);
    const orphans = await server.db.selectFrom('shipmentPackages').select('id').where('workOrderId', 'is', null).execute();
    expect(orphans).toEqual([]);
  });

  test('the devices reserved for a package (status shipped) are those of a shipment being packed or on its way; the packages of delivered shipments were received', async () => {
    const onTheirWay = await server.db
      .selectFrom('devices as d')
      .leftJoin('shipmentPackages as p', 'p.workOrderId', 'd.workOrderId')
      .leftJoin('shipments as s', 's.id', 'p.shipmentId')
      .select(['d.id', 's.status'])
      .where('d.status', '=', 'shipped')
      .execute();
    expect(onTheirWay.length).toBeGreaterThan(0);
    // booking reserves the devices as it packs them, before the tracking number ships the shipment
    expect(onTheirWay.filter((d) => d.status !== 'shipped' && d.status !== 'preparing')).toEqual([]);
    expect(onTheirWay.some((d) => d.status === 'shipped')).toBe(true);
    const packages = await server.db.selectFrom('shipmentPackages as p').innerJoin('shipments as s', 's.id', 'p.shipmentId').select(['p.receivedAt', 's.status']).execute();
    expect(packages.filter((p) => (p.status === 'delivered') !== (p.receivedAt !== null))).toEqual([]);
  });
});

test('every live center meets its go-live gates; the others show their progress and some are stalled', async () => {
  const centers = await server.db.selectFrom('serviceCenters').select(['id', 'onboardingStatus', 'statusChangedAt']).execute();
  const asOf = TODAY.toISOString().slice(0, 10);
  const inputs = await loadGateInputs(server.db, centers.map((c) => Number(c.id)), asOf);
  const unmet = (id: unknown) => onboardingGates(inputs.get(Number(id))!).filter((g) => !g.met).map((g) => g.key);
  for (const center of centers.filter((c) => c.onboardingStatus === 'live')) expect(unmet(center.id), `center ${center.id}`).toEqual([]);
  const preLive = centers.filter((c) => c.onboardingStatus !== 'live' && c.onboardingStatus !== 'suspended' && c.onboardingStatus !== 'closed');
  // before the state is notified something is always missing; after it, some are ready to go live
  for (const center of preLive.filter((c) => ['applicant', 'assessment', 'training'].includes(String(c.onboardingStatus)))) {
    expect(unmet(center.id).length, `center ${center.id}`).toBeGreaterThan(0);
  }
  expect(preLive.some((c) => unmet(c.id).length === 0)).toBe(true);
  // blockers shrink as centers move on: applicants miss most, those the state inspects miss little
  const average = (status: string) => {
    const list = preLive.filter((c) => c.onboardingStatus === status);
    return list.reduce((sum, c) => sum + unmet(c.id).length, 0) / list.length;
  };
  expect(average('applicant')).toBeGreaterThan(average('training'));
  expect(average('training')).toBeGreaterThan(average('state-inspection'));
  const stalled = preLive.filter((c) => TODAY.getTime() - Date.parse(String(c.statusChangedAt)) > 30 * 86_400_000);
  expect(stalled.length).toBeGreaterThan(0);
  expect(stalled.length).toBeLessThan(preLive.length / 2);
  // the stored files are the documents' bytes
  const sample = await server.db.selectFrom('documents').innerJoin('documentFiles', 'documentFiles.documentId', 'documents.id').select(['size', 'sha256', 'data']).limit(20).execute();
  for (const doc of sample) {
    const bytes = Buffer.from(String(doc.data), 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(Number(doc.size));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
  }
});

test('every foreign key points to a row', async () => {
  if (testBackend() === 'postgres') {
    // PostgreSQL checks each foreign key as rows are written: the data is in, so its constraints hold.
    const { rows } = await sql<{ n: number }>`select count(*) as n from pg_constraint where contype = 'f' and convalidated`.execute(server.db);
    expect(rows[0].n).toBeGreaterThan(20);
    return;
  }
  const { rows } = await sql`PRAGMA foreign_key_check`.execute(server.db);
  expect(rows).toEqual([]);
});

test('sampled records pass the API validation of their resource', async () => {
  for (const [name, table] of [
    ['jurisdictions', 'jurisdictions'],
    ['regions', 'regions'],
    ['service-centers', 'serviceCenters'],
    ['installers', 'installers'],
    ['documents', 'documents'],
    ['customers', 'customers'],
    ['vehicles', 'vehicles'],
    ['devices', 'devices'],
    ['work-orders', 'workOrders'],
    ['shipments', 'shipments'],
    ['shipment-packages', 'shipmentPackages'],
    ['appointment-requests', 'appointmentRequests'],
    ['customer-notes', 'customerNotes'],
  ] as const) {
    const resource = resourceByName.get(name)!;
    const rows = await server.db.selectFrom(table).selectAll().where(sql<boolean>`id % 37 = 1`).execute();
    expect(rows.length, name).toBeGreaterThan(0);
    for (const row of rows) {
      const record = toRecord(resource, row);
      const writable = Object.fromEntries(Object.entries(record).filter(([key]) => !resource.serverOwned.has(key)));
      const result = resource.createSchema.safeParse(writable);
      expect(result.success ? 'valid' : JSON.stringify([record, result.error.issues]), name).toBe('valid');
    }
  }
});

test('the API serves the data', async () => {
  const total = await count(server.db, 'workOrders');
  const page = await api(server.url, 'GET', '/api/work-orders?_start=0&_end=5');
  expect(page.status).toBe(200);
  expect(page.body).toHaveLength(5);
  expect(page.headers.get('x-total-count')).toBe(String(total));
  const sorted = await api(server.url, 'GET', '/api/work-orders?_sort=scheduledAt&_order=DESC&_start=0&_end=25');
  expect(sorted.body).toHaveLength(25);
  expect(sorted.body[0].scheduledAt >= sorted.body[24].scheduledAt).toBe(true);
  const live = await api(server.url, 'GET', '/api/service-centers?onboardingStatus=live&_start=0&_end=1');
  expect(Number(live.headers.get('x-total-count'))).toBeGreaterThan(150);
});

test('the demo customer logins: one in a state that allows unlock codes (installed handset, balance due, auto-pay off), one in Texas', async () => {
  const logins = await server.db
    .selectFrom('users as u')
    .innerJoin('customers as c', 'c.id', 'u.customerId')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdictionId')
    .select(['u.email', 'u.role', 'c.id', 'c.balance', 'c.autoPay', 'c.status', 'j.code', 'j.unlockCodesAllowed'])
    .orderBy('u.email')
    .execute();
  expect(logins.map((l) => [l.email, l.role])).toEqual([
    ['customer.tx@example.com', 'customer'],
    ['customer@example.com', 'customer'],
  ]);
  const [texan, allowed] = logins;
  expect(texan).toMatchObject({ code: 'TX', unlockCodesAllowed: 0, status: 'active' });
  expect(allowed).toMatchObject({ unlockCodesAllowed: 1, autoPay: 0, status: 'active' });
  expect(Number(allowed.balance)).toBeGreaterThan(0);
  for (const login of logins) {
    const handset = await server.db.selectFrom('devices').select('id').where('customerId', '=', login.id).where('status', '=', 'installed').where('kind', '=', 'handset').executeTakeFirst();
    expect(handset, login.email).toBeDefined();
  }
});

test('payment plans: an amount by frequency, active customers’ next date from today on, auto-pay on an unexpired card of their own; the demo login has a card and two past payments', async () => {
  const day = TODAY.toISOString().slice(0, 10);
  const plans = await server.db.selectFrom('customers').select(['paymentPlan', 'planAmount']).distinct().orderBy('paymentPlan').execute();
  expect(plans).toEqual([
    { paymentPlan: 'bi-monthly', planAmount: 200 },
    { paymentPlan: 'bi-weekly', planAmount: 46.15 },
    { paymentPlan: 'monthly', planAmount: 100 },
    { paymentPlan: 'weekly', planAmount: 23.08 },
  ]);
  const active = await server.db.selectFrom('customers').select(['id', 'nextPaymentOn', 'autoPay', 'autoPayMethodId']).where('status', '=', 'active').execute();
  expect(active.filter((c) => !c.nextPaymentOn || c.nextPaymentOn < day)).toEqual([]);
  const autoPayers = active.filter((c) => c.autoPay === 1);
  expect(autoPayers.length).toBeGreaterThan(1000);
  const cards = await server.db.selectFrom('paymentMethods').select(['id', 'customerId', 'expYear']).execute();
  const cardOf = new Map(cards.map((c) => [c.id, c]));
  expect(autoPayers.filter((c) => cardOf.get(c.autoPayMethodId ?? 0)?.customerId !== c.id || cardOf.get(c.autoPayMethodId!)!.expYear <= TODAY.getUTCFullYear())).toEqual([]);
  const login = await server.db.selectFrom('users').select('customerId').where('email', '=', 'customer@example.com').executeTakeFirstOrThrow();
  expect(cards.filter((c) => c.customerId === login.customerId)).toHaveLength(1);
  const paid = await server.db.selectFrom('payments').select(['amount', 'status', 'createdAt']).where('customerId', '=', login.customerId!).execute();
  expect(paid).toHaveLength(2);
  expect(paid.every((p) => p.status === 'succeeded' && p.createdAt < TODAY.toISOString())).toBe(true);
  expect(summary.counts).toMatchObject({ paymentMethods: cards.length, payments: 2 });
});

test('the demo customers asked for an appointment at a time their live center is open, and wrote notes, one acknowledged', async () => {
  const requests = await server.db
    .selectFrom('appointmentRequests as r')
    .innerJoin('serviceCenters as s', 's.id', 'r.serviceCenterId')
    .innerJoin('users as u', 'u.customerId', 'r.customerId')
    .select(['u.email', 'r.kind', 'r.status', 'r.preferredDate', 'r.preferredAt', 'r.serviceCenterId', 's.state', 's.openingHours', 's.onboardingStatus'])
    .orderBy('u.email')
    .execute();
  expect(requests.map((r) => [r.email, r.kind, r.status])).toEqual([
    ['customer.tx@example.com', 'vehicle-switch', 'requested'],
    ['customer@example.com', 'calibration', 'requested'],
  ]);
  const closures = await server.db.selectFrom('centerClosures').select(['serviceCenterId', 'startsOn', 'endsOn', 'reason']).execute();
  for (const r of requests) {
    expect(r.onboardingStatus).toBe('live');
    expect(r.preferredDate > TODAY.toISOString().slice(0, 10)).toBe(true);
    const center = { timeZone: timeZoneOf(r.state), openingHours: JSON.parse(r.openingHours!) as OpeningHours, closures: closures.filter((c) => c.serviceCenterId === r.serviceCenterId) };
    expect(closedReason(new Date(r.preferredAt!), center), r.email).toBeNull();
  }
  const notes = await server.db.selectFrom('customerNotes').select(['acknowledgedAt', 'acknowledgedBy']).orderBy('id').execute();
  expect(notes).toHaveLength(3);
  expect(notes.filter((n) => n.acknowledgedAt !== null).map((n) => n.acknowledgedBy)).toEqual(['Casey Compliance']);
});

test('refused attempts to complete unauthorised removals and exchanges are in the audit log, within the last 30 days', async () => {
  const rows = await server.db
    .selectFrom('auditLog')
    .innerJoin('workOrders', 'workOrders.id', 'auditLog.recordId')
    .select(['auditLog.at', 'workOrders.type', 'workOrders.authorizedAt'])
    .where('auditLog.action', '=', 'complete-refused')
    .execute();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBe(summary.counts.refusedCompletions);
  for (const row of rows) {
    expect(['removal', 'handheld-exchange', 'vehicle-switch']).toContain(row.type);
    expect(row.authorizedAt).toBeNull();
    expect(TODAY.getTime() - Date.parse(String(row.at))).toBeLessThan(31 * 86_400_000);
  }
});

describe('audits and ratings in the demo data', () => {
  const asOf = TODAY.toISOString().slice(0, 10);
  test('every live center has a submitted initial assessment, at least one annual audit and a rating', async () => {
    const live = await server.db.selectFrom('serviceCenters').select(['id', 'rating', 'ratingGrade']).where('onboardingStatus', '=', 'live').execute();
    expect(live.length).toBeGreaterThan(100);
    const perCenter = await server.db
      .selectFrom('audits')
      .select((eb) => [
        'serviceCenterId',
        eb.fn.sum(eb.case().when('kind', '=', 'initial').then(1).else(0).end()).as('initial'),
        eb.fn.sum(eb.case().when('kind', '=', 'annual').then(1).else(0).end()).as('annual'),
      ])
      .where('status', 'in', ['submitted', 'closed'])
      .groupBy('serviceCenterId')
      .execute();
    const byCenter = new Map(perCenter.map((r) => [Number(r.serviceCenterId), r]));
    for (const center of live) {
      const counts = byCenter.get(Number(center.id));
      expect(Number(counts?.initial), `center ${center.id}`).toBe(1);
      expect(Number(counts?.annual), `center ${center.id}`).toBeGreaterThanOrEqual(1);
      expect(center.rating, `center ${center.id}`).not.toBeNull();
    }
    // a monthly history for the trend charts, ending with today's rating on every live center
    const { last } = await server.db.selectFrom('ratings').select((eb) => eb.fn.max('computedAt').as('last')).executeTakeFirstOrThrow();
    const latest = await server.db.selectFrom('ratings').select(['serviceCenterId', 'score']).where('computedAt', '=', last).execute();
    expect(latest.length).toBe(live.length);
    for (const center of live) expect(latest.find((r) => Number(r.serviceCenterId) === Number(center.id))?.score, `center ${center.id}`).toBe(center.rating);
    const months = await server.db.selectFrom('ratings').select((eb) => eb.fn.count(sql`distinct substr(${sql.ref('computedAt')}, 1, 7)`).as('n')).executeTakeFirstOrThrow();
    expect(Number(months.n)).toBe(12);
    expect(summary.counts.audits).toBe(await count(server.db, 'audits'));
    // an audit is closed once none of its corrective actions is open
    const statuses = await server.db.selectFrom('audits').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['closed', 'submitted']);
    const closedWithOpen = await server.db
      .selectFrom('audits')
      .innerJoin('correctiveActions', 'correctiveActions.auditId', 'audits.id')
      .select('audits.id')
      .where('audits.status', '=', 'closed')
      .where('correctiveActions.status', '=', 'open')
      .executeTakeFirst();
    expect(closedWithOpen).toBeUndefined();
    expect(summary.counts.correctiveActions).toBe(await count(server.db, 'correctiveActions'));
  });

  test('results spread over the bands and grades; some corrective actions are overdue', async () => {
    const bands = await server.db.selectFrom('audits').select('band').distinct().execute();
    expect(bands.map((b) => b.band).sort()).toEqual(['complies', 'excellent', 'fails', 'good']);
    const grades = await server.db.selectFrom('serviceCenters').select('ratingGrade').distinct().where('ratingGrade', 'is not', null).execute();
    expect(grades.length).toBeGreaterThanOrEqual(3);
    const overdue = await server.db
      .selectFrom('correctiveActions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'open')
      .where('dueDate', '<', asOf)
      .executeTakeFirstOrThrow();
    expect(Number(overdue.n)).toBeGreaterThan(10);
    const closedWithout = await server.db
      .selectFrom('correctiveActions')
      .select('id')
      .where('status', '!=', 'open')
      .where('severity', 'in', ['critical', 'major'])
      .where('evidence', 'is', null)
      .executeTakeFirst();
    expect(closedWithout).toBeUndefined();
  });

  test('stored ratings reproduce from their inputs, and the API serves them sorted by rating', async () => {
    const { recomputeRating } = await import('../../audits/index.ts');
    const rows = await server.db.selectFrom('ratings').selectAll().orderBy('id').limit(25).execute();
    for (const row of rows) {
      const again = recomputeRating(JSON.parse(String(row.inputs)), String(row.methodologyVersion));
      expect(again.score).toBe(row.score);
      expect(again.contributions).toEqual(JSON.parse(String(row.explanation)));
    }
    const res = await api(server.url, 'GET', '/api/service-centers?rating_gte=80&_sort=rating&_order=asc&_start=0&_end=50');
    expect(res.status).toBe(200);
    const scores = res.body.map((c: { rating: number }) => c.rating);
    expect(scores.every((s: number) => s >= 80)).toBe(true);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => a - b));
  });
});

describe('complaints in the demo data', () => {
  test('some live centers received a few over the past year, by customers they served; most older ones are resolved', async () => {
    const rows = await server.db
      .selectFrom('complaints as c')
      .innerJoin('serviceCenters as s', 's.id', 'c.serviceCenterId')
      .select(['c.serviceCenterId', 'c.customerId', 'c.workOrderId', 'c.status', 'c.createdAt', 'c.resolvedAt', 'c.resolution', 's.onboardingStatus'])
      .execute();
    expect(summary.counts.complaints).toBe(rows.length);
    const perCenter = new Map<number, number>();
    for (const row of rows) perCenter.set(row.serviceCenterId, (perCenter.get(row.serviceCenterId) ?? 0) + 1);
    expect(perCenter.size).toBeGreaterThan(30);
    expect(new Set(perCenter.values()).size).toBeGreaterThan(1);
    expect(rows.every((r) => r.onboardingStatus === 'live' && r.createdAt <= TODAY.toISOString() && r.createdAt >= '2024-06-15')).toBe(true);
    const resolved = rows.filter((r) => r.status === 'resolved');
    expect(resolved.length).toBeGreaterThan(rows.length / 2);
    expect(resolved.every((r) => r.resolution && r.resolvedAt && r.resolvedAt > r.createdAt && r.resolvedAt <= TODAY.toISOString())).toBe(true);
    // each about a center where the customer was served, and about one of their visits there when it names one
    for (const row of rows.slice(0, 40)) {
      let visit = server.db.selectFrom('workOrders').select('id').where('customerId', '=', row.customerId).where('serviceCenterId', '=', row.serviceCenterId);
      if (row.workOrderId !== null) visit = visit.where('id', '=', row.workOrderId);
      expect(await visit.executeTakeFirst()).toBeDefined();
    }
  });

  test('today’s ratings count them: the complaint signal varies between centers', async () => {
    const { last } = await server.db.selectFrom('ratings').select((eb) => eb.fn.max('computedAt').as('last')).executeTakeFirstOrThrow();
    const latest = await server.db.selectFrom('ratings').select(['inputs', 'explanation']).where('computedAt', '=', last).execute();
    const signals = latest.map((r) => (JSON.parse(String(r.explanation)) as { key: string; value: number | null }[]).find((c) => c.key === 'complaints')!.value);
    expect(signals.filter((v) => v === 100).length).toBeGreaterThan(signals.length / 3);
    expect(signals.filter((v) => v !== null && v < 100).length).toBeGreaterThan(10);
    const counted = latest.map((r) => (JSON.parse(String(r.inputs)) as { operations: { complaints: number } }).operations.complaints);
    expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});

describe('compliance exceptions in the demo data', () => {
  test('some live centers recorded completions more than 24 hours after the work, at rates that differ', async () => {
    const rows = await server.db
      .selectFrom('auditLog')
      .innerJoin('workOrders', 'workOrders.id', 'auditLog.recordId')
      .innerJoin('serviceCenters', 'serviceCenters.id', 'workOrders.serviceCenterId')
      .select(['auditLog.at', 'workOrders.completedAt', 'workOrders.status', 'workOrders.serviceCenterId', 'serviceCenters.onboardingStatus'])
      .where('auditLog.resource', '=', 'work-orders')
      .where('auditLog.action', '=', 'complete')
      .execute();
    expect(rows.length).toBe(summary.counts.lateRecords);
    for (const row of rows) {
      expect([row.status, row.onboardingStatus]).toEqual(['completed', 'live']);
      expect(Date.parse(row.at) - Date.parse(row.completedAt!)).toBeGreaterThan(24 * 3_600_000);
      expect(row.at <= TODAY.toISOString()).toBe(true);
    }
    const perCenter = new Map<number, number>();
    for (const row of rows) perCenter.set(row.serviceCenterId, (perCenter.get(row.serviceCenterId) ?? 0) + 1);
    expect(perCenter.size).toBeGreaterThan(30);
    expect(new Set(perCenter.values()).size).toBeGreaterThan(3);
  });

  test('today’s ratings (methodology 2026.2) count them: the work-orders signal varies between centers', async () => {
    const { last } = await server.db.selectFrom('ratings').select((eb) => eb.fn.max('computedAt').as('last')).executeTakeFirstOrThrow();
    const latest = await server.db.selectFrom('ratings').select(['inputs', 'explanation', 'methodologyVersion']).where('computedAt', '=', last).execute();
    expect(new Set(latest.map((r) => r.methodologyVersion))).toEqual(new Set(['2026.2']));
    const signals = latest.map((r) => (JSON.parse(String(r.explanation)) as { key: string; value: number | null }[]).find((c) => c.key === 'workOrders')!.value);
    expect(signals.filter((v) => v === 100).length).toBeGreaterThan(signals.length / 4);
    expect(signals.filter((v) => v !== null && v < 100).length).toBeGreaterThan(signals.length / 4);
    expect(new Set(signals).size).toBeGreaterThan(10);
    const exceptions = latest.map((r) => (JSON.parse(String(r.inputs)) as { operations: { workOrdersWithComplianceException: number } }).operations.workOrdersWithComplianceException);
    expect(exceptions.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });
});

test('reporting obligations: open, reported on time and late, overdue, each due by its state’s rule', async () => {
  const rows = await server.db
    .selectFrom('reportingObligations as o')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdictionId')
    .innerJoin('customers as c', 'c.id', 'o.customerId')
    .select(['o.event', 'o.eventAt', 'o.dueAt', 'o.status', 'o.reportedAt', 'o.reference', 'j.code', 'j.reportingRules', 'j.holidays', 'c.jurisdictionId as customerState', 'o.jurisdictionId'])
    .execute();
  expect(rows.length).toBe(summary.counts.reportingObligations);
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['open', 'overdue', 'reported', 'reported-late']));
  const now = TODAY.toISOString();
  for (const r of rows) {
    const rule = (JSON.parse(r.reportingRules!) as ReportingRule[]).find((x) => x.event === r.event)!;
    const holidays = (JSON.parse(r.holidays!) as { day: string }[]).map((h) => h.day);
    expect(r.dueAt).toBe(dueAt(new Date(r.eventAt), rule, holidays, timeZoneOf(r.code)).toISOString());
    expect(r.jurisdictionId).toBe(r.customerState);
    if (r.status === 'open') expect([r.dueAt >= now, r.reportedAt]).toEqual([true, null]);
    if (r.status === 'overdue') expect([r.dueAt < now, r.reportedAt]).toEqual([true, null]);
    if (r.status === 'reported') expect(r.reportedAt! <= r.dueAt && r.reference !== null).toBe(true);
    if (r.status === 'reported-late') expect(r.reportedAt! > r.dueAt && r.reference !== null).toBe(true);
  }
});
