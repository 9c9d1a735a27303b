import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, post, snapshot, useDatabase } from './fixtures.ts';
import { customerWithVehicle, portalSetting, shipPackageOf, stockForInstallation } from './portal-fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let w: Awaited<ReturnType<typeof portalSetting>>;
let people: Awaited<ReturnType<typeof customerWithVehicle>>;
const orders: Record<string, Body> = {};

const FROM = '2027-06-14T00:00:00.000Z';
const TO = '2027-06-21T00:00:00.000Z';
const agendaUrl = (centerId: unknown, from = FROM, to = TO) => `/api/service-centers/${String(centerId)}/agenda?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
const as = (cookie: string, url: string) => api(base, 'GET', url, undefined, { cookie });

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  w = await portalSetting(server);
  people = await customerWithVehicle(base);
  const booking = (type: string, scheduledAt: string) => post(base, 'work-orders', { type, serviceCenterId: w.center.id, customerId: people.customer.id, vehicleId: people.vehicle.id, scheduledAt });
  await stockForInstallation(base);
  orders.installation = await booking('installation', '2027-06-15T17:00:00.000Z');
  orders.removal = await booking('removal', '2027-06-14T15:30:00.000Z');
  orders.inspection = await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, scheduledAt: '2027-06-16T14:00:00.000Z' });
  orders.cancelled = await booking('calibration', '2027-06-17T14:00:00.000Z');
  await api(base, 'PATCH', `/api/work-orders/${String(orders.cancelled.id)}`, { status: 'cancelled' });
  orders.later = await booking('calibration', TO);
  orders.elsewhere = await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.other.id, scheduledAt: '2027-06-16T14:00:00.000Z' });
  await shipPackageOf(server, orders.installation.id, '1ZPORTAL123');
});
afterAll(() => server.close());

describe('GET /api/service-centers/:id/agenda', () => {
  test("center staff get their center's appointments in [from, to), not cancelled, in time order, with exactly the promised fields", async () => {
    const res = await as(w.cookies.staff, agendaUrl(w.center.id));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: FROM, to: TO, timeZone: 'America/Chicago', truncated: false });
    const rows = res.body.rows as Body[];
    expect(rows.map((r) => r.id)).toEqual([orders.removal.id, orders.installation.id, orders.inspection.id]);
    const [removal, installation, inspection] = rows;
    expect(Object.keys(installation).sort()).toEqual(
      ['authorizationNeeded', 'authorizedAt', 'billableTo', 'completedAt', 'cost', 'customer', 'id', 'number', 'packages', 'scheduledAt', 'startedAt', 'status', 'type', 'vehicle', 'version'].sort(),
    );
    expect(installation).toMatchObject({
      number: orders.installation.number,
      type: 'installation',
      cost: orders.installation.cost,
      billableTo: 'customer',
      authorizationNeeded: false,
      customer: { id: people.customer.id, firstName: people.customer.firstName, lastName: people.customer.lastName, phone: '555-0100' },
      vehicle: { id: people.vehicle.id, year: 2021, make: 'Toyota', model: 'Corolla' },
    });
    expect(Object.keys(installation.customer as Body).sort()).toEqual(['firstName', 'id', 'lastName', 'phone']);
    expect(Object.keys(installation.vehicle as Body).sort()).toEqual(['id', 'make', 'model', 'year']);
    expect(installation.packages).toEqual([
      { id: expect.any(Number), label: expect.any(String), shipment: { id: expect.any(Number), carrier: 'FedEx', trackingNumber: '1ZPORTAL123', status: 'shipped', shipDate: expect.any(String) } },
    ]);
    expect(removal).toMatchObject({ type: 'removal', authorizationNeeded: true, authorizedAt: null, packages: [] });
    expect(inspection).toMatchObject({ type: 'vehicle-inspection', billableTo: 'provider', customer: null, vehicle: null });
    const text = JSON.stringify(res.body);
    for (const forbidden of ['balance', 'paymentPlan', 'caseNumber', String(people.customer.caseNumber), 'vin', people.vehicle.vin as string]) expect(text).not.toContain(forbidden);
  });

  test('administrators and compliance read any center’s agenda', async () => {
    const res = await api(base, 'GET', agendaUrl(w.center.id));
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(3);
  });

  test('another center’s agenda is not found for center staff; regional managers and onboarding are refused (403); nothing changes', async () => {
    const before = await snapshot(server.db);
    expectErrorBody(await as(w.cookies.otherStaff, agendaUrl(w.center.id)), 404);
    expectErrorBody(await as(w.cookies.staff, agendaUrl(w.other.id)), 404);
    expectErrorBody(await as(w.cookies.manager, agendaUrl(w.center.id)), 403);
    expectErrorBody(await as(w.cookies.onboarding, agendaUrl(w.center.id)), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test.each([
    ['no range', `/agenda`, 'from'],
    ['no end', `/agenda?from=${encodeURIComponent(FROM)}`, 'to'],
    ['not a date-time', `/agenda?from=2027-06-14&to=${encodeURIComponent(TO)}`, 'from'],
    ['an end before the start', `/agenda?from=${encodeURIComponent(TO)}&to=${encodeURIComponent(FROM)}`, 'to'],
    ['an empty range', `/agenda?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(FROM)}`, 'to'],
    ['more than 31 days', `/agenda?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent('2027-07-15T00:00:01.000Z')}`, 'to'],
  ])('%s is a 400 naming the field', async (_label, path, field) => {
    const res = await as(w.cookies.staff, `/api/service-centers/${String(w.center.id)}${path}`);
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors)).toContain(field);
  });

  test('31 days is the longest range', async () => {
    expect((await as(w.cookies.staff, agendaUrl(w.center.id, FROM, '2027-07-15T00:00:00.000Z'))).status).toBe(200);
  });
});
