import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const mine: Body = {};
const theirs: Body = {};
let cookie: string;

/** A customer with an installed handset in a state with these unlock-code rules. */
async function customerWithDevice(rules: Body) {
  const jurisdiction = await createRecord(base, 'jurisdictions', { name: `State ${unique()}`, ...rules });
  const region = await createRecord(base, 'regions');
  const center = await createRecord(base, 'service-centers', { regionId: region.id, jurisdictionId: jurisdiction.id });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id, balance: 120 });
  const device = await createRecord(base, 'devices', { status: 'installed', kind: 'handset', serviceCenterId: center.id, customerId: customer.id });
  const vehicle = await createRecord(base, 'vehicles', { customerId: customer.id });
  return { jurisdiction, center, customer, device, vehicle };
}

async function customerLogin(customerId: unknown) {
  const email = `customer-${unique()}@accounts.test`;
  await post(base, 'users', { name: 'A Customer', email, role: 'customer', customerId, password: 'cust-pass-1' });
  return signIn(base, email, 'cust-pass-1');
}

const as = (method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie });

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  Object.assign(mine, await customerWithDevice({ unlockCodesAllowed: true, unlockCodeValidHours: 20, unlockCodesPerDay: 1 }));
  Object.assign(theirs, await customerWithDevice({ unlockCodesAllowed: true, unlockCodeValidHours: 20, unlockCodesPerDay: 1 }));
  cookie = await customerLogin((mine.customer as Body).id);
});
afterAll(() => server.close());

const id = (record: unknown) => String((record as Body).id);

describe('a customer’s own login', () => {
  test('a customer login belongs to exactly one customer', async () => {
    const missing = await api(base, 'POST', '/api/users', { name: 'No One', email: `x-${unique()}@accounts.test`, role: 'customer', password: 'cust-pass-1' });
    expectErrorBody(missing, 400);
    expect(missing.body.errors).toEqual({ customerId: 'A customer login belongs to a customer' });
    const staff = await api(base, 'POST', '/api/users', { name: 'Staff', email: `y-${unique()}@accounts.test`, role: 'compliance', customerId: (theirs.customer as Body).id, password: 'cust-pass-1' });
    expect(staff.body.errors).toEqual({ customerId: 'Only a customer login belongs to a customer' });
    const twice = await api(base, 'POST', '/api/users', { name: 'Twice', email: `z-${unique()}@accounts.test`, role: 'customer', customerId: (mine.customer as Body).id, password: 'cust-pass-1' });
    expectErrorBody(twice, 409);
    expect(twice.body.errors).toEqual({ customerId: 'Already the login of another user' });
  });

  test('/me names the customer; the permissions are the customer’s', async () => {
    const me = await as('GET', '/api/auth/me');
    expect(me.body).toMatchObject({ role: 'customer', customerId: (mine.customer as Body).id });
    expect(me.body.permissions).toMatchObject({ customers: ['read', 'update', 'upload-document'], devices: ['read', 'issue-unlock-code'], 'work-orders': ['read'] });
    expect(me.body.permissions['service-centers']).toEqual([]);
  });

  test('reads only their own records: others’ are not there (404), lists hold only theirs', async () => {
    expect((await as('GET', `/api/customers/${id(mine.customer)}`)).status).toBe(200);
    expectErrorBody(await as('GET', `/api/customers/${id(theirs.customer)}`), 404);
    expectErrorBody(await as('GET', `/api/devices/${id(theirs.device)}`), 404);
    expectErrorBody(await as('GET', `/api/vehicles/${id(theirs.vehicle)}`), 404);
    const customers = await as('GET', '/api/customers?_start=0&_end=50');
    expect((customers.body as Body[]).map((c) => c.id)).toEqual([(mine.customer as Body).id]);
    expect(customers.headers.get('x-total-count')).toBe('1');
    const devices = await as('GET', `/api/devices?id=${id(mine.device)}&id=${id(theirs.device)}`);
    expect((devices.body as Body[]).map((d) => d.id)).toEqual([(mine.device as Body).id]);
  });

  test('the back office is closed to them (403 before any lookup)', async () => {
    for (const url of ['/api/service-centers', '/api/users', '/api/audit-log', '/api/shipments', '/api/outbox', '/api/audits']) {
      expectErrorBody(await as('GET', `${url}?_start=0&_end=5`), 403);
    }
    const before = await snapshot(server.db);
    expectErrorBody(await as('POST', '/api/work-orders', { type: 'calibration', serviceCenterId: (mine.center as Body).id, customerId: (mine.customer as Body).id, scheduledAt: '2026-03-02T15:00:00.000Z' }), 403);
    expectErrorBody(await as('DELETE', `/api/devices/${id(mine.device)}`), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('changes their contact details, not their balance, plan price, case or program', async () => {
    const customer = (await as('GET', `/api/customers/${id(mine.customer)}`)).body as Body;
    const changed = await as('PATCH', `/api/customers/${id(mine.customer)}`, { phone: '555-0142', preferredChannel: 'sms', version: customer.version });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ phone: '555-0142', preferredChannel: 'sms' });
    const before = await snapshot(server.db);
    for (const change of [{ balance: 0 }, { planAmount: 1 }, { nextPaymentOn: '2099-01-01' }, { caseNumber: 'CR-1' }, { status: 'completed' }, { email: 'new@example.com' }]) {
      expectErrorBody(await as('PATCH', `/api/customers/${id(mine.customer)}`, change), 403);
    }
    expectErrorBody(await as('PATCH', `/api/customers/${id(theirs.customer)}`, { phone: '555-0143' }), 404);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('obtains an unlock code for their own device where the state allows it; another customer’s device is not found', async () => {
    const issued = await as('POST', `/api/devices/${id(mine.device)}/unlock-codes`, { reason: 'Stranded' });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body.code).toMatch(/^\d{8}$/);
    expect((await as('GET', '/api/unlock-codes?_start=0&_end=10')).body).toHaveLength(1);
    expectErrorBody(await as('POST', `/api/devices/${id(mine.device)}/unlock-codes`, {}), 409);
    expectErrorBody(await as('POST', `/api/devices/${id(theirs.device)}/unlock-codes`, {}), 404);
  });

  test('in a state without unlock codes the refusal names the state’s rule', async () => {
    const texas = await customerWithDevice({ unlockCodesAllowed: false });
    const texan = await customerLogin((texas.customer as Body).id);
    const refused = await api(base, 'POST', `/api/devices/${id(texas.device)}/unlock-codes`, {}, { cookie: texan });
    expectErrorBody(refused, 409);
    expect(refused.body.message).toMatch(/does not allow unlock codes/);
  });
});
