import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RESOURCES } from '../../server/resources/index.ts';
import { referencesTo } from '../../server/resources/define.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { CUSTOMER_WRITTEN, DERIVED, FIXTURES, FULL_PRICE_LIST, WRITABLE, createRecord, expectErrorBody, minimalBody, post, requiredReferences, sleep, snapshot, useDatabase, visiblePart } from './fixtures.ts';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
});
afterAll(() => server.close());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const NAMES = WRITABLE.map((r) => r.name);

test('every resource has a fixture', () => {
  // audit-templates' fixture makes the templates that audits need
  expect(Object.keys(FIXTURES).sort()).toEqual([...NAMES, 'audit-templates'].sort());
});

test('GET /api/health answers ok', async () => {
  const res = await api(base, 'GET', '/api/health');
  expect(res.status).toBe(200);
  expect(res.body.ok).toBe(true);
});

describe.each(NAMES)('%s', (name) => {
  const fixture = FIXTURES[name];

  test('create answers 201 with the record and the server-owned fields', async () => {
    const body = await minimalBody(base, name);
    const res = await api(base, 'POST', `/api/${name}`, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject(visiblePart(name, body));
    expect(Number.isInteger(res.body.id) && res.body.id > 0).toBe(true);
    expect(res.body.createdAt).toMatch(ISO);
    expect(res.body.updatedAt).toBe(res.body.createdAt);
    expect(res.body.version).toBe(1);
    if (name === 'work-orders') {
      expect(res.body.number).toMatch(/^WO-\d{4}-\d{6}$/);
      expect(res.body.number).toBe(`WO-${res.body.createdAt.slice(0, 4)}-${String(res.body.id).padStart(6, '0')}`);
    }
    const again = await api(base, 'GET', `/api/${name}/${res.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(res.body);
  });

  test('create ignores server-owned fields in the body', async () => {
    const body = {
      ...(await minimalBody(base, name)),
      createdAt: '2000-01-01T00:00:00.000Z',
      updatedAt: '2000-01-01T00:00:00.000Z',
      version: 42,
      ...(name === 'work-orders' ? { number: 'WO-1999-999999' } : {}),
      ...(name === 'service-centers' ? { statusChangedAt: '2000-01-01T00:00:00.000Z' } : {}),
    };
    const res = await api(base, 'POST', `/api/${name}`, body);
    expect(res.status).toBe(201);
    expect(res.body.createdAt).not.toBe('2000-01-01T00:00:00.000Z');
    expect(res.body.version).toBe(1);
    if (name === 'work-orders') expect(res.body.number).not.toBe('WO-1999-999999');
    if (name === 'service-centers') expect(res.body.statusChangedAt).toBe(res.body.createdAt);
  });

  test('list answers X-Total-Count and exposes it; filters by id', async () => {
    const a = await createRecord(base, name);
    const b = await createRecord(base, name);
    const res = await api(base, 'GET', `/api/${name}?_sort=id&_order=ASC&_start=0&_end=1000`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.headers.get('x-total-count')).toBe(String(res.body.length));
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Total-Count');
    const ids = res.body.map((r: { id: number }) => r.id);
    expect(ids).toEqual([...ids].sort((x: number, y: number) => x - y));
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));

    const byId = await api(base, 'GET', `/api/${name}?id=${a.id}&id=${b.id}&_sort=id&_order=desc`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual([b, a]);
    expect(byId.headers.get('x-total-count')).toBeNull();

    const page = await api(base, 'GET', `/api/${name}?id=${a.id}&id=${b.id}&_page=2&_limit=1&_sort=id`);
    expect(page.body).toEqual([b]);
    expect(page.headers.get('x-total-count')).toBe('2');
  });

  for (const method of ['PATCH', 'PUT']) {
    test(`${method} merges: changed fields change, untouched survive, version and updatedAt move`, async () => {
      const before = await createRecord(base, name);
      await sleep(5);
      const body = {
        ...fixture.change,
        id: before.id,
        version: before.version,
        createdAt: '2000-01-01T00:00:00.000Z',
        updatedAt: '2000-01-01T00:00:00.000Z',
        ...(name === 'work-orders' ? { number: 'HACKED' } : {}),
      };
      const res = await api(base, method, `/api/${name}/${before.id}`, body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject(fixture.change);
      expect(res.body[fixture.untouched]).toEqual(before[fixture.untouched]);
      const { version: _v, updatedAt: _u, ...unchanged } = before;
      for (const key of Object.keys(fixture.change)) delete unchanged[key];
      // Server-owned values derived from the change (a device's lockout date: calibration.test.ts).
      if (name === 'devices') delete unchanged.lockoutOn;
      expect(res.body).toMatchObject(unchanged); // createdAt, number… as they were
      expect(res.body.version).toBe(2);
      expect(res.body.updatedAt).toMatch(ISO);
      expect(res.body.updatedAt > (before.updatedAt as string)).toBe(true);
      expect((await api(base, 'GET', `/api/${name}/${before.id}`)).body).toEqual(res.body);
    });
  }

  test('an update without a version still applies; an empty update changes nothing', async () => {
    const before = await createRecord(base, name);
    const res = await api(base, 'PATCH', `/api/${name}/${before.id}`, fixture.change);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    const empty = await api(base, 'PATCH', `/api/${name}/${before.id}`, {});
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual(res.body);
  });

  test('a stale version answers 409 and changes nothing', async () => {
    const record = await createRecord(base, name);
    const first = await api(base, 'PATCH', `/api/${name}/${record.id}`, { ...fixture.change, version: 1 });
    expect(first.status).toBe(200);
    const before = await snapshot(server.db);
    const stale = await api(base, 'PUT', `/api/${name}/${record.id}`, { [fixture.untouched]: record[fixture.untouched], version: 1 });
    expectErrorBody(stale, 409);
    expect(stale.body.message).toMatch(/version 2/);
    expect(stale.body.errors.version).toBe('Stale version');
    expect(await snapshot(server.db)).toEqual(before);
  });

  if (fixture.deletable === false) test('nobody may delete; the record stays', async () => {
    const record = await createRecord(base, name);
    expectErrorBody(await api(base, 'DELETE', `/api/${name}/${record.id}`), 403);
    expect((await api(base, 'GET', `/api/${name}/${record.id}`)).status).toBe(200);
  });
  else test('delete answers the deleted record, then the record is gone', async () => {
    const record = await createRecord(base, name);
    const res = await api(base, 'DELETE', `/api/${name}/${record.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(record);
    const gone = await api(base, 'GET', `/api/${name}/${record.id}`);
    expectErrorBody(gone, 404);
    expectErrorBody(await api(base, 'DELETE', `/api/${name}/${record.id}`), 404);
    expectErrorBody(await api(base, 'PATCH', `/api/${name}/${record.id}`, fixture.change), 404);
  });

  // an amending audit's reference to the audit it amends is covered in audits.test.ts
  const blockers = (referencesTo(RESOURCES).get(name) ?? []).filter(({ resource: r, field }) => !r.readOnly && !DERIVED.has(r.name) && !CUSTOMER_WRITTEN.has(r.name) && r.name !== name && !r.serverOwned.has(field));
  if (blockers.length && fixture.deletable !== false) test('delete of a referenced record answers 409 naming the referencing resource', async () => {
    // a child for the first resource that references this one
    const { resource: child, field } = blockers.find(({ resource: r, field: f }) =>
      requiredReferences(r).some(([ref]) => ref === f),
    ) ?? blockers[0];
    const parent = await createRecord(base, name);
    await createRecord(base, child.name, { [field]: parent.id });
    const before = await snapshot(server.db);
    const res = await api(base, 'DELETE', `/api/${name}/${parent.id}`);
    expectErrorBody(res, 409);
    expect(res.body.message).toContain(child.name);
    expect(res.body.errors.id).toContain(child.name);
    expect(await snapshot(server.db)).toEqual(before);
    expect((await api(base, 'GET', `/api/${name}/${parent.id}`)).status).toBe(200);
  });
});

test('an optional reference may be set, cleared and must exist', async () => {
  const customer = await createRecord(base, 'customers');
  const order = await createRecord(base, 'work-orders', { customerId: customer.id });
  expect(order.customerId).toBe(customer.id);
  const cleared = await api(base, 'PATCH', `/api/work-orders/${order.id}`, { customerId: null });
  expect(cleared.status).toBe(200);
  expect(cleared.body.customerId).toBeNull();
  const back = await api(base, 'PATCH', `/api/work-orders/${order.id}`, { customerId: customer.id });
  expect(back.body.customerId).toBe(customer.id);
  // once referenced by the work order, the customer cannot go
  expectErrorBody(await api(base, 'DELETE', `/api/customers/${customer.id}`), 409);
});

test('blank optional strings are stored as null; text is trimmed; emails lower-cased; VINs upper-cased', async () => {
  const customer = await createRecord(base, 'customers', { firstName: '  Ann  ', email: ' Ann@Example.COM ', city: '   ' });
  expect(customer.firstName).toBe('Ann');
  expect(customer.email).toBe('ann@example.com');
  expect(customer.city).toBeNull();
  const vehicle = await createRecord(base, 'vehicles', { vin: '1hgcm82633a00zz99' });
  expect(vehicle.vin).toBe('1HGCM82633A00ZZ99');
});

test('money is rounded to cents; defaults fill what a create leaves out', async () => {
  const customer = await createRecord(base, 'customers', { balance: 10.005 + 0.001 });
  expect(customer.balance).toBe(10.01);
  expect(customer).toMatchObject({ paymentPlan: 'monthly', autoPay: false, status: 'pending-install', remindersOptIn: true });
  const order = await createRecord(base, 'work-orders', { scheduledAt: '2025-03-04T10:30:00+02:00' });
  expect(order.scheduledAt).toBe('2025-03-04T08:30:00.000Z');
  const price = FULL_PRICE_LIST.find((p) => p.serviceType === 'vehicle-inspection')!.price;
  expect(order).toMatchObject({ status: 'requested', billableTo: 'provider', cost: price });
});

test('service centers store nested contacts and price lists as JSON', async () => {
  const body = await minimalBody(base, 'service-centers', {
    contacts: [{ name: 'Sam', phone: '555-0100' }],
    priceList: [{ serviceType: 'installation', price: 99.5 }],
  });
  const center = await post(base, 'service-centers', body);
  expect(center.contacts).toEqual([{ name: 'Sam', phone: '555-0100' }]);
  expect(center.priceList).toEqual([{ serviceType: 'installation', price: 99.5 }]);
  const dup = await api(base, 'PATCH', `/api/service-centers/${center.id}`, {
    priceList: [
      { serviceType: 'installation', price: 1 },
      { serviceType: 'installation', price: 2 },
    ],
  });
  expectErrorBody(dup, 400);
  expect(dup.body.errors.priceList).toBe('One price per service type');
});

test('a unique value may be kept by its own record on update', async () => {
  const j = await createRecord(base, 'jurisdictions');
  const res = await api(base, 'PATCH', `/api/jurisdictions/${j.id}`, { code: j.code, name: 'Renamed' });
  expect(res.status).toBe(200);
  expect(res.body.code).toBe(j.code);
});
