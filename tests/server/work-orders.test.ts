import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { FULL_PRICE_LIST, createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase, vinOf } from './fixtures.ts';
import { calibrationDates } from '../../server/rules/calibration/due-dates.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};
let jurisdiction: Body;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  jurisdiction = await createRecord(base, 'jurisdictions', { calibrationIntervalDays: 30, graceDaysBeforeLockout: 5, cameraRequired: true });
  for (const role of ['compliance', 'regional-manager']) {
    const email = `${role}-wo@test.local`;
    await post(base, 'users', { name: `${role} user`, email, role, password: 'wo-pass-1' });
    cookies[role] = await signIn(base, email, 'wo-pass-1');
  }
});
afterAll(() => server.close());

const price = (type: string) => FULL_PRICE_LIST.find((p) => p.serviceType === type)!.price;
const as = (role: string, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[role] });

async function centerStaff(serviceCenterId: unknown) {
  const email = `staff-${unique()}@test.local`;
  await post(base, 'users', { name: 'Center Staff', email, role: 'center-staff', serviceCenterId, password: 'wo-pass-1' });
  return signIn(base, email, 'wo-pass-1');
}

/** Devices in the provider's warehouse (in stock, at no center). */
async function stock(kinds: string[]) {
  const made: Body[] = [];
  for (const kind of kinds) made.push(await post(base, 'devices', { serial: `WH-${unique()}`, kind, model: `${kind} model` }));
  return made;
}

/** Retires what is left in the warehouse, so that the next test reserves the stock it writes. */
const emptyWarehouse = () => server.db.updateTable('devices').set({ status: 'retired' }).where('status', '=', 'in-stock').where('serviceCenterId', 'is', null).execute();

/** A live center, a customer of the camera state with a vehicle, and a warehouse with one installation's equipment. */
async function setting() {
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2020, make: 'Honda', model: 'Civic', vin: vinOf(unique()) });
  return { center, customer, vehicle };
}

const installationBody = (w: { center: Body; customer: Body; vehicle: Body }, scheduledAt = '2027-03-10T15:00:00.000Z') => ({
  type: 'installation',
  serviceCenterId: w.center.id,
  customerId: w.customer.id,
  vehicleId: w.vehicle.id,
  scheduledAt,
});

/**
 * A snapshot without what a refused completion records on purpose, outside the refused request:
 * its audit row, and the center's rating computed again (the refusal is a compliance exception).
 */
const withoutRefusals = (tables: Record<string, unknown[]>) => ({
  ...tables,
  auditLog: tables.auditLog.filter((row) => (row as Body).action !== 'complete-refused' && (row as Body).userName !== 'Rating'),
  ratings: [],
  serviceCenters: tables.serviceCenters.map((row) => ({ ...(row as Body), rating: null, ratingStars: null, ratingGrade: null, ratedAt: null, updatedAt: null })),
});

async function refused(res: { status: number; body: Body }, status: number, before: unknown, message?: RegExp) {
  expectErrorBody(res, status);
  if (message) expect(res.body.message).toMatch(message);
  expect(withoutRefusals(await snapshot(server.db))).toEqual(withoutRefusals(before as Record<string, unknown[]>));
}

const deviceOf = async (id: unknown) => (await api(base, 'GET', `/api/devices/${String(id)}`)).body as Body;
const orderOf = async (id: unknown) => (await api(base, 'GET', `/api/work-orders/${String(id)}`)).body as Body;
const auditRows = async (id: unknown, action: string) =>
  (await api(base, 'GET', `/api/audit-log?resource=work-orders&recordId=${String(id)}&action=${action}`)).body as Body[];

/** The warehouse hands the order's shipment to the carrier on this day. */
async function ship(orderId: unknown, shipDate: string) {
  const [pkg] = (await api(base, 'GET', `/api/shipment-packages?workOrderId=${String(orderId)}`)).body as Body[];
  await server.db.updateTable('shipments').set({ status: 'shipped', trackingNumber: `1Z${unique()}`, shipDate, consolidationKey: null }).where('id', '=', pkg.shipmentId as number).execute();
}

/** Writes stock, then books an installation and completes it: the customer has equipment on the vehicle. */
async function installed() {
  const w = await setting();
  await stock(['handset', 'relay', 'camera']);
  const order = await post(base, 'work-orders', installationBody(w, '2026-01-10T15:00:00.000Z'));
  await ship(order.id, '2026-01-07');
  const done = await api(base, 'POST', `/api/work-orders/${String(order.id)}/complete`, { startedAt: '2026-01-10T15:05:00.000Z', completedAt: '2026-01-10T16:20:00.000Z' });
  expect(done.status).toBe(200);
  return w;
}

describe('booking rules (create)', () => {
  test('only live centers take work orders', async () => {
    const w = await setting();
    const applicant = await createRecord(base, 'service-centers', { jurisdictionId: jurisdiction.id });
    const before = await snapshot(server.db);
    await refused(await api(base, 'POST', '/api/work-orders', { ...installationBody(w), serviceCenterId: applicant.id }), 409, before, /live centers only/);
  });

  test('a live center whose insurance binder has expired takes no new work orders, naming the expiry; a current binder does', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera']);
    await server.db.updateTable('serviceCenters').set({ insuranceExpiresOn: '2026-01-01' }).where('id', '=', w.center.id as number).execute();
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', '/api/work-orders', installationBody(w));
    await refused(res, 409, before, /insurance binder expired on 2026-01-01/);
    expect(res.body.errors).toEqual({ serviceCenterId: 'Insurance binder expired on 2026-01-01' });
    await server.db.updateTable('serviceCenters').set({ insuranceExpiresOn: '2099-01-01' }).where('id', '=', w.center.id as number).execute();
    expect((await api(base, 'POST', '/api/work-orders', installationBody(w))).status).toBe(201);
  });

  test('appointments name the customer and the vehicle, which must be the customer’s; walk-ins name the customer', async () => {
    const w = await setting();
    const other = await setting();
    const before = await snapshot(server.db);
    const noCustomer = await api(base, 'POST', '/api/work-orders', { ...installationBody(w), customerId: null, vehicleId: null });
    await refused(noCustomer, 400, before);
    expect(noCustomer.body.errors).toMatchObject({ customerId: /customer/, vehicleId: /vehicle/ });
    const noVehicle = await api(base, 'POST', '/api/work-orders', { ...installationBody(w), vehicleId: null });
    await refused(noVehicle, 400, before);
    expect(noVehicle.body.errors.vehicleId).toMatch(/vehicle/);
    const foreign = await api(base, 'POST', '/api/work-orders', { ...installationBody(w), vehicleId: other.vehicle.id });
    await refused(foreign, 400, before);
    expect(foreign.body.errors.vehicleId).toBe("Not this customer's vehicle");
    const walkIn = await api(base, 'POST', '/api/work-orders', { type: 'calibration', serviceCenterId: w.center.id, scheduledAt: '2026-02-01T15:00:00.000Z' });
    await refused(walkIn, 400, before);
    expect(walkIn.body.errors.customerId).toMatch(/customer/);
  });

  test('a state that inspects centers: no installation before the center passed it; other work may go ahead', async () => {
    const inspecting = await createRecord(base, 'jurisdictions', { stateInspectionRequired: true });
    const center = await liveCenter(base, server.db, { jurisdictionId: inspecting.id });
    await server.db.updateTable('serviceCenters').set({ stateInspectionPassedOn: null }).where('id', '=', center.id as number).execute();
    const w = { ...(await setting()), center };
    await stock(['handset', 'relay', 'camera']);
    const before = await snapshot(server.db);
    await refused(await api(base, 'POST', '/api/work-orders', installationBody(w)), 409, before, /has not passed the state inspection/);
    const calibration = await api(base, 'POST', '/api/work-orders', { type: 'calibration', serviceCenterId: center.id, customerId: w.customer.id, scheduledAt: '2026-02-01T15:00:00.000Z' });
    expect(calibration.status).toBe(201);
    await server.db.updateTable('serviceCenters').set({ stateInspectionPassedOn: '2026-01-20' }).where('id', '=', center.id as number).execute();
    expect((await api(base, 'POST', '/api/work-orders', installationBody(w))).status).toBe(201);
  });

  test('the cost comes from the center’s price list (a body’s cost is ignored); a missing price is refused', async () => {
    const w = await setting();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2027-01-05T15:00:00.000Z', cost: 1, billableTo: 'provider' });
    expect(removal).toMatchObject({ cost: price('removal'), billableTo: 'customer', status: 'requested' });
    const inspection = await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, scheduledAt: '2027-01-05T15:00:00.000Z' });
    expect(inspection).toMatchObject({ cost: price('vehicle-inspection'), billableTo: 'provider' });

    const list = FULL_PRICE_LIST.filter((p) => p.serviceType !== 'removal');
    await server.db.updateTable('serviceCenters').set({ priceList: JSON.stringify(list) }).where('id', '=', w.center.id as number).execute();
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', '/api/work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2027-01-05T15:00:00.000Z' });
    await refused(res, 409, before, /price list has no price for removal/);
  });

  test('an installation reserves warehouse equipment (camera where the state requires one) and ships it; none in stock is refused', async () => {
    await server.db.updateTable('devices').set({ status: 'retired' }).where('status', '=', 'in-stock').where('serviceCenterId', 'is', null).execute();
    const w = await setting();
    await stock(['relay', 'camera']);
    const before = await snapshot(server.db);
    await refused(await api(base, 'POST', '/api/work-orders', installationBody(w)), 409, before, /No handset in the warehouse/);

    const [handset] = await stock(['handset']);
    const order = await post(base, 'work-orders', installationBody(w));
    const reserved = await server.db.selectFrom('devices').selectAll().where('workOrderId', '=', order.id as number).orderBy('id').execute();
    expect(reserved.map((d) => d.kind).sort()).toEqual(['camera', 'handset', 'relay']);
    for (const d of reserved) expect(d).toMatchObject({ status: 'shipped', serviceCenterId: w.center.id, customerId: w.customer.id });
    expect(reserved.map((d) => d.id)).toContain(handset.id);
    const packages = (await api(base, 'GET', `/api/shipment-packages?workOrderId=${String(order.id)}`)).body as Body[];
    expect(packages).toHaveLength(1);
    expect(packages[0].contents).toContain(String(handset.serial));
    const reservedLog = (await api(base, 'GET', `/api/audit-log?resource=devices&recordId=${String(handset.id)}`)).body as Body[];
    expect(reservedLog.some((row) => String(row.summary).startsWith('Reserved for'))).toBe(true);
  });

  test('a booking that duplicates an open one is refused, naming the first: the same work at the same time, a second installation for the vehicle', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera', 'handset', 'relay', 'camera']);
    const first = await post(base, 'work-orders', installationBody(w));
    const before = await snapshot(server.db);
    const again = await api(base, 'POST', '/api/work-orders', installationBody(w));
    await refused(again, 409, before, new RegExp(`${String(first.number)} already books this installation`));
    expect(again.body.errors).toEqual({ scheduledAt: `Already booked: ${String(first.number)}` });
    const otherDay = await api(base, 'POST', '/api/work-orders', installationBody(w, '2027-04-01T15:00:00.000Z'));
    await refused(otherDay, 409, before, /already books an installation for this vehicle/);
    expect(otherDay.body.errors).toEqual({ vehicleId: `Already booked: ${String(first.number)}` });
    const walkIn = { type: 'calibration', serviceCenterId: w.center.id, customerId: w.customer.id, scheduledAt: '2026-02-01T15:00:00.000Z' };
    const calibration = await post(base, 'work-orders', walkIn);
    const twice = await api(base, 'POST', '/api/work-orders', walkIn);
    expectErrorBody(twice, 409);
    expect(twice.body.errors).toEqual({ scheduledAt: `Already booked: ${String(calibration.number)}` });

    expect((await api(base, 'PATCH', `/api/work-orders/${String(first.id)}`, { status: 'cancelled' })).status).toBe(200);
    expect((await api(base, 'POST', '/api/work-orders', installationBody(w))).status).toBe(201);
    await emptyWarehouse();
  });

  test('two identical bookings at once: one is booked, the other refused; one set of equipment is reserved', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera', 'handset', 'relay', 'camera']);
    const results = await Promise.all([0, 1].map(() => api(base, 'POST', '/api/work-orders', installationBody(w, '2027-03-11T15:00:00.000Z'))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const [booked] = results.filter((r) => r.status === 201);
    const [duplicate] = results.filter((r) => r.status === 409);
    expect(duplicate.body.message).toMatch(new RegExp(`${String(booked.body.number)} already books this installation`));
    const orders = await server.db.selectFrom('workOrders').select('id').where('customerId', '=', w.customer.id as number).execute();
    expect(orders).toHaveLength(1);
    const reserved = await server.db.selectFrom('devices').select('id').where('customerId', '=', w.customer.id as number).where('status', '=', 'shipped').execute();
    expect(reserved).toHaveLength(3);
    await emptyWarehouse();
  });

  test('the commands own the statuses authorized and completed', async () => {
    const w = await setting();
    const before = await snapshot(server.db);
    for (const status of ['authorized', 'completed']) {
      await refused(await api(base, 'POST', '/api/work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, scheduledAt: '2027-01-05T15:00:00.000Z', status }), 409, before);
    }
  });
});

describe('edits (PATCH)', () => {
  test('no status change to authorized or completed; an authorised order keeps its type, customer, vehicle and center; a closed order is closed', async () => {
    const w = await installed();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-02-05T15:00:00.000Z' });
    let before = await snapshot(server.db);
    await refused(await api(base, 'PATCH', `/api/work-orders/${String(removal.id)}`, { status: 'authorized' }), 409, before, /Only compliance authorises/);
    await refused(await api(base, 'PATCH', `/api/work-orders/${String(removal.id)}`, { status: 'completed' }), 409, before, /Complete command/);
    expect((await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/authorize`)).status).toBe(200);
    const other = await setting();
    before = await snapshot(server.db);
    await refused(await api(base, 'PATCH', `/api/work-orders/${String(removal.id)}`, { customerId: other.customer.id, vehicleId: other.vehicle.id }), 409, before, /authorised; its customerId, vehicleId/);
    expect((await api(base, 'PATCH', `/api/work-orders/${String(removal.id)}`, { notes: 'Customer calls ahead' })).status).toBe(200);
    expect((await api(base, 'POST', `/api/work-orders/${String(removal.id)}/complete`, { completedAt: '2026-02-05T15:40:00.000Z' })).status).toBe(200);
    before = await snapshot(server.db);
    await refused(await api(base, 'PATCH', `/api/work-orders/${String(removal.id)}`, { notes: 'later' }), 409, before, /completed; it no longer changes/);
  });

  test('an order whose equipment shipped keeps its center, customer and type', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera']);
    const order = await post(base, 'work-orders', installationBody(w));
    const elsewhere = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
    const before = await snapshot(server.db);
    await refused(await api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { serviceCenterId: elsewhere.id }), 409, before, /Equipment was shipped/);
    expect((await api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { status: 'scheduled' })).status).toBe(200);
  });

  test('a changed type or center is priced again', async () => {
    const w = await setting();
    const order = await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, scheduledAt: '2027-01-05T15:00:00.000Z' });
    const changed = await api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { type: 'cord-exchange' });
    expect(changed.body).toMatchObject({ cost: price('cord-exchange'), billableTo: 'provider' });
  });
});

describe('POST /api/work-orders/:id/authorize', () => {
  test('compliance only; records who and when; only for removals, exchanges and switches, once', async () => {
    const w = await setting();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2027-02-05T15:00:00.000Z' });
    const staff = await centerStaff(w.center.id);
    const before = await snapshot(server.db);
    const byAdmin = await api(base, 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    await refused(byAdmin, 403, before, /Only compliance authorises/);
    await refused(await as('regional-manager', 'POST', `/api/work-orders/${String(removal.id)}/authorize`), 403, before);
    await refused(await api(base, 'POST', `/api/work-orders/${String(removal.id)}/authorize`, undefined, { cookie: staff }), 403, before);

    const ok = await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'authorized', authorizedBy: 'compliance user', version: 2 });
    expect(Date.now() - Date.parse(ok.body.authorizedAt)).toBeLessThan(60_000);
    const [row] = await auditRows(removal.id, 'authorize');
    expect(row).toMatchObject({ userName: 'compliance user', summary: 'Authorised by compliance user' });

    const again = await snapshot(server.db);
    await refused(await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/authorize`), 409, again, /already authorised/);
    const inspection = await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, scheduledAt: '2027-01-05T15:00:00.000Z' });
    const snap = await snapshot(server.db);
    await refused(await as('compliance', 'POST', `/api/work-orders/${String(inspection.id)}/authorize`), 409, snap, /needs no authorisation/);
    await refused(await as('compliance', 'POST', '/api/work-orders/99999/authorize'), 404, snap);
  });

  test('the authoriser may not be set through the generic API', async () => {
    const w = await setting();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2027-02-05T15:00:00.000Z', authorizedAt: '2026-01-01T00:00:00.000Z', authorizedBy: 'Someone' });
    expect(removal).toMatchObject({ authorizedAt: null, authorizedBy: null });
  });
});

describe('POST /api/work-orders/:id/complete', () => {
  test('an installation installs the shipped equipment, sets the calibration dates and makes the customer active', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera']);
    const order = await post(base, 'work-orders', installationBody(w, '2026-01-12T15:00:00.000Z'));
    await ship(order.id, '2026-01-08');
    const res = await api(base, 'POST', `/api/work-orders/${String(order.id)}/complete`, { startedAt: '2026-01-12T15:02:00.000Z', completedAt: '2026-01-12T16:30:00.000Z' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', startedAt: '2026-01-12T15:02:00.000Z', completedAt: '2026-01-12T16:30:00.000Z', warnings: [] });
    const dates = calibrationDates('2026-01-12', { calibrationIntervalDays: 30, graceDaysBeforeLockout: 5 });
    const devices = await server.db.selectFrom('devices').selectAll().where('workOrderId', '=', order.id as number).execute();
    expect(devices).toHaveLength(3);
    for (const d of devices) expect(d).toMatchObject({ status: 'installed', vehicleId: w.vehicle.id, customerId: w.customer.id, ...dates });
    expect(dates.lockoutOn).toBe('2026-02-16');
    const customer = (await api(base, 'GET', `/api/customers/${String(w.customer.id)}`)).body;
    expect(customer).toMatchObject({ status: 'active', programStart: '2026-01-12' });
    expect(await auditRows(order.id, 'complete')).toHaveLength(1);
  });

  test('no completion before the scheduled day (a day’s tolerance), nor of equipment not yet shipped or shipped after the day', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera']);
    const order = await post(base, 'work-orders', installationBody(w, '2026-01-21T15:00:00.000Z'));
    const complete = (completedAt: string) => api(base, 'POST', `/api/work-orders/${String(order.id)}/complete`, { startedAt: null, completedAt });
    const before = await snapshot(server.db);
    const early = await complete('2026-01-10T16:00:00.000Z');
    expectErrorBody(early, 409);
    expect(early.body.errors.completedAt).toMatch(/Completed on 2026-01-10, before its scheduled day 2026-01-21/);
    const unshipped = await complete('2026-01-21T16:00:00.000Z');
    expectErrorBody(unshipped, 409);
    expect(unshipped.body.message).toMatch(/equipment has not shipped yet/);
    await ship(order.id, '2026-01-22');
    const before2 = await snapshot(server.db);
    const shippedLater = await complete('2026-01-21T16:00:00.000Z');
    expectErrorBody(shippedLater, 409);
    expect(shippedLater.body.message).toMatch(/ships on 2026-01-22, after the completion on 2026-01-21/);
    expect(await snapshot(server.db)).toEqual(before2);
    expect(before2.workOrders).toEqual(before.workOrders);
    expect(before2.devices).toEqual(before.devices);
    await ship(order.id, '2026-01-19');
    expect((await complete('2026-01-20T16:00:00.000Z')).status).toBe(200);
  });

  test('a removal without compliance’s authorisation is refused, whatever the body says', async () => {
    const w = await installed();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-03-05T15:00:00.000Z' });
    const before = withoutRefusals(await snapshot(server.db));
    for (const body of [{}, { authorizedAt: '2026-03-01T10:00:00.000Z', authorizedBy: 'Casey', status: 'authorized' }, { status: 'completed', completedAt: '2026-03-05T15:40:00.000Z' }]) {
      const res = await api(base, 'POST', `/api/work-orders/${String(removal.id)}/complete`, body);
      expectErrorBody(res, 409);
      expect(res.body.message).toMatch(/needs a work order authorised by compliance/);
    }
    const res = await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/complete`, {});
    expectErrorBody(res, 409);
    // Nothing changed but the record of each refused attempt (for the compliance dashboard).
    expect(withoutRefusals(await snapshot(server.db))).toEqual(before);
    const attempts = await auditRows(removal.id, 'complete-refused');
    expect(attempts).toHaveLength(4);
    expect(attempts[0].summary).toMatch(/needs a work order authorised by compliance/);
  });

  test('an authorised removal returns the devices, clears their calibration and completes the program', async () => {
    const w = await installed();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-03-05T15:00:00.000Z' });
    await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    const res = await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/complete`, { completedAt: '2026-03-05T15:45:00.000Z' });
    expect(res.status).toBe(200);
    const devices = await server.db.selectFrom('devices').selectAll().where('customerId', '=', w.customer.id as number).execute();
    expect(devices).toHaveLength(3);
    for (const d of devices) expect(d).toMatchObject({ status: 'returned', vehicleId: null, lastCalibrationOn: null, nextCalibrationDue: null, lockoutOn: null, serviceCenterId: w.center.id, workOrderId: removal.id });
    expect((await api(base, 'GET', `/api/customers/${String(w.customer.id)}`)).body.status).toBe('completed');
  });

  test('a vehicle switch moves the equipment to the new vehicle and recalibrates it', async () => {
    const w = await installed();
    const newer = await post(base, 'vehicles', { customerId: w.customer.id, year: 2024, make: 'Toyota', model: 'Corolla', vin: vinOf(unique()) });
    const sw = await post(base, 'work-orders', { type: 'vehicle-switch', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: newer.id, scheduledAt: '2026-02-20T15:00:00.000Z' });
    const before = await snapshot(server.db);
    await refused(await api(base, 'POST', `/api/work-orders/${String(sw.id)}/complete`, {}), 409, before, /authorised by compliance/);
    await as('compliance', 'POST', `/api/work-orders/${String(sw.id)}/authorize`);
    expect((await api(base, 'POST', `/api/work-orders/${String(sw.id)}/complete`, { completedAt: '2026-02-20T16:30:00.000Z' })).status).toBe(200);
    const devices = await server.db.selectFrom('devices').selectAll().where('customerId', '=', w.customer.id as number).execute();
    for (const d of devices) expect(d).toMatchObject({ status: 'installed', vehicleId: newer.id, lastCalibrationOn: '2026-02-20', nextCalibrationDue: '2026-03-22' });
  });

  test('walk-ins need a start and an end, the end after the start; over five minutes is allowed but flagged; the devices are recalibrated', async () => {
    const w = await installed();
    const cal = await post(base, 'work-orders', { type: 'calibration', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-02-09T15:00:00.000Z' });
    const before = await snapshot(server.db);
    await refused(await api(base, 'POST', `/api/work-orders/${String(cal.id)}/complete`, { completedAt: '2026-02-09T15:04:00.000Z' }), 409, before, /start and end time/);
    await refused(await api(base, 'POST', `/api/work-orders/${String(cal.id)}/complete`, { startedAt: '2026-02-09T15:04:00.000Z', completedAt: '2026-02-09T15:01:00.000Z' }), 409, before, /end must come after the start/);
    await refused(await api(base, 'POST', `/api/work-orders/${String(cal.id)}/complete`, { startedAt: 'soon', completedAt: '2026-02-09T15:01:00.000Z' }), 400, before);
    const res = await api(base, 'POST', `/api/work-orders/${String(cal.id)}/complete`, { startedAt: '2026-02-09T15:01:00.000Z', completedAt: '2026-02-09T15:08:30.000Z' });
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual(['This walk-in took longer than the 5-minute target']);
    const devices = await server.db.selectFrom('devices').selectAll().where('customerId', '=', w.customer.id as number).execute();
    for (const d of devices) expect(d).toMatchObject({ lastCalibrationOn: '2026-02-09', nextCalibrationDue: '2026-03-11', lockoutOn: '2026-03-16' });
    const snap = await snapshot(server.db);
    await refused(await api(base, 'POST', `/api/work-orders/${String(cal.id)}/complete`, { startedAt: '2026-02-09T15:01:00.000Z', completedAt: '2026-02-09T15:04:00.000Z' }), 409, snap, /completed/);
  });

  test('a handheld exchange (authorised) returns the old handset and installs the shipped one', async () => {
    const w = await installed();
    const [oldHandset] = await server.db.selectFrom('devices').selectAll().where('customerId', '=', w.customer.id as number).where('kind', '=', 'handset').execute();
    const [fresh] = await stock(['handset']);
    const ex = await post(base, 'work-orders', { type: 'handheld-exchange', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-02-11T15:00:00.000Z' });
    expect((await deviceOf(fresh.id)).status).toBe('shipped');
    const outbox = await server.db.selectFrom('outbox').selectAll().where('kind', '=', 'incoming-shipment').where('recordId', '=', ex.id as number).execute();
    expect(outbox).toHaveLength(1);
    await as('compliance', 'POST', `/api/work-orders/${String(ex.id)}/authorize`);
    await ship(ex.id, '2026-02-09');
    const res = await api(base, 'POST', `/api/work-orders/${String(ex.id)}/complete`, { startedAt: '2026-02-11T15:01:00.000Z', completedAt: '2026-02-11T15:04:00.000Z' });
    expect(res.status).toBe(200);
    expect(await deviceOf(oldHandset.id)).toMatchObject({ status: 'returned', vehicleId: null, nextCalibrationDue: null });
    expect(await deviceOf(fresh.id)).toMatchObject({ status: 'installed', vehicleId: w.vehicle.id, lastCalibrationOn: '2026-02-11' });
  });

  test('provider requests need no authorisation and change no equipment; only admin and compliance complete', async () => {
    const w = await installed();
    const inspection = await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-02-15T15:00:00.000Z' });
    const before = await snapshot(server.db);
    await refused(await as('regional-manager', 'POST', `/api/work-orders/${String(inspection.id)}/complete`, {}), 403, before);
    const devicesBefore = await server.db.selectFrom('devices').selectAll().where('customerId', '=', w.customer.id as number).execute();
    expect((await api(base, 'POST', `/api/work-orders/${String(inspection.id)}/complete`, {})).status).toBe(200);
    expect(await server.db.selectFrom('devices').selectAll().where('customerId', '=', w.customer.id as number).execute()).toEqual(devicesBefore);
    expect(await orderOf(inspection.id)).toMatchObject({ status: 'completed', billableTo: 'provider' });
  });
});

describe('POST /api/work-orders/:id/print', () => {
  test('center staff print their own center’s work order (recorded in the audit log); another center’s is not found', async () => {
    const w = await installed();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-04-05T15:00:00.000Z' });
    await as('compliance', 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    const staff = await centerStaff(w.center.id);
    const res = await api(base, 'POST', `/api/work-orders/${String(removal.id)}/print`, {}, { cookie: staff });
    expect(res.status).toBe(200);
    expect(res.body.workOrder).toMatchObject({ id: removal.id, authorizedBy: 'compliance user', cost: price('removal') });
    expect(res.body.center).toMatchObject({ id: w.center.id, name: w.center.name });
    expect(res.body.customer).toMatchObject({ firstName: w.customer.firstName, lastName: w.customer.lastName });
    expect(res.body.vehicle).toMatchObject({ year: 2020, make: 'Honda', model: 'Civic', vin: w.vehicle.vin });
    expect(res.body.devices.map((d: Body) => d.kind).sort()).toEqual(['camera', 'handset', 'relay']);
    const [row] = await auditRows(removal.id, 'print');
    expect(row).toMatchObject({ userName: 'Center Staff', summary: `Printed ${String(removal.number)}` });

    const otherStaff = await centerStaff((await liveCenter(base, server.db)).id);
    const before = await snapshot(server.db);
    await refused(await api(base, 'POST', `/api/work-orders/${String(removal.id)}/print`, {}, { cookie: otherStaff }), 404, before);
  });
});

test('a regional manager prints the work order without its customer, vehicle or the customer’s equipment; compliance prints them', async () => {
  const region = await createRecord(base, 'regions');
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id, regionId: region.id });
  const w = { ...(await setting()), center };
  await stock(['handset', 'relay', 'camera']);
  const order = await post(base, 'work-orders', installationBody(w, '2027-09-08T15:00:00.000Z'));
  const email = `rm-${unique()}@test.local`;
  await post(base, 'users', { name: 'Region Manager', email, role: 'regional-manager', regionId: region.id, password: 'wo-pass-1' });
  const manager = await signIn(base, email, 'wo-pass-1');
  const byManager = await api(base, 'POST', `/api/work-orders/${String(order.id)}/print`, {}, { cookie: manager });
  expect(byManager.status).toBe(200);
  expect(byManager.body).toMatchObject({ customer: null, vehicle: null, center: { id: center.id } });
  expect(JSON.stringify(byManager.body)).not.toContain(String(w.vehicle.vin));
  expect(JSON.stringify(byManager.body)).not.toContain(String(w.customer.lastName));
  const byCompliance = await as('compliance', 'POST', `/api/work-orders/${String(order.id)}/print`, {});
  expect(byCompliance.status).toBe(200);
  expect(byCompliance.body.customer).toMatchObject({ firstName: w.customer.firstName, lastName: w.customer.lastName });
  expect(byCompliance.body.vehicle).toMatchObject({ vin: w.vehicle.vin });
});

describe('consolidated shipments', () => {
  test('three appointments at one center on one day: one shipment with three labelled packages; a fourth on another day: a second shipment', async () => {
    const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
    const orders: Body[] = [];
    for (const scheduledAt of ['2027-05-12T14:00:00.000Z', '2027-05-12T16:00:00.000Z', '2027-05-12T19:30:00.000Z', '2027-05-14T15:00:00.000Z']) {
      const w = { ...(await setting()), center };
      await stock(['handset', 'relay', 'camera']);
      orders.push(await post(base, 'work-orders', installationBody(w, scheduledAt)));
    }
    const shipments = (await api(base, 'GET', `/api/shipments?serviceCenterId=${String(center.id)}&_sort=shipDate`)).body as Body[];
    expect(shipments.map((s) => s.shipDate)).toEqual(['2027-05-10', '2027-05-12']);
    const packagesOf = async (s: Body) => (await api(base, 'GET', `/api/shipment-packages?shipmentId=${String(s.id)}&_sort=id`)).body as Body[];
    const first = await packagesOf(shipments[0]);
    expect(first.map((p) => p.workOrderId)).toEqual(orders.slice(0, 3).map((o) => o.id));
    expect(new Set(first.map((p) => p.customerId)).size).toBe(3);
    first.forEach((p, i) => expect(p.label).toMatch(new RegExp(`^PKG ${String(shipments[0].id)}-${i + 1} · .+ · ${String(orders[i].number)}$`)));
    const second = await packagesOf(shipments[1]);
    expect(second.map((p) => p.workOrderId)).toEqual([orders[3].id]);
  });
});

describe('cancelling an order with equipment on its way', () => {
  test('while the shipment is prepared: the package comes out (the shipment too when empty) and the devices go back to the warehouse', async () => {
    const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
    const orders: Body[] = [];
    for (const scheduledAt of ['2027-06-09T14:00:00.000Z', '2027-06-09T16:00:00.000Z']) {
      const w = { ...(await setting()), center };
      await stock(['handset', 'relay', 'camera']);
      orders.push(await post(base, 'work-orders', installationBody(w, scheduledAt)));
    }
    const [shipment] = (await api(base, 'GET', `/api/shipments?serviceCenterId=${String(center.id)}`)).body as Body[];
    const reserved = await server.db.selectFrom('devices').select('id').where('workOrderId', '=', orders[0].id as number).execute();
    expect((await api(base, 'PATCH', `/api/work-orders/${String(orders[0].id)}`, { status: 'cancelled' })).status).toBe(200);
    const left = (await api(base, 'GET', `/api/shipment-packages?shipmentId=${String(shipment.id)}`)).body as Body[];
    expect(left.map((p) => p.workOrderId)).toEqual([orders[1].id]);
    for (const { id } of reserved) expect(await deviceOf(id)).toMatchObject({ status: 'in-stock', serviceCenterId: null, customerId: null, workOrderId: null });

    expect((await api(base, 'PATCH', `/api/work-orders/${String(orders[1].id)}`, { status: 'cancelled' })).status).toBe(200);
    expect((await api(base, 'GET', `/api/shipments/${String(shipment.id)}`)).status).toBe(404);
    const log = (await api(base, 'GET', `/api/audit-log?resource=shipments&recordId=${String(shipment.id)}&action=delete`)).body as Body[];
    expect(log).toHaveLength(1);
  });

  test('once the shipment has left, the devices stay with the center (it sends them back)', async () => {
    const w = await setting();
    await stock(['handset', 'relay', 'camera']);
    const order = await post(base, 'work-orders', installationBody(w, '2027-07-07T15:00:00.000Z'));
    const [pkg] = (await api(base, 'GET', `/api/shipment-packages?workOrderId=${String(order.id)}`)).body as Body[];
    await server.db.updateTable('shipments').set({ status: 'shipped', trackingNumber: '1Z999AA10123456784', consolidationKey: null }).where('id', '=', pkg.shipmentId as number).execute();
    expect((await api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { status: 'cancelled' })).status).toBe(200);
    expect((await api(base, 'GET', `/api/shipment-packages/${String(pkg.id)}`)).status).toBe(200);
    const devices = await server.db.selectFrom('devices').selectAll().where('workOrderId', '=', order.id as number).execute();
    expect(devices.map((d) => d.status)).toEqual(['shipped', 'shipped', 'shipped']);
  });
});

test('a rescheduled appointment’s package moves to the center’s shipment of the new ship day', async () => {
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
  const booked: Body[] = [];
  for (const scheduledAt of ['2027-08-11T14:00:00.000Z', '2027-08-13T14:00:00.000Z']) {
    const w = { ...(await setting()), center };
    await stock(['handset', 'relay', 'camera']);
    booked.push(await post(base, 'work-orders', installationBody(w, scheduledAt)));
  }
  const shipmentsOf = async () => (await api(base, 'GET', `/api/shipments?serviceCenterId=${String(center.id)}&_sort=shipDate`)).body as Body[];
  expect((await shipmentsOf()).map((x) => x.shipDate)).toEqual(['2027-08-09', '2027-08-11']);
  const [before] = (await api(base, 'GET', `/api/shipment-packages?workOrderId=${String(booked[0].id)}`)).body as Body[];
  expect((await api(base, 'PATCH', `/api/work-orders/${String(booked[0].id)}`, { scheduledAt: '2027-08-13T17:00:00.000Z' })).status).toBe(200);
  const shipments = await shipmentsOf();
  expect(shipments.map((x) => x.shipDate)).toEqual(['2027-08-11']);
  const packages = (await api(base, 'GET', `/api/shipment-packages?shipmentId=${String(shipments[0].id)}&_sort=id`)).body as Body[];
  expect(packages.map((p) => p.workOrderId)).toEqual([booked[1].id, booked[0].id]);
  expect(packages[1].contents).toBe(before.contents);
  // a time change on the same ship day leaves the package where it is
  expect((await api(base, 'PATCH', `/api/work-orders/${String(booked[0].id)}`, { scheduledAt: '2027-08-13T19:00:00.000Z' })).status).toBe(200);
  expect(((await api(base, 'GET', `/api/shipment-packages?workOrderId=${String(booked[0].id)}`)).body as Body[])[0].id).toBe(packages[1].id);
});

