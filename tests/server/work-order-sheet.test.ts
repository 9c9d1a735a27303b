import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, post, snapshot, useDatabase } from './fixtures.ts';
import { customerWithVehicle, portalSetting, shipPackageOf, stockForInstallation } from './portal-fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let w: Awaited<ReturnType<typeof portalSetting>>;
let people: Awaited<ReturnType<typeof customerWithVehicle>>;
let order: Body;

const as = (cookie: string, method: string, url: string) => api(base, method, url, method === 'POST' ? {} : undefined, { cookie });
const sheetUrl = () => `/api/work-orders/${String(order.id)}/sheet`;
const printUrl = () => `/api/work-orders/${String(order.id)}/print`;
const printRows = async () => (await api(base, 'GET', `/api/audit-log?resource=work-orders&recordId=${String(order.id)}&action=print`)).body as Body[];

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  w = await portalSetting(server);
  people = await customerWithVehicle(base);
  await stockForInstallation(base);
  order = await post(base, 'work-orders', { type: 'installation', serviceCenterId: w.center.id, customerId: people.customer.id, vehicleId: people.vehicle.id, scheduledAt: '2027-06-15T17:00:00.000Z' });
  await shipPackageOf(server, order.id, '1ZSHEET42');
});
afterAll(() => server.close());

describe('GET /api/work-orders/:id/sheet', () => {
  test('center staff see the sheet of their own work order: what print returns, without writing the audit log', async () => {
    const before = await snapshot(server.db);
    const sheet = await as(w.cookies.staff, 'GET', sheetUrl());
    expect(sheet.status).toBe(200);
    expect(await snapshot(server.db)).toEqual(before);
    expect(Object.keys(sheet.body).sort()).toEqual(['center', 'customer', 'devices', 'packages', 'vehicle', 'workOrder']);
    expect(sheet.body.customer).toEqual({ id: people.customer.id, firstName: people.customer.firstName, lastName: people.customer.lastName, phone: '555-0100', caseNumber: people.customer.caseNumber });
    expect(sheet.body.vehicle).toMatchObject({ year: 2021, make: 'Toyota', model: 'Corolla', vin: people.vehicle.vin });
    expect((sheet.body.devices as Body[]).map((d) => d.kind).sort()).toEqual(['handset', 'relay']);
    expect(sheet.body.packages).toEqual([
      { id: expect.any(Number), label: expect.any(String), shipment: { id: expect.any(Number), carrier: 'FedEx', trackingNumber: '1ZSHEET42', status: 'shipped', shipDate: expect.any(String) } },
    ]);
    expect(JSON.stringify(sheet.body)).not.toMatch(/balance|paymentPlan/);

    expect(await printRows()).toHaveLength(0);
    const printed = await as(w.cookies.staff, 'POST', printUrl());
    expect(printed.status).toBe(200);
    const { printedAt, printedBy, ...printedSheet } = printed.body as Body;
    expect(printedBy).toBe('center-staff user');
    expect(typeof printedAt).toBe('string');
    expect(printedSheet).toEqual(sheet.body);
    expect(await printRows()).toHaveLength(1);
  });

  test('another center’s work order is not found; regional managers and onboarding are refused (403); nothing changes', async () => {
    const before = await snapshot(server.db);
    expectErrorBody(await as(w.cookies.otherStaff, 'GET', sheetUrl()), 404);
    expectErrorBody(await as(w.cookies.manager, 'GET', sheetUrl()), 403);
    expectErrorBody(await as(w.cookies.onboarding, 'GET', sheetUrl()), 403);
    expectErrorBody(await as(w.cookies.staff, 'GET', '/api/work-orders/999999/sheet'), 404);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a regional manager’s print lists no packages (their scope has none) and no customer', async () => {
    const printed = await as(w.cookies.manager, 'POST', printUrl());
    expect(printed.status).toBe(200);
    expect(printed.body).toMatchObject({ customer: null, vehicle: null, packages: [] });
  });
});
