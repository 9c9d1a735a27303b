import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_ADMIN, api, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, post } from './fixtures.ts';

let server: TestServer;
let base: string;
let adminId: number;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  adminId = (await api(base, 'GET', '/api/auth/me')).body.id;
});
afterAll(() => server.close());

const historyOf = async (resource: string, id: number) =>
  (await api(base, 'GET', `/api/audit-log?resource=${resource}&recordId=${id}&_sort=id&_order=asc&_start=0&_end=100`)).body;

describe('the audit trail', () => {
  test('records a create, an update and a delete with who, when and field-level diffs', async () => {
    const region = await post(base, 'regions', { code: 'AUD', name: 'Audited' });
    const updated = await api(base, 'PATCH', `/api/regions/${region.id}`, { name: 'Audited twice', description: 'Coast' });
    expect(updated.status).toBe(200);
    expect((await api(base, 'DELETE', `/api/regions/${region.id}`)).status).toBe(200);

    const [created, changed, deleted] = await historyOf('regions', region.id as number);
    expect(created).toMatchObject({ action: 'create', resource: 'regions', recordId: region.id, userId: adminId, userName: 'Test Admin' });
    expect(created.diff).toMatchObject({ code: [null, 'AUD'], name: [null, 'Audited'] });
    expect(changed).toMatchObject({ action: 'update', userId: adminId });
    expect(changed.diff).toEqual({ name: ['Audited', 'Audited twice'], description: [null, 'Coast'] });
    expect(deleted).toMatchObject({ action: 'delete' });
    expect(deleted.diff).toMatchObject({ code: ['AUD', null], name: ['Audited twice', null] });
    for (const entry of [created, changed, deleted]) expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
  });

  test('an update that changes nothing writes nothing', async () => {
    const region = await post(base, 'regions', { code: 'SAME', name: 'Same' });
    await api(base, 'PUT', `/api/regions/${region.id}`, { ...region });
    expect(await historyOf('regions', region.id as number)).toHaveLength(1);
  });

  test('a refused change writes no audit row (same transaction)', async () => {
    const before = (await api(base, 'GET', '/api/audit-log?_start=0&_end=1')).headers.get('x-total-count');
    await api(base, 'POST', '/api/regions', { code: 'AUD', name: '' });
    await api(base, 'POST', '/api/service-centers', { name: 'Ghost', regionId: 99999 });
    const after = (await api(base, 'GET', '/api/audit-log?_start=0&_end=1')).headers.get('x-total-count');
    expect(after).toBe(before);
  });

  test('sign-ins, failed sign-ins and password settings are recorded, never the password', async () => {
    await api(base, 'POST', '/api/auth/login', { email: TEST_ADMIN.email, password: 'wrong-pass-9' }, { cookie: '' });
    const user = await post(base, 'users', { name: 'Pat', email: 'pat@audit.test', role: 'compliance', password: 'pat-pass-12' });
    await api(base, 'PATCH', `/api/users/${user.id}`, { password: 'pat-pass-13' });
    const log = (await api(base, 'GET', '/api/audit-log?_sort=id&_order=desc&_start=0&_end=20')).body;
    expect(log.some((e: { action: string; summary: string }) => e.action === 'sign-in-failed' && e.summary === TEST_ADMIN.email)).toBe(true);
    expect(log.some((e: { action: string }) => e.action === 'sign-in')).toBe(true);
    const passwordSet = log.find((e: { action: string; resource: string }) => e.action === 'update' && e.resource === 'users');
    expect(passwordSet.summary).toBe('Set password');
    expect(JSON.stringify(log)).not.toMatch(/pat-pass|scrypt/);
  });

  test('is append-only: no route creates, updates or deletes an entry', async () => {
    const [entry] = (await api(base, 'GET', '/api/audit-log?_start=0&_end=1')).body;
    const count = async () => (await api(base, 'GET', '/api/audit-log?_start=0&_end=1')).headers.get('x-total-count');
    const before = await count();
    for (const [method, url, body] of [
      ['POST', '/api/audit-log', { action: 'forged', resource: 'regions', at: new Date().toISOString() }],
      ['PUT', `/api/audit-log/${entry.id}`, { action: 'forged' }],
      ['PATCH', `/api/audit-log/${entry.id}`, { action: 'forged' }],
      ['DELETE', `/api/audit-log/${entry.id}`, undefined],
    ] as const) {
      const res = await api(base, method, url, body);
      expectErrorBody(res, 404);
    }
    expect(await count()).toBe(before);
    expect((await api(base, 'GET', `/api/audit-log/${entry.id}`)).body).toEqual(entry);
  });

  test('filters by user, resource, record and date', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const res = await api(base, 'GET', `/api/audit-log?userId=${adminId}&resource=regions&at_gte=${since}&_start=0&_end=100`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((e: { userId: number; resource: string }) => e.userId === adminId && e.resource === 'regions')).toBe(true);
  });
});
