import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, post, snapshot, useDatabase } from './fixtures.ts';
import { customerWithVehicle, portalSetting, userOf } from './portal-fixtures.ts';
import { monthOf } from '../../server/rules/portal/month.ts';
import { statementTotals } from '../../server/rules/portal/statement-totals.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let w: Awaited<ReturnType<typeof portalSetting>>;
let people: Awaited<ReturnType<typeof customerWithVehicle>>;

const MONTH = '2026-10';
const statementUrl = (centerId: unknown, month = MONTH) => `/api/service-centers/${String(centerId)}/statement?month=${month}`;
const as = (cookie: string, url: string) => api(base, 'GET', url, undefined, { cookie });

/** A work order of the center done at this instant (the completion command is tested elsewhere), at this price. */
async function done(type: string, completedAt: string, cost: number, serviceCenterId = w.center.id) {
  const forCustomer = type !== 'vehicle-inspection';
  const order = await post(base, 'work-orders', {
    type,
    serviceCenterId,
    scheduledAt: completedAt,
    ...(forCustomer ? { customerId: people.customer.id, vehicleId: type === 'calibration' ? null : people.vehicle.id } : {}),
  });
  await server.db.updateTable('workOrders').set({ status: 'completed', completedAt, cost }).where('id', '=', order.id as number).execute();
  return { ...order, completedAt, cost };
}

const inMonth: Body[] = [];

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  w = await portalSetting(server);
  people = await customerWithVehicle(base);
  inMonth.push(await done('vehicle-inspection', '2026-10-01T00:00:00.000Z', 0.1));
  inMonth.push(await done('calibration', '2026-10-12T15:00:00.000Z', 0.2));
  inMonth.push(await done('vehicle-inspection', '2026-10-20T15:00:00.000Z', 19.99));
  inMonth.push(await done('calibration', '2026-10-31T23:59:59.999Z', 75.05));
  await done('calibration', '2026-09-30T23:59:59.999Z', 1000);
  await done('vehicle-inspection', '2026-11-01T00:00:00.000Z', 1000);
  await done('calibration', '2026-10-15T15:00:00.000Z', 1000, w.other.id);
  // Booked for the month but not completed: not on the statement.
  await post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: w.center.id, scheduledAt: '2026-10-21T15:00:00.000Z' });
});
afterAll(() => server.close());

describe('GET /api/service-centers/:id/statement', () => {
  test("center staff get their month's completed services (UTC month), each with its price and payer, and totals that add up", async () => {
    const res = await as(w.cookies.staff, statementUrl(w.center.id));
    expect(res.status).toBe(200);
    expect(res.body.serviceCenterId).toBe(w.center.id);
    expect(res.body.month).toBe(MONTH);
    const rows = res.body.rows as Body[];
    expect(rows.map((r) => r.id)).toEqual(inMonth.map((o) => o.id));
    expect(Object.keys(rows[0]).sort()).toEqual(['billableTo', 'completedAt', 'customerName', 'id', 'number', 'price', 'type'].sort());
    expect(rows[0]).toMatchObject({ number: inMonth[0].number, type: 'vehicle-inspection', customerName: null, price: 0.1, billableTo: 'provider' });
    expect(rows[1]).toMatchObject({ type: 'calibration', customerName: `${String(people.customer.firstName)} ${String(people.customer.lastName)}`, price: 0.2, billableTo: 'customer' });
    expect(res.body.totals).toEqual({ services: 4, provider: 20.09, customer: 75.25, total: 95.34 });
    const sum = (payer: string) => rows.filter((r) => r.billableTo === payer).reduce((cents, r) => cents + Math.round((r.price as number) * 100), 0) / 100;
    expect(res.body.totals.provider).toBe(sum('provider'));
    expect(res.body.totals.customer).toBe(sum('customer'));
    expect(JSON.stringify(res.body)).not.toMatch(/balance|paymentPlan|caseNumber|phone/);
  });

  test('administrators and compliance read any center’s statement; a month without work is empty', async () => {
    const compliance = await userOf(base, 'compliance');
    expect((await as(compliance, statementUrl(w.center.id))).body.totals.services).toBe(4);
    const empty = await api(base, 'GET', statementUrl(w.center.id, '2026-08'));
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ serviceCenterId: w.center.id, month: '2026-08', rows: [], totals: { services: 0, provider: 0, customer: 0, total: 0 } });
  });

  test('another center’s statement is not found for center staff; regional managers and onboarding are refused (403); nothing changes', async () => {
    const before = await snapshot(server.db);
    expectErrorBody(await as(w.cookies.otherStaff, statementUrl(w.center.id)), 404);
    expectErrorBody(await as(w.cookies.staff, statementUrl(w.other.id)), 404);
    expectErrorBody(await as(w.cookies.manager, statementUrl(w.center.id)), 403);
    expectErrorBody(await as(w.cookies.onboarding, statementUrl(w.center.id)), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });

  const next = (month: string) => {
    const [y, m] = month.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  test.each([['2026-13'], ['2026-1'], ['october'], [''], [next(monthOf())]])('month %j is a 400', async (month) => {
    const res = await as(w.cookies.staff, statementUrl(w.center.id, month));
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors)).toEqual(['month']);
  });

  test('the current month is allowed', async () => {
    expect((await as(w.cookies.staff, statementUrl(w.center.id, monthOf()))).status).toBe(200);
  });
});

describe('statementTotals', () => {
  test.each([
    [[], { services: 0, provider: 0, customer: 0, total: 0 }],
    [[{ price: 0.1, billableTo: 'provider' }, { price: 0.2, billableTo: 'provider' }], { services: 2, provider: 0.3, customer: 0, total: 0.3 }],
    [[{ price: 19.99, billableTo: 'customer' }, { price: null, billableTo: 'customer' }, { price: 80, billableTo: 'provider' }], { services: 3, provider: 80, customer: 19.99, total: 99.99 }],
  ])('%j totals %j', (services, totals) => {
    expect(statementTotals(services)).toEqual(totals);
  });
});
