import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase, vinOf } from './fixtures.ts';
import { checkSerials, discrepancyOf, receiveRefusal } from '../../server/rules/shipments/receipt.ts';
import { trackingEmailBody } from '../../server/rules/shipments/tracking-email.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let jurisdiction: Body;
const world: Record<string, Body> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  jurisdiction = await createRecord(base, 'jurisdictions', { cameraRequired: false });
  const region = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id, regionId: region.id });
  world.centerB = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id, regionId: region.id });
  const user = async (key: string, role: string, extra: Body = {}) => {
    const email = `${key}@receipt.test`;
    await post(base, 'users', { name: `Receiver ${key}`, email, role, password: 'receipt-pass-1', ...extra });
    cookies[key] = await signIn(base, email, 'receipt-pass-1');
  };
  await user('staffA', 'center-staff', { serviceCenterId: world.centerA.id });
  await user('staffB', 'center-staff', { serviceCenterId: world.centerB.id });
  await user('compliance', 'compliance');
  await user('regional-manager', 'regional-manager', { regionId: region.id });
  await user('onboarding', 'onboarding');
});
afterAll(() => server.close());

const as = (who: string, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const receive = (who: string, id: unknown, body: Body = {}) => as(who, 'POST', `/api/shipment-packages/${String(id)}/receive`, body);
const get = async (path: string) => (await api(base, 'GET', path)).body as Body;

/** A handset and a relay in the provider's warehouse (what was left there is retired: the next booking takes these). */
async function warehouse() {
  await server.db.updateTable('devices').set({ status: 'retired' }).where('status', '=', 'in-stock').where('serviceCenterId', 'is', null).execute();
  for (const kind of ['handset', 'relay']) await post(base, 'devices', { serial: `WH-${unique()}`, kind, model: `${kind} model` });
}

/** An installation booked at a center: its equipment is reserved and packed for the center's shipment of the day. */
async function booked(center: Body) {
  await warehouse();
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2021, make: 'Toyota', model: 'Corolla', vin: vinOf(unique()) });
  const order = await post(base, 'work-orders', { type: 'installation', serviceCenterId: center.id, customerId: customer.id, vehicleId: vehicle.id, scheduledAt: '2026-11-02T15:00:00.000Z' });
  const [pkg] = (await api(base, 'GET', `/api/shipment-packages?workOrderId=${String(order.id)}`)).body as Body[];
  const devices = (await api(base, 'GET', `/api/devices?workOrderId=${String(order.id)}&_sort=id`)).body as Body[];
  return { order, pkg, devices };
}

/** The carrier takes the shipment: entering its tracking number ships it. */
async function ship(shipmentId: unknown) {
  const res = await api(base, 'PATCH', `/api/shipments/${String(shipmentId)}`, { trackingNumber: `1Z${unique()}` });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** An installation whose package is on its way to the center. */
async function incoming(center: Body = world.centerA) {
  const made = await booked(center);
  await ship(made.pkg.shipmentId);
  return made;
}

describe('the receipt rules, pure', () => {
  test.each([
    ['preparing', /has not shipped yet/],
    ['returned', /went back to the warehouse/],
    ['shipped', null],
    ['delivered', null],
  ])('a package of a %s shipment: %s', (status, reason) => {
    const refusal = receiveRefusal(status);
    if (reason) expect(refusal).toMatch(reason);
    else expect(refusal).toBeNull();
  });

  test.each([
    [['H-1', 'R-1'], undefined, { received: ['H-1', 'R-1'], missing: [], unexpected: [] }, null],
    [['H-1', 'R-1'], ['r-1 ', 'H-1'], { received: ['H-1', 'R-1'], missing: [], unexpected: [] }, null],
    [['H-1', 'R-1'], ['H-1'], { received: ['H-1'], missing: ['R-1'], unexpected: [] }, 'Missing from the package: serial R-1 (not received).'],
    [['H-1'], ['H-1', 'X-9', 'x-9'], { received: ['H-1'], missing: [], unexpected: ['X-9'] }, 'Not on the packing list: serial X-9.'],
    [
      ['H-1', 'R-1'],
      ['X-9', 'Y-8'],
      { received: [], missing: ['H-1', 'R-1'], unexpected: ['X-9', 'Y-8'] },
      'Missing from the package: serials H-1, R-1 (not received). Not on the packing list: serials X-9, Y-8.',
    ],
    [[], [], { received: [], missing: [], unexpected: [] }, null],
  ])('expected %j, scanned %j → %j, %s', (expected, scanned, check, discrepancy) => {
    expect(checkSerials(expected, scanned)).toEqual(check);
    expect(discrepancyOf(check)).toBe(discrepancy);
  });

  test('the tracking e-mail names the packages of incoming walk-in equipment apart', () => {
    const shipment = { id: 7, serviceCenterId: 1, shipDate: '2026-12-01', carrier: 'UPS', trackingNumber: '1Z9', version: 2 };
    const packages = [
      { label: 'PKG 7-1 · Pham, L. · WO-1', contents: 'handset H-1', customer: 'Lan Pham', walkIn: false },
      { label: 'PKG 7-2 · Ortiz, M. · WO-2', contents: 'handset H-2', customer: 'Mia Ortiz', walkIn: true },
    ];
    const body = trackingEmailBody(shipment, packages, false);
    expect(body).toContain('Incoming walk-in equipment (the customer walks in without an appointment):\n- PKG 7-2 · Ortiz, M. · WO-2 (for Mia Ortiz)');
    expect(body.split('PKG 7-1')).toHaveLength(2);
    expect(trackingEmailBody(shipment, [packages[0]], false)).not.toContain('walk-in');
  });
});

describe('receiving a package', () => {
  test('everything as listed: the devices become stock at the center, still reserved for the order, and the installation takes them', async () => {
    // General stock at the center, older than the shipped devices: the installation must not take it.
    const spare = await post(base, 'devices', { serial: `ST-${unique()}`, kind: 'handset', model: 'handset model', serviceCenterId: world.centerA.id });
    const { order, pkg, devices } = await incoming();
    const res = await receive('staffA', pkg.id, { version: pkg.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ received: devices.map((d) => d.serial), missing: [], unexpected: [], shipmentStatus: 'delivered' });
    expect(res.body.package).toMatchObject({ id: pkg.id, receivedBy: 'Receiver staffA', discrepancy: null, hasDiscrepancy: false, version: Number(pkg.version) + 1 });
    expect(Date.parse(res.body.package.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    for (const device of devices) {
      expect(await get(`/api/devices/${String(device.id)}`)).toMatchObject({ status: 'in-stock', serviceCenterId: world.centerA.id, workOrderId: order.id });
    }
    expect(await get(`/api/shipments/${String(pkg.shipmentId)}`)).toMatchObject({ status: 'delivered' });
    const logged = (await api(base, 'GET', `/api/audit-log?resource=shipment-packages&recordId=${String(pkg.id)}&action=receive`)).body as Body[];
    expect(logged).toHaveLength(1);

    const done = await api(base, 'POST', `/api/work-orders/${String(order.id)}/complete`, {});
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    for (const device of devices) expect(await get(`/api/devices/${String(device.id)}`)).toMatchObject({ status: 'installed', customerId: order.customerId });
    expect(await get(`/api/devices/${String(spare.id)}`)).toMatchObject({ status: 'in-stock', customerId: null });
  });

  test('with the serials scanned: what is missing stays in transit, what is unexpected is named, compliance finds the discrepancy', async () => {
    const { pkg, devices } = await incoming();
    const [handset, relay] = devices;
    const res = await receive('staffA', pkg.id, { serials: [` ${String(handset.serial).toLowerCase()}`, 'BOGUS-1'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ received: [handset.serial], missing: [relay.serial], unexpected: ['BOGUS-1'] });
    expect(res.body.package.discrepancy).toBe(`Missing from the package: serial ${String(relay.serial)} (not received). Not on the packing list: serial BOGUS-1.`);
    expect(res.body.package.hasDiscrepancy).toBe(true);
    expect(await get(`/api/devices/${String(handset.id)}`)).toMatchObject({ status: 'in-stock', serviceCenterId: world.centerA.id });
    expect(await get(`/api/devices/${String(relay.id)}`)).toMatchObject({ status: 'shipped' });

    for (const filter of ['hasDiscrepancy=true', 'discrepancy_ne=']) {
      const found = (await as('compliance', 'GET', `/api/shipment-packages?${filter}`)).body as Body[];
      expect(found.map((p) => p.id)).toContain(pkg.id);
      expect(found.every((p) => p.discrepancy !== null)).toBe(true);
    }
  });

  test('the shipment is delivered when its last package is received', async () => {
    const first = await booked(world.centerA);
    const second = await booked(world.centerA);
    expect(second.pkg.shipmentId).toBe(first.pkg.shipmentId);
    await ship(first.pkg.shipmentId);
    expect((await receive('staffA', first.pkg.id)).body.shipmentStatus).toBe('shipped');
    expect(await get(`/api/shipments/${String(first.pkg.shipmentId)}`)).toMatchObject({ status: 'shipped' });
    expect((await receive('compliance', second.pkg.id)).body.shipmentStatus).toBe('delivered');
    expect(await get(`/api/shipments/${String(first.pkg.shipmentId)}`)).toMatchObject({ status: 'delivered' });
  });

  test('serials that are not serials are refused (400) with the field', async () => {
    const { pkg } = await incoming();
    const before = await snapshot(server.db);
    for (const serials of [[''], 'H-1', [42]]) {
      const res = await receive('staffA', pkg.id, { serials });
      expectErrorBody(res, 400);
      expect(Object.keys(res.body.errors).join()).toMatch(/serials/);
    }
    expect(await snapshot(server.db)).toEqual(before);
  });
});

describe('refusals change nothing', () => {
  async function refused(who: string, id: unknown, body: Body, status: number, message?: RegExp) {
    const before = await snapshot(server.db);
    const res = await receive(who, id, body);
    expectErrorBody(res, status);
    if (message) expect(res.body.message).toMatch(message);
    expect(await snapshot(server.db)).toEqual(before);
    return res;
  }

  test('a package received already: 409', async () => {
    const { pkg } = await incoming();
    expect((await receive('staffA', pkg.id)).status).toBe(200);
    const res = await refused('staffA', pkg.id, {}, 409, /already received/);
    expect(Object.keys(res.body.errors)).toEqual(['receivedAt']);
  });

  test('a shipment that has not shipped: 409, as the dry run says beforehand', async () => {
    const { pkg } = await booked(world.centerB);
    const dryRun = await as('staffB', 'GET', `/api/shipment-packages/${String(pkg.id)}/actions`);
    expect(dryRun.body.receive).toMatchObject({ allowed: false, status: 409 });
    const res = await refused('staffB', pkg.id, {}, 409, /has not shipped yet/);
    expect(res.body.message).toBe(dryRun.body.receive.reason);
  });

  test('another center’s package is not there (404); a regional manager and onboarding staff may not receive (403); a stale version 409', async () => {
    const { pkg } = await incoming(world.centerB);
    await refused('staffA', pkg.id, {}, 404);
    for (const role of ['regional-manager', 'onboarding']) {
      for (const id of [pkg.id, 999_999]) await refused(role, id, {}, 403, /Only the receiving center/);
    }
    const stale = await refused('staffB', pkg.id, { version: Number(pkg.version) + 3 }, 409);
    expect(stale.body.errors).toEqual({ version: 'Stale version' });
    expect((await receive('staffB', pkg.id, { version: pkg.version })).status).toBe(200);
  });
});

describe('center staff read the packages of their own center only', () => {
  test('list, filters, getOne and getMany', async () => {
    const own = await incoming(world.centerA);
    const other = await incoming(world.centerB);
    const list = (await as('staffA', 'GET', '/api/shipment-packages?_start=0&_end=1000')).body as Body[];
    expect(list.map((p) => p.id)).toContain(own.pkg.id);
    expect(list.map((p) => p.id)).not.toContain(other.pkg.id);
    const shipmentIds = new Set(list.map((p) => p.shipmentId));
    const centers = await server.db.selectFrom('shipments').select('serviceCenterId').distinct().where('id', 'in', [...shipmentIds] as number[]).execute();
    expect(centers).toEqual([{ serviceCenterId: world.centerA.id }]);
    expect((await as('staffA', 'GET', `/api/shipment-packages?shipmentId=${String(other.pkg.shipmentId)}`)).body).toEqual([]);
    expect((await as('staffA', 'GET', `/api/shipment-packages/${String(own.pkg.id)}`)).status).toBe(200);
    expectErrorBody(await as('staffA', 'GET', `/api/shipment-packages/${String(other.pkg.id)}`), 404);
    const many = (await as('staffA', 'GET', `/api/shipment-packages?id=${String(own.pkg.id)}&id=${String(other.pkg.id)}`)).body as Body[];
    expect(many.map((p) => p.id)).toEqual([own.pkg.id]);
    expect(((await as('staffB', 'GET', '/api/shipment-packages')).body as Body[]).map((p) => p.id)).toContain(other.pkg.id);
  });

  test('nobody writes the receipt with an edit: the fields are the server’s', async () => {
    const { pkg } = await booked(world.centerA);
    const res = await api(base, 'PATCH', `/api/shipment-packages/${String(pkg.id)}`, { receivedAt: '2026-01-01T00:00:00.000Z', discrepancy: 'made up', hasDiscrepancy: true, contents: 'Handset' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ receivedAt: null, discrepancy: null, hasDiscrepancy: null, contents: 'Handset' });
  });
});
