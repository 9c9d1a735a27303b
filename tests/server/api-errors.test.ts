import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RESOURCES } from '../../server/resources/index.ts';
import type { Resource } from '../../server/resources/define.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { FIXTURES, WRITABLE, createRecord, expectErrorBody, minimalBody, snapshot, useDatabase, vinOf } from './fixtures.ts';
import { NO_CONTROL } from '../../server/resources/plain-text.ts';
import { MAX_LIKE_TERMS, MAX_OR_VALUES, MAX_TERM_LENGTH } from '../../server/rest/list-limits.ts';

/**
 * Every refused request answers 4xx with `{ message, errors }` and leaves every table exactly as it
 * was (compared row by row before and after).
 */

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
/** One record per resource, created before the cases run. */
const existing: Record<string, Body> = {};
/** A second jurisdiction/region/vehicle/device, for unique-value clashes on update. */
const second: Record<string, Body> = {};

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  for (const r of WRITABLE) existing[r.name] = await createRecord(base, r.name);
  for (const r of WRITABLE.filter((x) => x.unique?.length)) second[r.name] = await createRecord(base, r.name);
});
afterAll(() => server.close());

interface Case {
  label: string;
  method: string;
  url: () => string;
  body?: () => unknown;
  headers?: Record<string, string>;
  status: number;
  /** Field errors the answer must contain (exact text or a pattern). */
  errors?: Record<string, string | RegExp>;
  message?: RegExp;
}

const NOT_FOUND_ID = 987654;
const required = (r: Resource) =>
  Object.entries(r.fields)
    .filter(([field, f]) => f.isRequired && !f.readOnly && !(field in (r.defaults ?? {})))
    .map(([field]) => field);

async function expectRefusedWithoutChange(c: Case) {
  const before = await snapshot(server.db);
  const url = c.url();
  const res = await api(base, c.method, url, c.body?.(), c.headers);
  const label = `${c.method} ${url}`;
  expectErrorBody(res, c.status, label);
  for (const [field, why] of Object.entries(c.errors ?? {})) {
    expect(res.body.errors[field], `${label} errors.${field}`).toEqual(typeof why === 'string' ? why : expect.stringMatching(why));
  }
  if (c.message) expect(res.body.message, label).toMatch(c.message);
  expect(await snapshot(server.db), `${label} changed the database`).toEqual(before);
}

function casesFor(r: Resource): Case[] {
  const name = r.name;
  const fixture = FIXTURES[name];
  const one = () => `/api/${name}/${existing[name].id}`;
  const cases: Case[] = [
    { label: 'create with an unknown field', method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), colour: 'red' }), status: 400, errors: { colour: 'Unknown field' } },
    { label: 'update with an unknown field', method: 'PATCH', url: one, body: () => ({ colour: 'red' }), status: 400, errors: { colour: 'Unknown field' } },
    { label: 'create with an empty object', method: 'POST', url: () => `/api/${name}`, body: () => ({}), status: 400, errors: Object.fromEntries(required(r).map((f) => [f, 'Required'])) },
    { label: 'create with a blank required text', method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), [fixture.requiredText]: '   ' }), status: 400, errors: { [fixture.requiredText]: 'Required' } },
    { label: 'update to a blank required text', method: 'PUT', url: one, body: () => ({ [fixture.requiredText]: '' }), status: 400, errors: { [fixture.requiredText]: 'Required' } },
    { label: 'update a required field to null', method: 'PATCH', url: one, body: () => ({ [fixture.requiredText]: null }), status: 400, errors: { [fixture.requiredText]: 'Required' } },
    { label: 'create with a wrong type', method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), [fixture.requiredText]: 123 }), status: 400, errors: { [fixture.requiredText]: /./ } },
    { label: 'create with an id', method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), id: 5 }), status: 400, errors: { id: /id/ } },
    { label: 'update with another id in the body', method: 'PATCH', url: one, body: () => ({ id: Number(existing[name].id) + 1 }), status: 400, errors: { id: 'Does not match the URL' } },
    { label: 'update with a stale version', method: 'PATCH', url: one, body: () => ({ ...fixture.change, version: 99 }), status: 409, errors: { version: 'Stale version' }, message: /version/ },
    { label: 'update with a version of the wrong type', method: 'PATCH', url: one, body: () => ({ ...fixture.change, version: '1' }), status: 409, errors: { version: 'Stale version' } },
    { label: 'GET of an unknown id', method: 'GET', url: () => `/api/${name}/${NOT_FOUND_ID}`, status: 404 },
    { label: 'PATCH of an unknown id', method: 'PATCH', url: () => `/api/${name}/${NOT_FOUND_ID}`, body: () => fixture.change, status: 404 },
    { label: 'PUT of an unknown id', method: 'PUT', url: () => `/api/${name}/${NOT_FOUND_ID}`, body: () => fixture.change, status: 404 },
    // nobody may delete users (they are deactivated): refused by role before any lookup
    { label: 'DELETE of an unknown id', method: 'DELETE', url: () => `/api/${name}/${NOT_FOUND_ID}`, status: fixture.deletable === false ? 403 : 404 },
    { label: 'unknown filter field', method: 'GET', url: () => `/api/${name}?colour=red`, status: 400, errors: { colour: 'Unknown field' } },
    { label: 'unknown _ne filter field', method: 'GET', url: () => `/api/${name}?colour_ne=red`, status: 400, errors: { colour_ne: 'Unknown field' } },
    { label: 'unknown sort field', method: 'GET', url: () => `/api/${name}?_sort=id,colour`, status: 400, errors: { _sort: /colour/ } },
    { label: 'malformed JSON', method: 'POST', url: () => `/api/${name}`, body: () => '{"a":', status: 400 },
    { label: 'malformed JSON on update', method: 'PATCH', url: one, body: () => '{a: 1}', status: 400 },
  ];
  for (const bad of ['abc', '0', '-1', '1.5', '1e3', '01', '99999999999999999999']) {
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      cases.push({ label: `non-numeric id ${bad}`, method, url: () => `/api/${name}/${bad}`, body: method.startsWith('P') ? () => fixture.change : undefined, status: 400, errors: { id: 'Invalid id' } });
    }
  }
  // references the server sets (an authoriser, a reserved device's work order) are ignored when sent
  for (const [field, target] of Object.entries(r.references).filter(([f]) => !r.serverOwned.has(f))) {
    const why = new RegExp(`No ${target().name} record with id ${NOT_FOUND_ID}`);
    cases.push(
      { label: `create with a dangling ${field}`, method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), ...refsOf(name), [field]: NOT_FOUND_ID }), status: 400, errors: { [field]: why } },
      { label: `update to a dangling ${field} (with other changes)`, method: 'PATCH', url: one, body: () => ({ ...fixture.change, [field]: NOT_FOUND_ID }), status: 400, errors: { [field]: why } },
      { label: `create with a ${field} of the wrong type`, method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), ...refsOf(name), [field]: '1' }), status: 400, errors: { [field]: /id of a record/ } },
    );
  }
  for (const field of r.unique ?? []) {
    cases.push(
      { label: `create with a used ${field}`, method: 'POST', url: () => `/api/${name}`, body: () => ({ ...fixture.minimal(1), ...refsOf(name), [field]: existing[name][field] }), status: 409, errors: { [field]: 'Already used by another record' } },
      { label: `update to another record's ${field} (with other changes)`, method: 'PATCH', url: () => `/api/${name}/${second[name].id}`, body: () => ({ ...fixture.change, [field]: existing[name][field] }), status: 409, errors: { [field]: 'Already used by another record' } },
    );
  }
  return cases;
}

/** The references of the existing record of a resource (valid parents for a new one). */
const refsOf = (name: string) =>
  Object.fromEntries(Object.keys(RESOURCES.find((r) => r.name === name)!.references).map((f) => [f, existing[name][f]]));

describe.each(WRITABLE.map((r) => [r.name, r] as const))('%s refuses', (_name, r) => {
  test.for(casesFor(r).map((c) => [`${c.method} ${c.label}`, c] as const))('%s', async ([, c]) => {
    await expectRefusedWithoutChange(c);
  });
});

const big = 'x'.repeat(1024 * 1024 + 10);
const GENERAL: Case[] = [
  { label: 'array body', method: 'POST', url: () => '/api/regions', body: () => '[]', status: 400, message: /JSON object/ },
  { label: 'array of records', method: 'POST', url: () => '/api/regions', body: () => [{ code: 'A1', name: 'A' }], status: 400, message: /JSON object/ },
  { label: 'string body', method: 'POST', url: () => '/api/regions', body: () => '"region"', status: 400, message: /JSON object/ },
  { label: 'null body', method: 'POST', url: () => '/api/regions', body: () => 'null', status: 400, message: /JSON object/ },
  { label: 'number body', method: 'POST', url: () => '/api/regions', body: () => '42', status: 400, message: /JSON object/ },
  { label: 'array body on update', method: 'PATCH', url: () => `/api/regions/${existing.regions.id}`, body: () => '[1]', status: 400, message: /JSON object/ },
  { label: 'null body on PUT', method: 'PUT', url: () => `/api/regions/${existing.regions.id}`, body: () => 'null', status: 400, message: /JSON object/ },
  { label: 'update without a body', method: 'PATCH', url: () => `/api/regions/${existing.regions.id}`, status: 400 },
  { label: 'empty JSON body', method: 'POST', url: () => '/api/regions', body: () => '', headers: { 'content-type': 'application/json' }, status: 400 },
  { label: 'form-encoded body', method: 'POST', url: () => '/api/regions', body: () => 'code=A&name=B', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415 },
  { label: 'XML body', method: 'POST', url: () => '/api/regions', body: () => '<region/>', headers: { 'content-type': 'application/xml' }, status: 415 },
  { label: 'text/plain body', method: 'POST', url: () => '/api/regions', body: () => '{"code":"T1","name":"T"}', headers: { 'content-type': 'text/plain' }, status: 400 },
  { label: 'body over 1 MB', method: 'POST', url: () => '/api/jurisdictions', body: () => ({ code: 'ZZ', name: 'Big', notes: big }), status: 413 },
  { label: 'update body over 1 MB', method: 'PATCH', url: () => `/api/jurisdictions/${existing.jurisdictions.id}`, body: () => ({ notes: big }), status: 413 },
  { label: 'text longer than its limit', method: 'PATCH', url: () => `/api/jurisdictions/${existing.jurisdictions.id}`, body: () => ({ notes: 'n'.repeat(2001) }), status: 400, errors: { notes: 'At most 2000 characters' } },
  { label: 'wrong types', method: 'POST', url: () => '/api/jurisdictions', body: () => ({ code: 'QQ', name: 'Q', calibrationIntervalDays: '30', unlockCodesAllowed: 'yes' }), status: 400, errors: { calibrationIntervalDays: 'Must be a number', unlockCodesAllowed: 'Must be true or false' } },
  { label: 'fraction for a whole number', method: 'POST', url: () => '/api/vehicles', body: () => ({ customerId: existing.customers.id, year: 2019.5, make: 'Ford', model: 'F', vin: vinOf(900001) }), status: 400, errors: { year: 'Must be a whole number' } },
  { label: 'number out of range', method: 'POST', url: () => '/api/vehicles', body: () => ({ customerId: existing.customers.id, year: 1900, make: 'Ford', model: 'F', vin: vinOf(900002) }), status: 400, errors: { year: 'At least 1950' } },
  { label: 'invalid enum value', method: 'POST', url: () => '/api/work-orders', body: () => ({ type: 'teleport', serviceCenterId: existing['service-centers'].id }), status: 400, errors: { type: /^One of: installation/ } },
  { label: 'invalid enum value on update', method: 'PATCH', url: () => `/api/work-orders/${existing['work-orders'].id}`, body: () => ({ status: 'Completed' }), status: 400, errors: { status: /^One of: / } },
  { label: 'invalid email', method: 'PATCH', url: () => `/api/customers/${existing.customers.id}`, body: () => ({ email: 'not-an-email' }), status: 400, errors: { email: 'Not a valid email address' } },
  { label: 'invalid phone', method: 'PATCH', url: () => `/api/customers/${existing.customers.id}`, body: () => ({ phone: 'call me' }), status: 400, errors: { phone: 'Not a valid phone number' } },
  { label: 'VIN too short', method: 'PATCH', url: () => `/api/vehicles/${existing.vehicles.id}`, body: () => ({ vin: 'ABC123' }), status: 400, errors: { vin: /17/ } },
  { label: 'VIN with an O', method: 'PATCH', url: () => `/api/vehicles/${existing.vehicles.id}`, body: () => ({ vin: '1HGCM82633A00O001' }), status: 400, errors: { vin: /no I, O or Q/ } },
  { label: 'invalid date', method: 'PATCH', url: () => `/api/customers/${existing.customers.id}`, body: () => ({ programStart: '2024-13-45' }), status: 400, errors: { programStart: 'Must be a date (YYYY-MM-DD)' } },
  { label: 'date in another format', method: 'PATCH', url: () => `/api/customers/${existing.customers.id}`, body: () => ({ programEnd: '03/04/2025' }), status: 400, errors: { programEnd: 'Must be a date (YYYY-MM-DD)' } },
  { label: 'invalid date-time', method: 'PATCH', url: () => `/api/work-orders/${existing['work-orders'].id}`, body: () => ({ scheduledAt: 'tomorrow' }), status: 400, errors: { scheduledAt: 'Must be a date and time (ISO 8601)' } },
  { label: 'date-time without an offset', method: 'PATCH', url: () => `/api/work-orders/${existing['work-orders'].id}`, body: () => ({ scheduledAt: '2025-03-04 10:00' }), status: 400, errors: { scheduledAt: /ISO 8601/ } },
  { label: 'money out of range', method: 'PATCH', url: () => `/api/customers/${existing.customers.id}`, body: () => ({ balance: 2_000_000 }), status: 400, errors: { balance: 'At most 1000000' } },
  { label: 'nested contact without a name', method: 'PATCH', url: () => `/api/service-centers/${existing['service-centers'].id}`, body: () => ({ contacts: [{ role: 'Boss' }] }), status: 400, errors: { 'contacts.0.name': /./ } },
  { label: 'nested unknown key', method: 'PATCH', url: () => `/api/service-centers/${existing['service-centers'].id}`, body: () => ({ contacts: [{ name: 'A', shoeSize: 9 }] }), status: 400 },
  { label: '_like on a JSON field', method: 'GET', url: () => '/api/service-centers?contacts_like=a', status: 400, errors: { contacts_like: /text fields/ } },
  { label: 'unknown route under /api', method: 'GET', url: () => '/api/nope', status: 404, message: /No route/ },
  { label: 'unknown route with a query', method: 'GET', url: () => '/api/nope?_sort=id', status: 404 },
  { label: 'POST to a record', method: 'POST', url: () => `/api/regions/${existing.regions.id}`, body: () => ({ name: 'x' }), status: 404 },
  { label: 'DELETE of a whole list', method: 'DELETE', url: () => '/api/regions', status: 404 },
  { label: 'PATCH of a whole list', method: 'PATCH', url: () => '/api/regions', body: () => ({ name: 'x' }), status: 404 },
  { label: 'nested route', method: 'GET', url: () => `/api/regions/${existing.regions.id}/service-centers`, status: 404 },
  { label: 'resource name in camelCase', method: 'GET', url: () => '/api/serviceCenters', status: 404 },
];

/** List requests that json-server would answer somehow and that we refuse. */
const LIST: [query: string, errors: Record<string, string | RegExp>][] = [
  ['_start=-1&_end=5', { _start: /whole number/ }],
  ['_end=-5', { _end: /whole number/ }],
  ['_end=abc', { _end: /whole number/ }],
  ['_end=2.5', { _end: /whole number/ }],
  ['_limit=-3', { _limit: /whole number/ }],
  ['_limit=ten', { _limit: /whole number/ }],
  ['_page=-1', { _page: /whole number/ }],
  ['_page=first', { _page: /whole number/ }],
  ['_start=x&_limit=5', { _start: /whole number/ }],
  ['_start=0&_end=5001', { _end: /5000/ }],
  ['_start=100&_end=5101', { _end: /5000/ }],
  ['_limit=10000', { _end: /5000/ }],
  ['_page=1&_limit=5001', { _end: /5000/ }],
  ['_end=99999999999', { _end: /whole number/ }],
  ['_sort=name&_order=up', { _order: 'Use asc or desc' }],
  ['_sort=contacts', { _sort: /contacts/ }],
  ['_sort=', {}], // (not an error: an empty sort is no sort; checked below)
  ['id=abc', { id: 'Must be a whole number' }],
  ['id_gte=1.5', { id: 'Must be a whole number' }],
  ['regionId=null', { regionId: 'Must be a whole number' }],
  ['id_like=1', { id_like: /text fields/ }],
  ['contacts=x', { contacts: /cannot be filtered/ }],
  ['_embed=installers', { _embed: 'Not supported' }],
  ['_expand=region', { _expand: 'Not supported' }],
  ['callback=cb', { callback: 'Not supported' }],
  ['colour_like=red', { colour_like: 'Unknown field' }],
  ['name.first=x', { 'name.first': 'Unknown field' }],
  // control characters (a NUL cut SQLite's pattern short: q=%00 matched every record)
  ['q=%00', { q: NO_CONTROL }],
  ['q=Ver%00xyz', { q: NO_CONTROL }],
  ['name_like=Alpha%00', { name_like: NO_CONTROL }],
  ['name=%00', { name: NO_CONTROL }],
  ['city_ne=%1B%5B2J', { city_ne: NO_CONTROL }],
  ['q=a%C2%85b', { q: NO_CONTROL }],
  // the caps of list-limits.ts
  [Array.from({ length: 999 }, () => 'regionId_gte=1').join('&'), { regionId_gte: `At most ${MAX_OR_VALUES} values` }],
  // name_like first (the key that passes the total), then city_like
  [Array.from({ length: MAX_LIKE_TERMS + 1 }, (_, i) => `${i < MAX_LIKE_TERMS / 2 ? 'name' : 'city'}_like=z${i}`).join('&'), { city_like: /_like values per request/ }],
  [`q=${'q'.repeat(MAX_TERM_LENGTH + 1)}`, { q: `At most ${MAX_TERM_LENGTH} characters` }],
];

describe('general refusals', () => {
  test.for(GENERAL.map((c) => [`${c.method} ${c.label}`, c] as const))('%s', async ([, c]) => {
    await expectRefusedWithoutChange(c);
  });

  test.for(LIST.filter(([q]) => q !== '_sort='))('GET /api/service-centers?%s answers 400', async ([query, errors]) => {
    await expectRefusedWithoutChange({ label: query, method: 'GET', url: () => `/api/service-centers?${query}`, status: 400, errors });
  });

  test('the review\'s 999 repeated bounds and NUL searches answer 400 (they answered 500 and every record)', async () => {
    const bounds = Array.from({ length: 999 }, () => 'cost_gte=1').join('&');
    await expectRefusedWithoutChange({ label: '999 bounds', method: 'GET', url: () => `/api/work-orders?_end=1&${bounds}`, status: 400, errors: { cost_gte: `At most ${MAX_OR_VALUES} values` } });
    for (const q of ['%00', 'Ver%00xyz']) {
      await expectRefusedWithoutChange({ label: q, method: 'GET', url: () => `/api/customers?q=${q}`, status: 400, errors: { q: NO_CONTROL } });
    }
  });

  test('an empty _sort, an _order without _sort and jQuery\'s _ are accepted', async () => {
    for (const query of ['_sort=', '_order=desc', '_=12345', '_sort=id&_order=DESC']) {
      expect((await api(base, 'GET', `/api/regions?${query}`)).status, query).toBe(200);
    }
  });

  test('bool and number filters must parse', async () => {
    for (const [query, field] of [['autoPay=yes', 'autoPay'], ['autoPay=1', 'autoPay'], ['balance_gte=lots', 'balance'], ['balance=', 'balance']]) {
      const res = await api(base, 'GET', `/api/customers?${query}`);
      expectErrorBody(res, 400, query);
      expect(Object.keys(res.body.errors), query).toEqual([field]);
    }
  });
});

describe('transactions', () => {
  test('an update that fails its reference check leaves the record unchanged', async () => {
    const customer = existing.customers;
    const res = await api(base, 'PATCH', `/api/customers/${customer.id}`, { lastName: 'Changed', jurisdictionId: NOT_FOUND_ID });
    expectErrorBody(res, 400);
    expect(res.body.errors.jurisdictionId).toMatch(/No jurisdictions record/);
    expect((await api(base, 'GET', `/api/customers/${customer.id}`)).body).toEqual(customer);
  });

  test('an update that fails its unique check leaves the record unchanged', async () => {
    const vehicle = second.vehicles;
    const res = await api(base, 'PUT', `/api/vehicles/${vehicle.id}`, { plate: 'NEW1', vin: existing.vehicles.vin, version: vehicle.version });
    expectErrorBody(res, 409);
    expect((await api(base, 'GET', `/api/vehicles/${vehicle.id}`)).body).toEqual(vehicle);
  });

  test('a create that fails leaves no row and does not use up the work-order number', async () => {
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', '/api/work-orders', { type: 'installation', serviceCenterId: NOT_FOUND_ID });
    expectErrorBody(res, 400);
    expect(await snapshot(server.db)).toEqual(before);
    const body = await minimalBody(base, 'work-orders');
    const ok = await api(base, 'POST', '/api/work-orders', body);
    expect(ok.status).toBe(201);
    expect(ok.body.number).toBe(`WO-${ok.body.createdAt.slice(0, 4)}-${String(ok.body.id).padStart(6, '0')}`);
  });

  test('no refusal ever answers 500', async () => {
    const weird = ['/api/regions?_sort=id&_sort=name', '/api/regions?id=1&id=', '/api/regions?q=%25&q=_', '/api/regions?_order=asc&_order=desc&_sort=id', '/api/regions/%00', '/api/regions?code[]=A'];
    for (const url of weird) {
      const res = await api(base, 'GET', url);
      expect(res.status, url).toBeLessThan(500);
    }
  });
});

test('names of inherited object properties are no fields (400, never an SQL error)', async () => {
  for (const query of ['constructor=1', 'toString_ne=1', '__proto__=1', '_sort=valueOf', 'hasOwnProperty_like=a']) {
    const res = await api(base, 'GET', `/api/regions?${query}`);
    expectErrorBody(res, 400, query);
  }
});

test('a body key named like an inherited property is an unknown field, not silently dropped', async () => {
  const res = await api(base, 'POST', '/api/regions', { code: 'PROTO', name: 'Proto', constructor: 'x' });
  expectErrorBody(res, 400);
  expect(Object.hasOwn(res.body.errors, 'constructor') && res.body.errors.constructor).toBe('Unknown field');
});
