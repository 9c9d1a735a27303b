import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, useDatabase } from './fixtures.ts';
import { looseDb, type Db } from '../../server/db/database.ts';
import { ensureSummaries } from '../../server/db/summaries/index.ts';
import { SCORE_UNITS } from '../../server/db/summaries/rating-trend.ts';
import { WALK_IN_TYPES } from '../../server/resources/choices.ts';
import { devicesPastGrace } from '../../server/stats/compliance.ts';
import { ratingsTrend } from '../../server/stats/ratings.ts';
import { statsContext } from '../../server/stats/context.ts';

/**
 * The dashboards' summaries (server/db/summaries) against the same numbers worked out here in
 * JavaScript from the rows themselves, after inserts, updates of every field they depend on and
 * deletes, written straight into the tables (the triggers keep them, whoever writes) and through
 * the API.
 */
type Row = Record<string, unknown>;
const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };

async function add(db: Db, table: string, row: Row): Promise<number> {
  const inserted = await looseDb(db).insertInto(table).values({ ...STAMP, ...row }).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}
const update = (db: Db, table: string, id: number, set: Row) => looseDb(db).updateTable(table).set(set).where('id', '=', id).execute();
const remove = (db: Db, table: string, id: number) => looseDb(db).deleteFrom(table).where('id', '=', id).execute();
const rows = async (db: Db, table: string) => (await looseDb(db).selectFrom(table).selectAll().execute()) as Row[];
const byKey = (list: Row[], ...key: string[]) => [...list].sort((a, b) => key.map((k) => String(a[k]).localeCompare(String(b[k]), 'en', { numeric: true })).find((c) => c !== 0) ?? 0);
const numbers = (row: Row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v]));

/** workOrderDays: per center and day scheduled, the day's counts and the running totals. */
async function expectedWorkOrderDays(db: Db) {
  const days = new Map<string, Row>();
  for (const o of await rows(db, 'workOrders')) {
    if (o.serviceCenterId === null || o.scheduledAt === null) continue;
    const day = String(o.scheduledAt).slice(0, 10);
    const key = `${String(o.serviceCenterId)}|${day}`;
    const row = days.get(key) ?? { serviceCenterId: o.serviceCenterId, day, workOrders: 0, completed: 0, walkIns: 0 };
    row.workOrders = Number(row.workOrders) + 1;
    row.completed = Number(row.completed) + (o.status === 'completed' ? 1 : 0);
    row.walkIns = Number(row.walkIns) + (WALK_IN_TYPES.includes(String(o.type)) ? 1 : 0);
    days.set(key, row);
  }
  const running = new Map<unknown, Row>();
  return byKey([...days.values()], 'serviceCenterId', 'day').map((row) => {
    const before = running.get(row.serviceCenterId) ?? { workOrdersUpTo: 0, completedUpTo: 0, walkInsUpTo: 0 };
    const after = {
      ...row,
      workOrdersUpTo: Number(before.workOrdersUpTo) + Number(row.workOrders),
      completedUpTo: Number(before.completedUpTo) + Number(row.completed),
      walkInsUpTo: Number(before.walkInsUpTo) + Number(row.walkIns),
    };
    running.set(row.serviceCenterId, after);
    return after;
  });
}

/** ratingTrend: per region and month, the change of the sum of the ratings in force at the month's end (and of the centers rated). */
async function expectedRatingTrend(db: Db) {
  const regionOf = new Map((await rows(db, 'serviceCenters')).map((c) => [c.id, c.regionId]));
  const lastOfMonth = new Map<string, Row>();
  const ordered = (await rows(db, 'ratings')).sort((a, b) => String(a.computedAt).localeCompare(String(b.computedAt)) || Number(a.id) - Number(b.id));
  for (const r of ordered) lastOfMonth.set(`${String(r.serviceCenterId)}|${String(r.computedAt).slice(0, 7)}`, r);
  const changes = new Map<string, { regionId: unknown; month: string; scoreUnits: number; centers: number }>();
  const previous = new Map<unknown, { units: number; rated: number }>();
  for (const [key, r] of [...lastOfMonth].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const month = key.split('|')[1];
    const now = r.score === null ? { units: 0, rated: 0 } : { units: Math.round(Number(r.score) * SCORE_UNITS), rated: 1 };
    const before = previous.get(r.serviceCenterId) ?? { units: 0, rated: 0 };
    previous.set(r.serviceCenterId, now);
    const regionId = regionOf.get(r.serviceCenterId);
    const change = changes.get(`${String(regionId)}|${month}`) ?? { regionId, month, scoreUnits: 0, centers: 0 };
    change.scoreUnits += now.units - before.units;
    change.centers += now.rated - before.rated;
    changes.set(`${String(regionId)}|${month}`, change);
  }
  return byKey([...changes.values()].filter((c) => c.scoreUnits !== 0 || c.centers !== 0), 'regionId', 'month');
}

/** latestAudits: each center's latest submitted or closed audit by date, then id. */
async function expectedLatestAudits(db: Db) {
  const latest = new Map<unknown, Row>();
  const counted = (await rows(db, 'audits')).filter((a) => a.status === 'submitted' || a.status === 'closed');
  for (const a of counted.sort((x, y) => String(x.auditDate).localeCompare(String(y.auditDate)) || Number(x.id) - Number(y.id))) latest.set(a.serviceCenterId, a);
  return byKey(
    [...latest.values()].map((a) => ({ serviceCenterId: a.serviceCenterId, auditId: a.id, auditDate: a.auditDate, band: a.band, nextAuditDue: a.nextAuditDue })),
    'serviceCenterId',
  );
}

/** lockoutDays: installed devices by their customer's jurisdiction and lockout date. */
async function expectedLockoutDays(db: Db) {
  const jurisdictionOf = new Map((await rows(db, 'customers')).map((c) => [c.id, c.jurisdictionId]));
  const days = new Map<string, Row>();
  for (const d of await rows(db, 'devices')) {
    const jurisdictionId = jurisdictionOf.get(d.customerId);
    if (d.status !== 'installed' || d.lockoutOn === null || jurisdictionId === null || jurisdictionId === undefined) continue;
    const key = `${String(jurisdictionId)}|${String(d.lockoutOn)}`;
    const row = days.get(key) ?? { jurisdictionId, lockoutOn: d.lockoutOn, devices: 0 };
    row.devices = Number(row.devices) + 1;
    days.set(key, row);
  }
  return byKey([...days.values()], 'jurisdictionId', 'lockoutOn');
}

async function summariesAgree(db: Db, label: string) {
  expect(byKey((await rows(db, 'workOrderDays')).map(numbers), 'serviceCenterId', 'day'), `workOrderDays ${label}`).toEqual(await expectedWorkOrderDays(db));
  expect(byKey((await rows(db, 'ratingTrend')).map(numbers).filter((r) => r.scoreUnits !== 0 || r.centers !== 0), 'regionId', 'month'), `ratingTrend ${label}`).toEqual(
    await expectedRatingTrend(db),
  );
  expect(byKey(await rows(db, 'latestAudits'), 'serviceCenterId'), `latestAudits ${label}`).toEqual(await expectedLatestAudits(db));
  expect(byKey((await rows(db, 'lockoutDays')).map(numbers), 'jurisdictionId', 'lockoutOn'), `lockoutDays ${label}`).toEqual(await expectedLockoutDays(db));
}

const ids: Record<string, number> = {};

async function fixture(db: Db) {
  ids.WA = await add(db, 'jurisdictions', { code: 'WA', name: 'Washington', unlockCodesAllowed: 1, stateInspectionRequired: 1, cameraRequired: 1, backgroundCheckRequired: 0, rulesConfirmed: 1 });
  ids.TX = await add(db, 'jurisdictions', { code: 'TX', name: 'Texas', unlockCodesAllowed: 1, stateInspectionRequired: 0, cameraRequired: 0, backgroundCheckRequired: 1, rulesConfirmed: 1 });
  ids.North = await add(db, 'regions', { code: 'N', name: 'North' });
  ids.South = await add(db, 'regions', { code: 'S', name: 'South' });
  const center = (name: string, regionId: number) =>
    add(db, 'serviceCenters', { name, regionId, jurisdictionId: ids.WA, street: '1 Main St', city: 'Town', state: 'WA', postalCode: '98001', onboardingStatus: 'live' });
  ids.Alpha = await center('Alpha', ids.North);
  ids.Bravo = await center('Bravo', ids.North);
  ids.Charlie = await center('Charlie', ids.South);
  const customer = (lastName: string, jurisdictionId: number) =>
    add(db, 'customers', { firstName: 'Pat', lastName, jurisdictionId, paymentPlan: 'monthly', autoPay: 0, preferredChannel: 'email', remindersOptIn: 1, status: 'active' });
  ids.K1 = await customer('One', ids.WA);
  ids.K2 = await customer('Two', ids.TX);
}

describe('maintained summaries of the dashboards', () => {
  let server: TestServer;
  let db: Db;

  beforeAll(async () => {
    server = await startTestServer(fixture);
    db = server.db;
    useDatabase(server);
  }, 60_000);
  afterAll(() => server?.close());

  test('work orders per day: inserts, a new center, day, status and type, deletes, through the API too', async () => {
    const order = (centerId: number, type: string, status: string, scheduledAt: string) =>
      add(db, 'workOrders', { serviceCenterId: centerId, type, status, scheduledAt, billableTo: 'customer', customerId: ids.K1 });
    const w1 = await order(ids.Alpha, 'calibration', 'completed', '2026-05-01T10:00:00.000Z');
    const w2 = await order(ids.Alpha, 'installation', 'scheduled', '2026-05-03T10:00:00.000Z');
    const w3 = await order(ids.Alpha, 'lockout-service', 'scheduled', '2026-05-02T23:00:00.000Z'); // between two days already counted
    await order(ids.Bravo, 'calibration', 'cancelled', '2026-05-02T10:00:00.000Z');
    await summariesAgree(db, 'after inserts');
    await update(db, 'workOrders', w3, { status: 'completed' });
    await summariesAgree(db, 'completed');
    await update(db, 'workOrders', w2, { type: 'handheld-exchange' });
    await summariesAgree(db, 'now a walk-in');
    await update(db, 'workOrders', w1, { scheduledAt: '2026-05-04T09:00:00.000Z' });
    await summariesAgree(db, 'another day');
    await update(db, 'workOrders', w3, { serviceCenterId: ids.Bravo, scheduledAt: '2026-04-30T10:00:00.000Z', status: 'in-progress', type: 'removal' });
    await summariesAgree(db, 'another center, day, status and type at once');
    await update(db, 'workOrders', w2, { notes: 'Not counted', status: 'no-show' });
    await summariesAgree(db, 'unrelated changes');
    await remove(db, 'workOrders', w1);
    await summariesAgree(db, 'deleted');

    // Through the one logged write: the volume follows at once.
    const volume = async () => (await api(server.url, 'GET', '/api/stats/work-order-volume?from=2026-01-01&to=2027-12-31&limit=100')).body as { rows: Row[] };
    const created = await createRecord(server.url, 'work-orders'); // at a new live center
    await summariesAgree(db, 'created through the API');
    expect((await volume()).rows.find((r) => r.serviceCenterId === created.serviceCenterId)).toMatchObject({ workOrders: 1 });
    expect((await api(server.url, 'DELETE', `/api/work-orders/${String(created.id)}`)).status).toBe(200);
    await summariesAgree(db, 'deleted through the API');
    expect((await volume()).rows.find((r) => r.serviceCenterId === created.serviceCenterId)).toBeUndefined();
  });

  test('ratings in force per region: inserts in and between months, changed scores, dates and centers, deletes, a center moving region', async () => {
    const rating = (centerId: number, computedAt: string, score: number | null) =>
      add(db, 'ratings', { serviceCenterId: centerId, computedAt, score, methodologyVersion: 'test', explanation: '[]', inputs: '{}' });
    const r1 = await rating(ids.Alpha, '2026-01-10T10:00:00.000Z', 90);
    await rating(ids.Alpha, '2026-03-05T10:00:00.000Z', 80.25);
    await rating(ids.Bravo, '2026-02-01T10:00:00.000Z', 70);
    await rating(ids.Charlie, '2026-01-20T10:00:00.000Z', null);
    await summariesAgree(db, 'after inserts');
    const r5 = await rating(ids.Alpha, '2026-01-25T10:00:00.000Z', 94); // the new last of January
    const r6 = await rating(ids.Alpha, '2026-01-15T10:00:00.000Z', 60); // not the last of its month
    const r7 = await rating(ids.Alpha, '2026-02-10T10:00:00.000Z', 88.5); // a month between two rated ones
    await rating(ids.Charlie, '2026-02-20T10:00:00.000Z', 75); // after one without a score
    await summariesAgree(db, 'inserts between');
    await update(db, 'ratings', r5, { score: 91.75 });
    await summariesAgree(db, 'a changed score');
    await update(db, 'ratings', r6, { computedAt: '2026-04-01T00:00:00.000Z' });
    await summariesAgree(db, 'moved to a later month');
    await update(db, 'ratings', r7, { score: null });
    await summariesAgree(db, 'a score removed');
    await update(db, 'ratings', r1, { serviceCenterId: ids.Charlie });
    await summariesAgree(db, 'another center');
    await remove(db, 'ratings', r5);
    await summariesAgree(db, 'deleted');
    await update(db, 'serviceCenters', ids.Alpha, { regionId: ids.South });
    await summariesAgree(db, 'a center moved to another region');

    // A scope of single centers, not whole regions: the region's trend of the centers read, looked up per center.
    const bravo = statsContext({ id: 0, role: 'center-staff', regionId: null, serviceCenterId: ids.Bravo }, new Date('2026-12-31T12:00:00.000Z'));
    const point = (month: string) => ({ month, id: ids.North, name: 'North', average: 70, centers: 1 });
    expect((await ratingsTrend(db, bravo, { from: '2026-01-01', to: '2026-04-30' })).rows).toEqual([point('2026-02'), point('2026-03'), point('2026-04')]);
  });

  test('latest audits: newer, submitted later, redated, moved, deleted', async () => {
    const template = await db.selectFrom('auditTemplates').select('id').orderBy('id').executeTakeFirstOrThrow();
    const audit = (centerId: number, status: string, auditDate: string, nextAuditDue: string | null) =>
      add(db, 'audits', { serviceCenterId: centerId, templateId: template.id, kind: 'annual', auditor: 'Auditor', auditDate, answers: '{}', status, band: 'good', nextAuditDue });
    const a1 = await audit(ids.Alpha, 'submitted', '2025-05-01', '2026-05-01');
    const a2 = await audit(ids.Alpha, 'draft', '2026-04-01', null);
    const a3 = await audit(ids.Bravo, 'closed', '2025-11-10', '2026-05-10');
    await summariesAgree(db, 'after inserts');
    await update(db, 'audits', a2, { status: 'submitted', nextAuditDue: '2027-04-01', band: 'excellent' });
    await summariesAgree(db, 'a draft submitted');
    await update(db, 'audits', a1, { auditDate: '2026-04-02' });
    await summariesAgree(db, 'redated');
    await update(db, 'audits', a3, { serviceCenterId: ids.Charlie });
    await summariesAgree(db, 'another center');
    await remove(db, 'audits', a1);
    await remove(db, 'audits', a3);
    await summariesAgree(db, 'deleted');
  });

  test('lockout days: installed, returned, redated, another customer, a customer moving state, deleted; a narrower scope counts its own devices', async () => {
    const device = (serial: string, status: string, customerId: number, lockoutOn: string | null, centerId = ids.Alpha) =>
      add(db, 'devices', { serial, kind: 'handset', model: 'H1', status, serviceCenterId: centerId, customerId, lockoutOn });
    const d1 = await device('L1', 'installed', ids.K1, '2026-05-10');
    const d2 = await device('L2', 'installed', ids.K1, '2026-05-10');
    const d3 = await device('L3', 'in-stock', ids.K2, '2026-05-01');
    await device('L4', 'installed', ids.K2, null, ids.Charlie);
    await device('L5', 'installed', ids.K2, '2026-05-02', ids.Charlie);
    await summariesAgree(db, 'after inserts');
    await update(db, 'devices', d3, { status: 'installed' });
    await update(db, 'devices', d1, { status: 'returned' });
    await summariesAgree(db, 'installed and returned');
    await update(db, 'devices', d2, { lockoutOn: '2026-06-01' });
    await update(db, 'devices', d3, { customerId: ids.K1 });
    await summariesAgree(db, 'redated, another customer');
    await update(db, 'customers', ids.K1, { jurisdictionId: ids.TX });
    await summariesAgree(db, 'a customer moved to another state');
    await remove(db, 'devices', d2);
    await summariesAgree(db, 'deleted');

    // A center's own staff read its devices only: counted from the devices, not the network's summary.
    const alpha = statsContext({ id: 0, role: 'center-staff', regionId: null, serviceCenterId: ids.Alpha }, new Date('2026-12-31T12:00:00.000Z'));
    const all = statsContext({ id: 0, role: 'admin', regionId: null, serviceCenterId: null }, new Date('2026-12-31T12:00:00.000Z'));
    expect((await devicesPastGrace(db, alpha)).rows).toEqual([{ jurisdictionId: ids.TX, code: 'TX', name: 'Texas', devices: 1, oldestLockoutOn: '2026-05-01' }]);
    expect((await devicesPastGrace(db, all)).rows).toEqual([{ jurisdictionId: ids.TX, code: 'TX', name: 'Texas', devices: 2, oldestLockoutOn: '2026-05-01' }]);
  });

  test('are rebuilt from the rows when their definition changes', async () => {
    for (const table of ['workOrderDays', 'ratingTrend', 'latestAudits', 'lockoutDays']) await looseDb(db).deleteFrom(table).execute();
    await sql`update "maintainedStructures" set "definition" = 'outdated' where "name" in ('workOrderDays', 'ratingTrend', 'latestAudits', 'lockoutDays')`.execute(db);
    await ensureSummaries(db);
    await summariesAgree(db, 'rebuilt');
  });
});
