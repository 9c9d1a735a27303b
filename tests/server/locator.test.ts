import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, useDatabase } from './fixtures.ts';
import { zipPosition } from '../../server/rules/locator/zip-positions.ts';
import { distanceMiles } from '../../server/rules/locator/distance.ts';
import { UNKNOWN_ZIP } from '../../server/rules/locator/query.ts';
import * as m019 from '../../server/db/migrations/019-help-and-locator.ts';
import { forMigrations } from '../../server/db/dialect.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const centers: Record<string, Body> = {};

/** What the public locator shows of a center, and nothing else. */
const PUBLIC_KEYS = ['city', 'distanceMiles', 'hours', 'id', 'latitude', 'longitude', 'name', 'openingHours', 'phone', 'postalCode', 'state', 'street'];
const WEEK = { mon: [{ opens: '08:00', closes: '17:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** Without a session or the anti-CSRF header: anyone on the web. */
const publicGet = (url: string) => api(base, 'GET', url, undefined, { cookie: '', 'x-requested-with': '' });
const names = (res: { body: { centers: Body[] } }) => res.body.centers.map((c) => c.name);

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const at = (name: string, city: string, state: string, postalCode: string) => ({
    name,
    street: '1 Main St',
    city,
    state,
    postalCode,
    phone: '206-555-0100',
    email: `${name.toLowerCase()}@centers.test`,
    hours: 'Sat by appointment',
    openingHours: WEEK,
    notes: 'Internal: prefers morning installs',
  });
  centers.seattle = await liveCenter(base, server.db, at('Seattle', 'Seattle', 'WA', '98101'));
  centers.tacoma = await liveCenter(base, server.db, at('Tacoma', 'Tacoma', 'WA', '98402'));
  centers.portland = await liveCenter(base, server.db, at('Portland', 'Portland', 'OR', '97201-1234'));
  // closer to Seattle than Tacoma, but not live: never listed
  centers.bellevue = await createRecord(base, 'service-centers', { ...at('Bellevue', 'Bellevue', 'WA', '98004'), onboardingStatus: 'training' });
  // live, but where no ZIP code places it
  centers.ottawa = await liveCenter(base, server.db, at('Ottawa', 'Ottawa', 'ON', 'K1A 0B1'));
});
afterAll(() => server.close());

describe('GET /api/locator', () => {
  test('is public: no session, no header, answers the nearest live centers, nearest first', async () => {
    const res = await publicGet('/api/locator?zip=98101');
    expect(res.status).toBe(200);
    expect(res.body.origin).toEqual({ zip: '98101', ...zipPosition('98101') });
    expect(names(res)).toEqual(['Seattle', 'Tacoma', 'Portland']);
    const distances = res.body.centers.map((c: Body) => c.distanceMiles as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBe(0);
    const tacoma = zipPosition('98402')!;
    expect(distances[1]).toBe(Math.round(distanceMiles(zipPosition('98101')!, tacoma) * 10) / 10);
    expect(res.body.centers[1]).toMatchObject({ id: centers.tacoma.id, ...tacoma });
  });

  test('shows only the address, phone and hours of a center: nothing internal', async () => {
    const res = await publicGet('/api/locator?zip=98101&limit=20');
    expect(Object.keys(res.body).sort()).toEqual(['centers', 'origin']);
    for (const center of res.body.centers as Body[]) expect(Object.keys(center).sort()).toEqual(PUBLIC_KEYS);
    expect(res.body.centers[0]).toMatchObject({ name: 'Seattle', street: '1 Main St', phone: '206-555-0100', hours: 'Sat by appointment', openingHours: WEEK, postalCode: '98101' });
    const text = JSON.stringify(res.body);
    for (const secret of ['prefers morning', '@centers.test', 'priceList', 'rating', 'insurance', 'onboardingStatus']) expect(text).not.toContain(secret);
  });

  test('never lists a center that is not live, nor one it cannot place', async () => {
    const all = await publicGet('/api/locator?zip=98004&limit=20');
    expect(names(all)).toEqual(['Seattle', 'Tacoma', 'Portland']);
  });

  test('limit, radius, and a position instead of a ZIP code', async () => {
    expect(names(await publicGet('/api/locator?zip=98101&limit=1'))).toEqual(['Seattle']);
    expect(names(await publicGet('/api/locator?zip=98101&radius=50'))).toEqual(['Seattle', 'Tacoma']);
    expect(names(await publicGet('/api/locator?zip=99501&radius=100'))).toEqual([]);
    const byPosition = await publicGet('/api/locator?lat=45.52&lng=-122.68');
    expect(byPosition.body.origin).toEqual({ latitude: 45.52, longitude: -122.68 });
    expect(names(byPosition)).toEqual(['Portland', 'Tacoma', 'Seattle']);
  });

  test.each([
    ['an unknown ZIP code', 'zip=00000', 'zip'],
    ['letters for a ZIP code', 'zip=9810A', 'zip'],
    ['ZIP+4', 'zip=98101-1234', 'zip'],
    ['nothing to search from', '', 'zip'],
    ['a ZIP code and a position', 'zip=98101&lat=47&lng=-122', 'zip'],
    ['a latitude off the globe', 'lat=91&lng=0', 'lat'],
    ['a longitude off the globe', 'lat=0&lng=-181', 'lng'],
    ['a latitude that is not a number', 'lat=north&lng=0', 'lat'],
    ['a latitude without a longitude', 'lat=47.6', 'lng'],
    ['a longitude without a latitude', 'lng=-122.3', 'lat'],
    ['a limit over 20', 'zip=98101&limit=21', 'limit'],
    ['a limit of 0', 'zip=98101&limit=0', 'limit'],
    ['a negative radius', 'zip=98101&radius=-5', 'radius'],
    ['two ZIP codes', 'zip=98101&zip=97201', 'zip'],
    ['an unknown parameter', 'zip=98101&serviceCenterId=1', 'serviceCenterId'],
  ])('%s is a 400 under its field', async (_name, query, field) => {
    const res = await publicGet(`/api/locator?${query}`);
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  test('an unknown ZIP code says so', async () => {
    expect((await publicGet('/api/locator?zip=00000')).body.errors).toEqual({ zip: UNKNOWN_ZIP });
  });

  test('other methods stay closed to the public', async () => {
    const res = await api(base, 'POST', '/api/locator?zip=98101', {}, { cookie: '' });
    expect(res.status).toBe(404);
    expectErrorBody(await api(base, 'GET', '/api/service-centers', undefined, { cookie: '' }), 401);
  });
});

describe('where a center is', () => {
  test('placed from its postal code on create, moved when it changes, not by a client', async () => {
    expect(centers.seattle).toMatchObject(zipPosition('98101')!);
    expect(centers.ottawa).toMatchObject({ latitude: null, longitude: null });
    const moved = await api(base, 'PATCH', `/api/service-centers/${String(centers.seattle.id)}`, { postalCode: '97201', latitude: 0, longitude: 0 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject(zipPosition('97201')!);
    // now at Portland's ZIP code too: equally near, the older center first
    const near = await publicGet('/api/locator?zip=97201&limit=2');
    expect(near.body.centers.map((c: Body) => [c.name, c.distanceMiles])).toEqual([['Seattle', 0], ['Portland', 0]]);
    const renamed = await api(base, 'PATCH', `/api/service-centers/${String(centers.seattle.id)}`, { name: 'Seattle North', latitude: 1, longitude: 1 });
    expect(renamed.body).toMatchObject({ name: 'Seattle North', ...zipPosition('97201')! });
    await api(base, 'PATCH', `/api/service-centers/${String(centers.seattle.id)}`, { name: 'Seattle', postalCode: '98101' });
  });

  test('a center suspended leaves the locator', async () => {
    const res = await api(base, 'PATCH', `/api/service-centers/${String(centers.tacoma.id)}`, { onboardingStatus: 'suspended' });
    expect(res.status).toBe(200);
    expect(names(await publicGet('/api/locator?zip=98101'))).toEqual(['Seattle', 'Portland']);
  });

  test('migration 019 places the centers that exist when it runs', async () => {
    await m019.down(forMigrations(server.db));
    await m019.up(forMigrations(server.db));
    const rows = await server.db.selectFrom('serviceCenters').select(['id', 'latitude', 'longitude']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: centers.seattle.id, ...zipPosition('98101') },
      { id: centers.tacoma.id, ...zipPosition('98402') },
      { id: centers.portland.id, ...zipPosition('97201') },
      { id: centers.bellevue.id, ...zipPosition('98004') },
      { id: centers.ottawa.id, latitude: null, longitude: null },
    ]);
  });
});
