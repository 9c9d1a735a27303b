import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, unique, useDatabase } from './fixtures.ts';
import type { CustomerDashboard } from '../../server/rules/client-portal/dashboard.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;

const DAY_MS = 86_400_000;
const dayOffset = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const PASSWORD = 'dash-pass-1';

/** A customer with an installed handset (and a vehicle) in a state with these unlock-code rules, and their login. */
async function customerWithDevice(rules: Body) {
  const jurisdiction = await createRecord(base, 'jurisdictions', { name: `State ${unique()}`, graceDaysBeforeLockout: 5, ...rules });
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id, phone: '(206) 555-0100', hours: 'Mon–Fri 8–5' });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id, balance: 120 });
  const vehicle = await createRecord(base, 'vehicles', { customerId: customer.id, make: 'Honda', model: 'Civic', year: 2018 });
  const due = dayOffset(20);
  const device = await createRecord(base, 'devices', {
    status: 'installed',
    kind: 'handset',
    model: 'H-200',
    serviceCenterId: center.id,
    customerId: customer.id,
    vehicleId: vehicle.id,
    nextCalibrationDue: due,
  });
  // a relay due earlier, not installed: the next service is the handset's
  await createRecord(base, 'devices', { status: 'returned', kind: 'relay', customerId: customer.id, nextCalibrationDue: dayOffset(2) });
  const email = `dash-${unique()}@portal.test`;
  await post(base, 'users', { name: 'A Customer', email, role: 'customer', customerId: customer.id, password: PASSWORD });
  return { jurisdiction, center, customer, vehicle, device, due, cookie: await signIn(base, email, PASSWORD) };
}

async function staffLogin(role: string, extra: Body = {}) {
  const email = `staff-${unique()}@portal.test`;
  await post(base, 'users', { name: `A ${role}`, email, role, password: PASSWORD, ...extra });
  return signIn(base, email, PASSWORD);
}

let mine: Awaited<ReturnType<typeof customerWithDevice>>;
let theirs: Awaited<ReturnType<typeof customerWithDevice>>;

const dashboardOf = (customer: Body, cookie: string) => api(base, 'GET', `/api/customers/${String(customer.id)}/dashboard`, undefined, { cookie });

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  mine = await customerWithDevice({ unlockCodesAllowed: true, unlockCodeValidHours: 24, unlockCodesPerDay: 1, unlockCodeFee: 15, unlockCodeCallNumber: '(800) 555-0199' });
  theirs = await customerWithDevice({ unlockCodesAllowed: false, unlockCodeCallNumber: '(800) 555-0142' });
});
afterAll(() => server.close());

describe('GET /api/customers/:id/dashboard', () => {
  test('a customer reads their own: balance, devices, next service, appointments with the center, the state’s unlock-code rules', async () => {
    const at = `${dayOffset(7)}T16:00:00.000Z`;
    const order = await createRecord(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: mine.center.id, customerId: mine.customer.id, scheduledAt: at });
    await createRecord(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: mine.center.id, customerId: mine.customer.id, scheduledAt: `${dayOffset(-3)}T16:00:00.000Z` });
    const res = await dashboardOf(mine.customer, mine.cookie);
    expect(res.status).toBe(200);
    const body = res.body as CustomerDashboard;
    expect(body.customer).toMatchObject({ id: mine.customer.id, balance: 120, autoPay: false, paymentPlan: 'monthly' });
    expect(body.devices).toHaveLength(1);
    expect(body.devices[0]).toMatchObject({
      id: mine.device.id,
      serial: mine.device.serial,
      model: 'H-200',
      status: 'installed',
      nextCalibrationDue: mine.due,
      vehicle: { year: 2018, make: 'Honda', model: 'Civic' },
      unlockCode: { allowed: true, validHours: 24 },
    });
    const lockout = body.devices[0].lockoutOn;
    expect(lockout).toBe(dayOffset(25));
    expect(body.nextService).toEqual({ deviceId: mine.device.id, serial: mine.device.serial, dueOn: mine.due, lockoutOn: lockout });
    // the past appointment is left out; the center is shown as the public sees it, nothing internal
    expect(body.appointments).toEqual([
      {
        id: order.id,
        number: order.number,
        type: 'vehicle-inspection',
        status: order.status,
        scheduledAt: at,
        center: { name: mine.center.name, street: mine.center.street, city: mine.center.city, state: mine.center.state, postalCode: mine.center.postalCode, phone: '(206) 555-0100', hours: 'Mon–Fri 8–5' },
      },
    ]);
    expect(body.unlockCodes).toMatchObject({ allowed: true, validHours: 24, perDay: 1, fee: 15, callNumber: '(800) 555-0199', stateName: mine.jurisdiction.name });
  });

  test('after a code the day’s limit shows on the device, and the fee on the balance', async () => {
    const issued = await api(base, 'POST', `/api/devices/${String(mine.device.id)}/unlock-codes`, {}, { cookie: mine.cookie });
    expect(issued.status).toBe(201);
    const body = (await dashboardOf(mine.customer, mine.cookie)).body as CustomerDashboard;
    expect(body.customer.balance).toBe(135);
    expect(body.devices[0].unlockCode).toEqual({ allowed: false, reason: expect.stringMatching(/^Daily limit reached/) });
  });

  test('where the state gives no codes, the rule says so and names the number to call', async () => {
    const body = (await dashboardOf(theirs.customer, theirs.cookie)).body as CustomerDashboard;
    expect(body.unlockCodes).toMatchObject({ allowed: false, callNumber: '(800) 555-0142' });
    expect(body.devices[0].unlockCode).toEqual({ allowed: false, reason: expect.stringContaining('call (800) 555-0142') });
  });

  test('another customer’s dashboard is not found (404), nor one that does not exist', async () => {
    expectErrorBody(await dashboardOf(theirs.customer, mine.cookie), 404);
    expectErrorBody(await dashboardOf({ id: 999_999 }, mine.cookie), 404);
  });

  test('staff as the policy says: administrators and compliance read anyone’s, the other roles are refused (403)', async () => {
    for (const role of ['admin', 'compliance']) {
      const res = await dashboardOf(theirs.customer, await staffLogin(role));
      expect(res.status, role).toBe(200);
      expect((res.body as CustomerDashboard).customer.id).toBe(theirs.customer.id);
    }
    const region = await createRecord(base, 'regions');
    for (const [role, extra] of [
      ['onboarding', {}],
      ['regional-manager', { regionId: region.id }],
      ['center-staff', { serviceCenterId: mine.center.id }],
    ] as const) {
      expectErrorBody(await dashboardOf(mine.customer, await staffLogin(role, extra)), 403, role);
    }
  });

  test('signed out: 401; a malformed id: 400', async () => {
    expectErrorBody(await dashboardOf(mine.customer, ''), 401);
    expectErrorBody(await api(base, 'GET', '/api/customers/abc/dashboard', undefined, { cookie: mine.cookie }), 400);
  });
});

describe('GET /api/auth/me names the app that is the user’s', () => {
  test('a customer’s is the portal, staff’s the back office', async () => {
    expect((await api(base, 'GET', '/api/auth/me', undefined, { cookie: mine.cookie })).body.home).toBe('/portal/');
    expect((await api(base, 'GET', '/api/auth/me')).body.home).toBe('/');
  });
});
