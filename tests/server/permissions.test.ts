import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CRUD_ACTIONS } from '../../server/auth/policy.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { GO_LIVE_BY_COMMAND } from '../../server/resources/service-centers.ts';
import { FIXTURES, WRITABLE, createRecord, expectErrorBody, liveCenter, minimalBody, post, snapshot, useDatabase } from './fixtures.ts';
import { expected } from '../auth/role-table.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role, string>;
/** Region A is the regional manager's; center A is the center-staff user's. */
const world: Record<string, Body> = {};

async function userFor(role: Role, extra: Body) {
  const email = `${role}@perm.test`;
  await post(base, 'users', { name: role, email, role, password: 'perm-pass-1', ...extra });
  return signIn(base, email, 'perm-pass-1');
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  world.regionA = await createRecord(base, 'regions');
  world.regionB = await createRecord(base, 'regions');
  useDatabase(server);
  const live = (region: Body) => liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id });
  world.centerA = await live(world.regionA);
  world.centerB = await live(world.regionB);
  world.trainingA = await createRecord(base, 'service-centers', { regionId: world.regionA.id, jurisdictionId: jurisdiction.id, onboardingStatus: 'training' });
  for (const [key, centerKey] of [['A', 'centerA'], ['B', 'centerB']] as const) {
    const serviceCenterId = world[centerKey].id;
    world[`installer${key}`] = await createRecord(base, 'installers', { serviceCenterId });
    world[`device${key}`] = await createRecord(base, 'devices', { serviceCenterId });
    world[`workOrder${key}`] = await createRecord(base, 'work-orders', { serviceCenterId });
    world[`shipment${key}`] = await createRecord(base, 'shipments', { serviceCenterId });
  }
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  cookies.compliance = await userFor('compliance', {});
  cookies.onboarding = await userFor('onboarding', {});
  cookies['regional-manager'] = await userFor('regional-manager', { regionId: world.regionA.id });
  cookies['center-staff'] = await userFor('center-staff', { serviceCenterId: world.centerA.id });
  world.customerA = await createRecord(base, 'customers');
  cookies.customer = await userFor('customer', { customerId: world.customerA.id });
});
afterAll(() => server.close());

const as = (role: Role, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[role] });

/** The center a role's records of this resource belong to: onboarding staff act on centers not live yet, everyone else on live center A. */
const centerFor = (role: Role, name: string) => (role === 'onboarding' && ['installers', 'audits'].includes(name) ? world.trainingA : world.centerA);

let customerOrders = 0;

/** A record of a resource that lies within the role's scope (region A, center A) and reach. */
async function inScopeRecord(role: Role, name: string, action: string): Promise<Body> {
  const overrides: Body = {};
  // center staff read and edit their own (live) center only
  if (name === 'service-centers' && (action === 'read' || role === 'center-staff')) return world.centerA;
  if (name === 'service-centers') return createRecord(base, name, { regionId: world.regionA.id, onboardingStatus: 'training' });
  if (['installers', 'devices', 'work-orders', 'shipments', 'audits', 'center-closures'].includes(name)) overrides.serviceCenterId = centerFor(role, name).id;
  if (name === 'shipment-packages') overrides.shipmentId = world.shipmentA.id;
  // a customer reads their own record and what is theirs
  if (role === 'customer' && name === 'customers') return world.customerA;
  if (role === 'customer' && ['vehicles', 'devices', 'work-orders'].includes(name)) overrides.customerId = world.customerA.id;
  // one customer's orders at different times (the same work at the same time would be a double booking)
  if (role === 'customer' && name === 'work-orders') overrides.scheduledAt = new Date(Date.UTC(2026, 2, 2, 15, customerOrders++)).toISOString();
  return createRecord(base, name, overrides);
}

/** A valid create body that no record rule refuses (onboarding may create applicants without prices). */
async function createBody(role: Role, name: string): Promise<Body> {
  const overrides: Body = {};
  if (name === 'service-centers') Object.assign(overrides, { regionId: world.regionA.id, onboardingStatus: 'applicant', priceList: [] });
  if (['installers', 'devices', 'work-orders', 'shipments', 'audits', 'center-closures'].includes(name)) overrides.serviceCenterId = centerFor(role, name).id;
  // Center staff book no appointments or provider requests: they record walk-ins, for a customer.
  if (name === 'work-orders' && role === 'center-staff') Object.assign(overrides, { type: 'lockout-service', customerId: (await createRecord(base, 'customers')).id });
  return minimalBody(base, name, overrides);
}

/** A change no record rule refuses: center staff change only their center's hours and contacts. */
const changeBody = (role: Role, name: string): Body => {
  if (name === 'service-centers' && role === 'center-staff') return { phone: '555-0100' };
  if (name === 'customers' && role === 'customer') return { phone: '555-0101' };
  return FIXTURES[name].change;
};

describe('role × resource × action against the real server', () => {
  const cases = ROLES.flatMap((role) =>
    WRITABLE.flatMap((r) => CRUD_ACTIONS.map((action) => ({ role, resource: r.name, action, allowed: expected(role, r.name, action) }))),
  );
  test.each(cases)('$role $action $resource → allowed: $allowed', async ({ role, resource, action, allowed }) => {
    // Everything the request needs exists before the snapshot, so a refusal must leave it equal.
    const record = action === 'create' ? null : await inScopeRecord(role, resource, action);
    const body = action === 'create' ? await createBody(role, resource) : changeBody(role, resource);
    const before = await snapshot(server.db);
    const request = {
      read: () => as(role, 'GET', `/api/${resource}?_start=0&_end=5`),
      create: () => as(role, 'POST', `/api/${resource}`, body),
      update: () => as(role, 'PATCH', `/api/${resource}/${record!.id}`, body),
      delete: () => as(role, 'DELETE', `/api/${resource}/${record!.id}`),
    }[action];
    const res = await request();
    if (allowed) {
      expect(res.status, JSON.stringify(res.body)).toBe({ read: 200, create: 201, update: 200, delete: 200 }[action]);
      if (action === 'read') expect((await as(role, 'GET', `/api/${resource}/${record!.id}`)).status).toBe(200);
    } else {
      expectErrorBody(res, 403);
      expect(await snapshot(server.db)).toEqual(before);
    }
  });
  test('the audit log is readable by admin and compliance only', async () => {
    for (const role of ROLES) {
      const res = await as(role, 'GET', '/api/audit-log?_start=0&_end=5');
      expect(res.status, role).toBe(['admin', 'compliance'].includes(role) ? 200 : 403);
    }
  });
});

describe('a regional manager probing another region gets nothing', () => {
  const rm = (method: string, url: string, body?: unknown) => as('regional-manager', method, url, body);

  test.each([
    ['service-centers', 'centerB'],
    ['installers', 'installerB'],
    ['devices', 'deviceB'],
    ['work-orders', 'workOrderB'],
    ['shipments', 'shipmentB'],
  ])('%s by id is 404, by filter, getMany and count is empty', async (resource, key) => {
    const other = world[key];
    expectErrorBody(await rm('GET', `/api/${resource}/${other.id}`), 404);
    const own = world[key.replace(/B$/, 'A')];
    const many = await rm('GET', `/api/${resource}?id=${own.id}&id=${other.id}`);
    expect(many.body.map((r: Body) => r.id)).toEqual([own.id]);
    const filter = resource === 'service-centers' ? `regionId=${world.regionB.id}` : `serviceCenterId=${world.centerB.id}`;
    const filtered = await rm('GET', `/api/${resource}?${filter}&_start=0&_end=10`);
    expect(filtered.body).toEqual([]);
    expect(filtered.headers.get('x-total-count')).toBe('0');
    const all = await rm('GET', `/api/${resource}?_start=0&_end=1000`);
    const total = Number(all.headers.get('x-total-count'));
    expect(all.body.every((r: Body) => r.id !== other.id)).toBe(true);
    expect(total).toBe(all.body.length);
    const adminTotal = Number((await api(base, 'GET', `/api/${resource}?_start=0&_end=1`)).headers.get('x-total-count'));
    expect(total).toBeLessThan(adminTotal);
  });
  test('searching by the other region\'s center name finds nothing', async () => {
    const res = await rm('GET', `/api/service-centers?q=${encodeURIComponent(String(world.centerB.name))}&_start=0&_end=10`);
    expect(res.body).toEqual([]);
    expect(res.headers.get('x-total-count')).toBe('0');
  });
  test('a refused write answers the same for its own region and the other one (no existence leak)', async () => {
    const own = await rm('PATCH', `/api/work-orders/${world.workOrderA.id}`, { notes: 'x' });
    const other = await rm('PATCH', `/api/work-orders/${world.workOrderB.id}`, { notes: 'x' });
    const missing = await rm('PATCH', '/api/work-orders/999999', { notes: 'x' });
    expectErrorBody(other, 403);
    expect(other.body).toEqual(own.body);
    expect(missing.body).toEqual(own.body);
    expectErrorBody(await rm('GET', '/api/customers?_start=0&_end=5'), 403);
  });
  test('compliance sees every region; a center that does not exist is 404', async () => {
    expect((await as('compliance', 'PATCH', `/api/work-orders/${world.workOrderB.id}`, { notes: 'checked' })).status).toBe(200);
    expectErrorBody(await as('onboarding', 'PATCH', '/api/service-centers/999999', { hours: 'x' }), 404);
  });
  test('center staff see only their own center', async () => {
    const res = await as('center-staff', 'GET', '/api/work-orders?_start=0&_end=100');
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((r: Body) => r.serviceCenterId === world.centerA.id)).toBe(true);
    expectErrorBody(await as('center-staff', 'GET', `/api/service-centers/${world.centerB.id}`), 404);
  });
});

describe('record rules', () => {
  test('onboarding cannot edit a live center, set it live, or set prices; says why', async () => {
    const live = await as('onboarding', 'PATCH', `/api/service-centers/${world.centerA.id}`, { hours: '9-5' });
    expectErrorBody(live, 403);
    expect(live.body.message).toBe('Onboarding staff edit only centers that are not live yet');
    // going live is the go-live command's (with its gates), for every role
    const goLive = await as('onboarding', 'PATCH', `/api/service-centers/${world.trainingA.id}`, { onboardingStatus: 'live' });
    expectErrorBody(goLive, 409);
    expect(goLive.body.message).toBe(GO_LIVE_BY_COMMAND);
    const close = await as('onboarding', 'PATCH', `/api/service-centers/${world.trainingA.id}`, { onboardingStatus: 'closed' });
    expectErrorBody(close, 403);
    expect(close.body.message).toBe('Suspending or closing a center is not an onboarding step');
    const prices = await as('onboarding', 'PATCH', `/api/service-centers/${world.trainingA.id}`, {
      priceList: [{ serviceType: 'installation', price: 90 }],
    });
    expect(prices.body.message).toBe('Only administrators change price lists');
  });
  test('a whole record sent back unchanged (as react-admin does) passes the field rules', async () => {
    const center = (await api(base, 'GET', `/api/service-centers/${world.trainingA.id}`)).body;
    const res = await as('onboarding', 'PUT', `/api/service-centers/${center.id}`, { ...center, hours: 'Mon-Sat 8-6' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.hours).toBe('Mon-Sat 8-6');
  });
  test('a change of status stamps statusChangedAt', async () => {
    const res = await as('onboarding', 'PATCH', `/api/service-centers/${world.trainingA.id}`, { onboardingStatus: 'state-notified' });
    expect(res.status).toBe(200);
    expect(Date.now() - Date.parse(res.body.statusChangedAt)).toBeLessThan(10_000);
  });
});
