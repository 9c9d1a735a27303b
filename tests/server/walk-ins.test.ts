import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase, vinOf } from './fixtures.ts';
import { calibrationDates } from '../../server/rules/calibration/due-dates.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};
const world: Record<string, Body> = {};
const RULES = { calibrationIntervalDays: 30, graceDaysBeforeLockout: 5 };

/** A customer with a vehicle and a handset and relay installed at this center (written directly: installations are tested elsewhere). */
async function customerAt(center: Body, lastName: string) {
  const customer = await createRecord(base, 'customers', { jurisdictionId: world.jurisdiction.id, firstName: 'Dana', lastName, phone: '555-0100' });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2018, make: 'Subaru', model: 'Outback', vin: vinOf(unique()) });
  const devices: Body[] = [];
  for (const kind of ['handset', 'relay']) {
    const device = await post(base, 'devices', { serial: `${kind === 'handset' ? 'Hs' : 'Rl'}-${lastName}-${unique()}`, kind, model: `${kind} 2`, serviceCenterId: center.id });
    await server.db
      .updateTable('devices')
      .set({ status: 'installed', customerId: customer.id as number, vehicleId: vehicle.id as number, nextCalibrationDue: '2026-12-20', lockoutOn: '2026-12-25', lastCalibrationOn: '2026-11-20' })
      .where('id', '=', device.id as number)
      .execute();
    devices.push(device);
  }
  return { customer, vehicle, handset: devices[0], relay: devices[1] };
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  world.jurisdiction = await createRecord(base, 'jurisdictions', RULES);
  world.region = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { regionId: world.region.id, jurisdictionId: world.jurisdiction.id });
  world.centerB = await liveCenter(base, server.db, { regionId: world.region.id, jurisdictionId: world.jurisdiction.id });
  const user = async (key: string, role: string, extra: Body = {}) => {
    const email = `${key}@walk-ins.test`;
    await post(base, 'users', { name: `${key} user`, email, role, password: 'walk-in-pass-1', ...extra });
    cookies[key] = await signIn(base, email, 'walk-in-pass-1');
  };
  await user('staffA', 'center-staff', { serviceCenterId: world.centerA.id });
  await user('staffB', 'center-staff', { serviceCenterId: world.centerB.id });
  await user('manager', 'regional-manager', { regionId: world.region.id });
  await user('onboarding', 'onboarding');
});
afterAll(() => server.close());

const as = (who: string, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const READINGS = { referenceStandard: 0.04, asFoundReading: 0.046, asLeftReading: 0.041, referenceWithinCertificate: true };

const walkIn = (w: { customer: Body; vehicle: Body }, extra: Body = {}) => ({
  type: 'calibration',
  serviceCenterId: world.centerA.id,
  customerId: w.customer.id,
  vehicleId: w.vehicle.id,
  scheduledAt: minutesAgo(8),
  startedAt: minutesAgo(6),
  completedAt: minutesAgo(2),
  ...READINGS,
  ...extra,
});

const deviceRow = (id: unknown) => server.db.selectFrom('devices').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();

/** Refused as `who` with this status: nothing in the database changed. */
async function refusedAs(who: string, method: string, url: string, body: Body | undefined, status: number) {
  const before = await snapshot(server.db);
  const res = await as(who, method, url, body);
  expectErrorBody(res, status, `${who} ${method} ${url}`);
  expect(await snapshot(server.db)).toEqual(before);
  return res;
}

describe('recording a walk-in', () => {
  test('center staff record a calibration done: created completed in one request, the devices’ dates follow', async () => {
    const w = await customerAt(world.centerA, 'Calibrated');
    const body = walkIn(w);
    const res = await as('staffA', 'POST', '/api/work-orders', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'completed', type: 'calibration', arrivedAt: body.scheduledAt, startedAt: body.startedAt, completedAt: body.completedAt, ...READINGS });
    expect(res.body.number).toMatch(/^WO-/);
    const day = String(body.completedAt).slice(0, 10);
    const expected = calibrationDates(day, RULES);
    for (const device of [w.handset, w.relay]) {
      expect(await deviceRow(device.id)).toMatchObject({ ...expected, workOrderId: res.body.id, status: 'installed', serviceCenterId: world.centerA.id });
    }
    const logged = await server.db.selectFrom('auditLog').select(['action', 'resource', 'userName']).where('at', '>=', String(res.body.createdAt)).execute();
    expect(logged.filter((r) => r.resource === 'devices')).toHaveLength(2);
    expect(logged.find((r) => r.resource === 'work-orders')).toMatchObject({ action: 'create', userName: 'staffA user' });
    const mails = await server.db.selectFrom('outbox').select('id').where('recordId', '=', Number(res.body.id)).where('resource', '=', 'work-orders').execute();
    expect(mails).toHaveLength(0);
  });

  test('a handheld exchange takes a handset from the center’s stock and returns the old one', async () => {
    const w = await customerAt(world.centerA, 'Exchanged');
    const spare = await post(base, 'devices', { serial: `HS-SPARE-${unique()}`, kind: 'handset', model: 'handset 3', serviceCenterId: world.centerA.id });
    const res = await as('staffA', 'POST', '/api/work-orders', { ...walkIn(w, { type: 'handheld-exchange' }), referenceStandard: null, asFoundReading: null, asLeftReading: null, referenceWithinCertificate: null });
    expect(res.status).toBe(201);
    expect(await deviceRow(w.handset.id)).toMatchObject({ status: 'returned', vehicleId: null, nextCalibrationDue: null });
    expect(await deviceRow(spare.id)).toMatchObject({ status: 'installed', customerId: w.customer.id, vehicleId: w.vehicle.id, lockoutOn: calibrationDates(String(res.body.completedAt).slice(0, 10), RULES).lockoutOn });
    expect(await server.db.selectFrom('shipmentPackages').select('id').where('workOrderId', '=', Number(res.body.id)).execute()).toHaveLength(0);
  });

  test('appointments stay the provider’s; another center’s walk-ins and roles without the grant are refused', async () => {
    const w = await customerAt(world.centerA, 'Refused');
    const installation = await refusedAs('staffA', 'POST', '/api/work-orders', { ...walkIn(w, { type: 'installation', completedAt: null }), ...{ referenceStandard: null, asFoundReading: null, asLeftReading: null, referenceWithinCertificate: null } }, 403);
    expect(installation.body.message).toMatch(/booked by the provider/);
    expect((await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { serviceCenterId: world.centerB.id }), 403)).body.message).toMatch(/their own center/);
    for (const who of ['manager', 'onboarding']) await refusedAs(who, 'POST', '/api/work-orders', walkIn(w), 403);
  });

  test('readings are checked: required for a calibration, within range and tolerance, only on a calibration', async () => {
    const w = await customerAt(world.centerA, 'Readings');
    const missing = await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { asFoundReading: null, referenceWithinCertificate: null }), 400);
    expect(missing.body.errors).toEqual({ asFoundReading: 'Required for a calibration', referenceWithinCertificate: 'Required for a calibration' });
    const outOfRange = await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { referenceStandard: 0.06, asFoundReading: -1 }), 400);
    expect(outOfRange.body.errors).toEqual({ referenceStandard: 'At most 0.05', asFoundReading: 'At least 0' });
    const drift = await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { asLeftReading: 0.0445, referenceWithinCertificate: false }), 400);
    expect(Object.keys(drift.body.errors).sort()).toEqual(['asLeftReading', 'referenceWithinCertificate']);
    expect(drift.body.errors.asLeftReading).toMatch(/Not within ±10 % of the standard/);
    const lockout = await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { type: 'lockout-service' }), 400);
    expect(lockout.body.errors.asLeftReading).toBe('Only a calibration records readings');
    // exactly 10 % off passes
    expect((await as('staffA', 'POST', '/api/work-orders', walkIn(w, { asLeftReading: 0.044 }))).status).toBe(201);
  });

  test('times are checked: an end is given only for a new walk-in, after its start, not in the future, the arrival first', async () => {
    const w = await customerAt(world.centerA, 'Times');
    const appointment = await refusedAs('onboarding', 'POST', '/api/work-orders', walkIn(w), 403);
    expect(appointment.status).toBe(403);
    const installation = await api(base, 'POST', '/api/work-orders', { type: 'removal', serviceCenterId: world.centerA.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: minutesAgo(60), completedAt: minutesAgo(1) });
    expectErrorBody(installation, 400);
    expect(installation.body.errors.completedAt).toMatch(/Only a walk-in/);
    expect((await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { completedAt: new Date(Date.now() + 600_000).toISOString() }), 400)).body.errors).toEqual({ completedAt: 'Cannot be in the future' });
    expect((await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { completedAt: minutesAgo(7) }), 400)).body.errors).toEqual({ completedAt: 'The end must come after the start' });
    expect((await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { scheduledAt: minutesAgo(4) }), 400)).body.errors).toEqual({ scheduledAt: 'The arrival cannot come after the start' });
    expect((await refusedAs('staffA', 'POST', '/api/work-orders', walkIn(w, { startedAt: null }), 400)).body.errors).toEqual({ startedAt: 'A walk-in is recorded with its start and end time' });
    const open = await post(base, 'work-orders', { type: 'lockout-service', serviceCenterId: world.centerA.id, customerId: w.customer.id, scheduledAt: minutesAgo(30) });
    const edit = await api(base, 'PATCH', `/api/work-orders/${String(open.id)}`, { completedAt: minutesAgo(1) });
    expectErrorBody(edit, 409);
    expect(edit.body.errors).toEqual({ completedAt: 'A work order is completed with the Complete command' });
  });

  test('nothing is half-written: a calibration of a customer with nothing installed leaves no work order behind', async () => {
    const customer = await createRecord(base, 'customers', { jurisdictionId: world.jurisdiction.id });
    const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2015, make: 'Kia', model: 'Rio', vin: vinOf(unique()) });
    const res = await refusedAs('staffA', 'POST', '/api/work-orders', walkIn({ customer, vehicle }), 409);
    expect(res.body.message).toMatch(/no installed equipment to calibrate/);
  });
});

describe('finding the customer at the counter', () => {
  const lookup = (who: string, query: string) => as(who, 'GET', `/api/walk-ins/customers?${query}`);

  test('by serial, exact in any case, at any center; with vehicles and installed devices, nothing of the program', async () => {
    const own = await customerAt(world.centerA, 'Serialown');
    const elsewhere = await customerAt(world.centerB, 'Serialother');
    const res = await lookup('staffA', `serial=${encodeURIComponent(String(own.handset.serial).toUpperCase())}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toEqual({
      id: own.customer.id,
      firstName: 'Dana',
      lastName: 'Serialown',
      phone: '555-0100',
      vehicles: [{ id: own.vehicle.id, year: 2018, make: 'Subaru', model: 'Outback' }],
      devices: [own.handset, own.relay].map((d) => ({ id: d.id, serial: d.serial, kind: d.kind, vehicleId: own.vehicle.id, nextCalibrationDue: '2026-12-20', lockoutOn: '2026-12-25' })),
    });
    expect((await lookup('staffA', `serial=${String(elsewhere.relay.serial)}`)).body.map((c: Body) => c.id)).toEqual([elsewhere.customer.id]);
    expect((await lookup('staffA', `serial=${String(own.handset.serial).slice(0, -1)}`)).body).toEqual([]);
  });

  test('by name: center staff see only customers with equipment installed at their center; at most 20; LIKE wildcards taken literally', async () => {
    await customerAt(world.centerA, 'Namesake');
    await customerAt(world.centerB, 'Namesake');
    expect((await lookup('staffA', 'name=dana%20namesake')).body).toHaveLength(1);
    expect((await lookup('staffB', 'name=NAMESAKE')).body).toHaveLength(1);
    expect((await api(base, 'GET', '/api/walk-ins/customers?name=namesake')).body).toHaveLength(2);
    expect((await lookup('staffA', 'name=%25%25')).body).toEqual([]);
    expect((await lookup('staffA', 'name=__')).body).toEqual([]);
    for (let i = 0; i < 22; i++) await customerAt(world.centerA, `Many${i}`);
    expect((await lookup('staffA', 'name=many')).body).toHaveLength(20);
  });

  test('refused: without a session (401), roles that record no walk-ins (403), a short or odd term or both kinds at once (400)', async () => {
    expect((await api(base, 'GET', '/api/walk-ins/customers?name=dana', undefined, { cookie: '' })).status).toBe(401);
    for (const who of ['manager', 'onboarding']) expectErrorBody(await lookup(who, 'name=dana'), 403);
    for (const query of ['name=d', 'name=', 'serial=', 'name=da%00na', 'name=da%E2%80%AEna', 'serial=x&name=dana', '', 'name=dana&extra=1', `serial=${'x'.repeat(41)}`]) {
      expectErrorBody(await lookup('staffA', query), 400, query);
    }
  });
});
