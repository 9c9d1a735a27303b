import { addDays, formatISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody } from './fixtures.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { generateDemoData } from '../../server/db/demo-data/seed.ts';
import { deviceLockoutOn } from '../../server/rules/calibration/lockout.ts';
import { CALIBRATION_TABS, calibrationFilter, daysOverdue, daysToLockout, type CalibrationTab } from '../../server/rules/calibration/tracking.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
});
afterAll(() => server.close());

const TODAY = '2026-03-10';
const day = (offset: number, from = TODAY) => formatISO(addDays(new Date(`${from}T12:00:00`), offset), { representation: 'date' });
const get = async (id: unknown) => (await api(base, 'GET', `/api/devices/${String(id)}`)).body as Body;
const patch = async (record: Body, changes: Body) => {
  const res = await api(base, 'PATCH', `/api/devices/${String(record.id)}`, changes);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Body;
};

async function jurisdictionWith(graceDaysBeforeLockout: number | null) {
  const jurisdiction = await createRecord(base, 'jurisdictions', { graceDaysBeforeLockout, calibrationIntervalDays: 30 });
  const center = await createRecord(base, 'service-centers', { jurisdictionId: jurisdiction.id });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  return { jurisdiction, center, customer };
}

describe('the lockout date follows the due date and the jurisdiction', () => {
  test('derived on create and whenever the due date, customer or center changes; never taken from the client', async () => {
    const seven = await jurisdictionWith(7);
    const three = await jurisdictionWith(3);
    // A device at the center with a customer assigned (installing it is the work order's completion).
    const device = await createRecord(base, 'devices', {
      serviceCenterId: seven.center.id,
      customerId: seven.customer.id,
      nextCalibrationDue: '2026-04-01',
      lockoutOn: '2030-01-01',
    });
    expect(device.lockoutOn).toBe('2026-04-08');
    expect((await patch(device, { nextCalibrationDue: '2026-05-30' })).lockoutOn).toBe('2026-06-06');
    expect((await patch(device, { customerId: three.customer.id })).lockoutOn).toBe('2026-06-02');
    expect((await patch(device, { model: 'Other model', lockoutOn: '2020-01-01' })).lockoutOn).toBe('2026-06-02');
    // No customer: the center's jurisdiction governs; no due date, no lockout.
    expect((await patch(device, { customerId: null })).lockoutOn).toBe('2026-06-06');
    expect((await patch(device, { serviceCenterId: three.center.id })).lockoutOn).toBe('2026-06-02');
    expect((await patch(device, { nextCalibrationDue: null })).lockoutOn).toBeNull();
  });

  test('a jurisdiction without grace days uses the typical 5; warehouse stock (no center, no customer) too', async () => {
    const none = await jurisdictionWith(null);
    const device = await createRecord(base, 'devices', { customerId: none.customer.id, nextCalibrationDue: '2026-02-26' });
    expect(device.lockoutOn).toBe('2026-03-03');
    const stock = await createRecord(base, 'devices', { nextCalibrationDue: '2026-02-26' });
    expect(stock.lockoutOn).toBe('2026-03-03');
  });

  test("a new grace period in a jurisdiction moves the lockout date of its devices only, in the same write, audited", async () => {
    const changed = await jurisdictionWith(5);
    const other = await jurisdictionWith(5);
    const installed = await createRecord(base, 'devices', { status: 'installed', customerId: changed.customer.id, serviceCenterId: other.center.id, nextCalibrationDue: '2026-03-01' });
    const atCenter = await createRecord(base, 'devices', { serviceCenterId: changed.center.id, nextCalibrationDue: '2026-03-20' });
    const undated = await createRecord(base, 'devices', { customerId: changed.customer.id });
    const elsewhere = await createRecord(base, 'devices', { customerId: other.customer.id, serviceCenterId: changed.center.id, nextCalibrationDue: '2026-03-01' });
    const version = (await get(installed.id)).version;

    const res = await api(base, 'PATCH', `/api/jurisdictions/${String(changed.jurisdiction.id)}`, { graceDaysBeforeLockout: 10 });
    expect(res.status).toBe(200);
    expect((await get(installed.id)).lockoutOn).toBe('2026-03-11');
    expect((await get(atCenter.id)).lockoutOn).toBe('2026-03-30');
    expect((await get(undated.id)).lockoutOn).toBeNull();
    expect((await get(elsewhere.id)).lockoutOn).toBe('2026-03-06');
    // A derived date, not an edit: a form open on the device is not made stale.
    expect((await get(installed.id)).version).toBe(version);
    const audit = await server.db.selectFrom('auditLog').selectAll().where('action', '=', 'recompute').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.summary).toBe(`Lockout dates of 2 devices in ${String(changed.jurisdiction.code)} recomputed for 10 grace days`);

    // Other edits of the jurisdiction leave lockout dates alone.
    await server.db.updateTable('devices').set({ lockoutOn: '2099-01-01' }).where('id', '=', installed.id as number).execute();
    expect((await api(base, 'PATCH', `/api/jurisdictions/${String(changed.jurisdiction.id)}`, { notes: 'Reviewed' })).status).toBe(200);
    expect((await get(installed.id)).lockoutOn).toBe('2099-01-01');
  });

  test("moving a customer to another jurisdiction moves their devices' lockout dates to its grace", async () => {
    const from = await jurisdictionWith(5);
    const to = await jurisdictionWith(9);
    const device = await createRecord(base, 'devices', { status: 'installed', customerId: from.customer.id, nextCalibrationDue: '2026-03-01' });
    const undated = await createRecord(base, 'devices', { customerId: from.customer.id });
    expect(device.lockoutOn).toBe('2026-03-06');
    expect((await api(base, 'PATCH', `/api/customers/${String(from.customer.id)}`, { jurisdictionId: to.jurisdiction.id })).status).toBe(200);
    expect((await get(device.id)).lockoutOn).toBe('2026-03-10');
    expect((await get(undated.id)).lockoutOn).toBeNull();
  });

  test('an invalid grace period is refused and changes nothing', async () => {
    const j = await jurisdictionWith(5);
    const device = await createRecord(base, 'devices', { customerId: j.customer.id, nextCalibrationDue: '2026-03-01' });
    expectErrorBody(await api(base, 'PATCH', `/api/jurisdictions/${String(j.jurisdiction.id)}`, { graceDaysBeforeLockout: -1 }), 400);
    expect((await get(device.id)).lockoutOn).toBe('2026-03-06');
  });
});

describe('calibration tracking lists', () => {
  test('each tab lists the installed devices it should, through the API filters', async () => {
    const j = await jurisdictionWith(5);
    const make = (label: string, due: string | null, status = 'installed') =>
      createRecord(base, 'devices', { serial: `CAL-${label}-${j.jurisdiction.id as number}`, status, customerId: j.customer.id, serviceCenterId: j.center.id, nextCalibrationDue: due });
    const devices: Record<string, Body> = {
      dueToday: await make('due-today', TODAY),
      dueIn7: await make('due-in-7', day(7)),
      dueIn8: await make('due-in-8', day(8)),
      dueYesterday: await make('due-yesterday', day(-1)),
      lastGraceDay: await make('last-grace-day', day(-5)),
      lockedOut: await make('locked-out', day(-6)),
      longGone: await make('long-gone', day(-90)),
      undated: await make('undated', null),
      stockOverdue: await make('stock-overdue', day(-30), 'in-stock'),
      returnedDue: await make('returned-due', day(2), 'returned'),
    };
    const expected: Record<CalibrationTab, string[]> = {
      'due-this-week': ['dueToday', 'dueIn7'],
      'in-grace': ['dueYesterday', 'lastGraceDay'],
      'locked-out': ['lockedOut', 'longGone'],
      overdue: ['dueYesterday', 'lastGraceDay', 'lockedOut', 'longGone'],
    };
    for (const tab of CALIBRATION_TABS) {
      const query = new URLSearchParams({ ...calibrationFilter(tab, TODAY), customerId: String(j.customer.id), _sort: 'nextCalibrationDue', _order: 'ASC', _start: '0', _end: '50' });
      const res = await api(base, 'GET', `/api/devices?${query.toString()}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const ids = (res.body as Body[]).map((d) => d.id).sort();
      expect(ids, tab).toEqual(expected[tab].map((key) => devices[key].id).sort());
      expect(res.headers.get('x-total-count'), tab).toBe(String(expected[tab].length));
    }
  });

  test('days overdue and days to lockout', () => {
    expect(daysOverdue('2026-03-01', TODAY)).toBe(9);
    expect(daysOverdue(day(3), TODAY)).toBe(0);
    expect(daysOverdue(null, TODAY)).toBe(0);
    expect(daysToLockout('2026-03-12', TODAY)).toBe(2);
    expect(daysToLockout(TODAY, TODAY)).toBe(0);
    expect(daysToLockout('2026-03-08', TODAY)).toBe(-2);
    expect(daysToLockout(null, TODAY)).toBeNull();
  });

  test('tab filters across month ends', () => {
    expect(calibrationFilter('due-this-week', '2026-02-26')).toEqual({ status: 'installed', nextCalibrationDue_gte: '2026-02-26', nextCalibrationDue_lte: '2026-03-05' });
    expect(calibrationFilter('in-grace', '2026-03-01')).toEqual({ status: 'installed', nextCalibrationDue_lte: '2026-02-28', lockoutOn_gte: '2026-03-01' });
    expect(calibrationFilter('locked-out', '2026-01-01')).toEqual({ status: 'installed', lockoutOn_lte: '2025-12-31' });
  });
});

describe('demo data', () => {
  const database = openDatabase('sqlite::memory:');
  beforeAll(async () => {
    await migrateToLatest(database.db);
    await generateDemoData(database.db, { scale: 'demo', seed: 77, today: new Date('2025-06-15T16:00:00Z') });
  }, 60_000);
  afterAll(() => database.close());

  test('every dated device has the lockout date the API would derive, and the warehouse holds stock of every kind', async () => {
    const devices = await database.db.selectFrom('devices').select(['id', 'nextCalibrationDue', 'lockoutOn', 'customerId', 'serviceCenterId', 'status', 'kind']).execute();
    let dated = 0;
    for (const device of devices.filter((_, i) => i % 11 === 0)) {
      expect(device.lockoutOn, `device ${String(device.id)}`).toBe(await deviceLockoutOn(database.db, device));
      if (device.nextCalibrationDue) dated++;
    }
    expect(dated).toBeGreaterThan(500);
    for (const kind of ['handset', 'relay', 'camera']) {
      const stock = devices.filter((d) => d.kind === kind && d.status === 'in-stock' && d.serviceCenterId === null && d.customerId === null);
      expect(stock.length, kind).toBeGreaterThanOrEqual(40);
    }
    const lockedOut = devices.filter((d) => d.status === 'installed' && d.lockoutOn !== null && String(d.lockoutOn) < '2025-06-15');
    const inGrace = devices.filter((d) => d.status === 'installed' && String(d.nextCalibrationDue) < '2025-06-15' && String(d.lockoutOn) >= '2025-06-15');
    expect(lockedOut.length + inGrace.length, 'some devices to act on').toBeGreaterThan(0);
  });

  test("demo unlock codes obey their jurisdiction's rules", async () => {
    const codes = await database.db
      .selectFrom('unlockCodes')
      .innerJoin('jurisdictions', 'jurisdictions.id', 'unlockCodes.jurisdictionId')
      .innerJoin('customers', 'customers.id', 'unlockCodes.customerId')
      .innerJoin('devices', 'devices.id', 'unlockCodes.deviceId')
      .select([
        'unlockCodes.deviceId',
        'unlockCodes.customerId',
        'unlockCodes.issuedAt',
        'unlockCodes.expiresAt',
        'unlockCodes.codeHash',
        'jurisdictions.code',
        'jurisdictions.unlockCodesAllowed',
        'jurisdictions.unlockCodeValidHours',
        'jurisdictions.unlockCodesPerDay',
        'jurisdictions.unlockCodesPerProgram',
        'customers.jurisdictionId as customerJurisdiction',
        'unlockCodes.jurisdictionId',
        'devices.customerId as deviceCustomer',
      ])
      .execute();
    expect(new Set(codes.map((c) => c.code))).toEqual(new Set(['WA', 'FL']));
    const perDay = new Map<string, number>();
    const perProgram = new Map<number, number>();
    for (const c of codes) {
      expect(c.unlockCodesAllowed).toBe(1);
      expect(c.customerJurisdiction).toBe(c.jurisdictionId);
      expect(c.deviceCustomer).toBe(c.customerId);
      expect(String(c.codeHash)).toMatch(/^scrypt\$/);
      expect(Date.parse(String(c.expiresAt)) - Date.parse(String(c.issuedAt))).toBe(Number(c.unlockCodeValidHours) * 3_600_000);
      const dayKey = `${String(c.deviceId)} ${String(c.issuedAt).slice(0, 10)}`;
      perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + 1);
      if (c.unlockCodesPerDay != null) expect(perDay.get(dayKey)).toBeLessThanOrEqual(Number(c.unlockCodesPerDay));
      perProgram.set(Number(c.customerId), (perProgram.get(Number(c.customerId)) ?? 0) + 1);
      if (c.unlockCodesPerProgram != null) expect(perProgram.get(Number(c.customerId))).toBeLessThanOrEqual(Number(c.unlockCodesPerProgram));
    }
  });
});
