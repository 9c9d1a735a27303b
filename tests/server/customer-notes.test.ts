import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLES } from '../../server/auth/roles.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { useDatabase } from './fixtures.ts';
import { customerPortalSetting, refused, requestAs } from './customer-portal-setting.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let world: Awaited<ReturnType<typeof customerPortalSetting>>;
let mine: ReturnType<typeof requestAs>;
let compliance: ReturnType<typeof requestAs>;
const admin = (method: string, url: string, body?: unknown) => api(server.url, method, url, body);

async function created(res: { status: number; body: Body }) {
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  server = await startTestServer();
  useDatabase(server);
  world = await customerPortalSetting(server);
  mine = requestAs(server, world.mine.cookie);
  compliance = requestAs(server, world.staff.compliance);
}, 60_000);
afterAll(() => server.close());

describe('a customer’s notes to the monitoring authority', () => {
  test('added for themselves by default, with the days they concern; listed only to them', async () => {
    const note = await created(await mine('POST', '/api/customer-notes', { body: 'Out of state for a funeral', category: 'out-of-state', startsOn: '2027-02-01', endsOn: '2027-02-04' }));
    expect(note).toMatchObject({ customerId: world.mine.customer.id, category: 'out-of-state', acknowledgedAt: null, acknowledgedBy: null });
    const plain = await created(await mine('POST', '/api/customer-notes', { body: 'My car is at the body shop until Friday.' }));
    expect(plain).toMatchObject({ category: null, startsOn: null, endsOn: null });
    await created(await api(server.url, 'POST', '/api/customer-notes', { body: 'Their note' }, { cookie: world.theirs.cookie }));
    const own = await mine('GET', '/api/customer-notes?_sort=createdAt&_order=DESC&_start=0&_end=10');
    expect((own.body as Body[]).map((n) => n.id)).toEqual([plain.id, note.id]);
    expect(own.headers.get('x-total-count')).toBe('2');
  });

  test.each([
    ['no text', { body: '   ' }, 'body'],
    ['more than 2000 characters', { body: 'x'.repeat(2001) }, 'body'],
    ['control characters', { body: 'Ring twice\u0007' }, 'body'],
    ['a category that does not exist', { body: 'Hello', category: 'complaint' }, 'category'],
    ['a last day before the first', { body: 'Away', startsOn: '2027-03-05', endsOn: '2027-03-01' }, 'endsOn'],
    ['an unknown field', { body: 'Hi', mood: 'fine' }, 'mood'],
  ])('refused (400, nothing written): %s', async (label, body, field) => {
    const res = await refused(server, () => mine('POST', '/api/customer-notes', body), 400, label);
    expect(Object.keys(res.body.errors), label).toContain(field);
  });

  test('never for another customer (403); another customer’s note is not there (404)', async () => {
    const other = await refused(server, () => mine('POST', '/api/customer-notes', { body: 'Not mine', customerId: world.theirs.customer.id }), 403);
    expect(other.body.message).toBe('You add records of your own only');
    const [theirs] = (await admin('GET', `/api/customer-notes?customerId=${String(world.theirs.customer.id)}`)).body as Body[];
    await refused(server, () => mine('GET', `/api/customer-notes/${String(theirs.id)}`), 404);
    expect((await mine('GET', `/api/customer-notes?id=${String(theirs.id)}`)).body).toEqual([]);
  });
});

describe('notes are read by compliance, never edited or deleted', () => {
  let note: Body;
  beforeAll(async () => {
    note = await created(await mine('POST', '/api/customer-notes', { body: 'Vehicle in the shop this week', category: 'vehicle-in-shop' }));
  });

  test('compliance and administrators read every note; the other back-office roles nothing (403)', async () => {
    for (const who of [compliance, admin]) {
      const res = await who('GET', '/api/customer-notes?_sort=createdAt&_order=ASC');
      expect(res.status).toBe(200);
      expect((res.body as Body[]).map((n) => n.customerId)).toEqual(expect.arrayContaining([world.mine.customer.id, world.theirs.customer.id]));
      expect((await who('GET', `/api/customer-notes/${String(note.id)}`)).body).toMatchObject({ body: 'Vehicle in the shop this week' });
    }
    for (const role of ['onboarding', 'regional-manager', 'center-staff'] as const) {
      const as = requestAs(server, world.staff[role]);
      await refused(server, () => as('GET', '/api/customer-notes'), 403, role);
      await refused(server, () => as('GET', `/api/customer-notes/${String(note.id)}`), 403, role);
      await refused(server, () => as('POST', '/api/customer-notes', { body: 'Staff note', customerId: world.mine.customer.id }), 403, role);
      await refused(server, () => as('POST', `/api/customer-notes/${String(note.id)}/acknowledge`, {}), 403, role);
    }
    await refused(server, () => compliance('POST', '/api/customer-notes', { body: 'Staff note', customerId: world.mine.customer.id }), 403);
  });

  test('PUT, PATCH and DELETE answer 403 to every role, with nothing changed', async () => {
    const everyone = [world.mine.cookie, ...Object.values(world.staff), undefined];
    expect(everyone).toHaveLength(ROLES.length);
    for (const cookie of everyone) {
      const as = requestAs(server, cookie);
      const put = await refused(server, () => as('PUT', `/api/customer-notes/${String(note.id)}`, { ...note, body: 'Rewritten' }), 403);
      expect(put.body.message).toBe('Notes to the monitoring authority are never edited');
      await refused(server, () => as('PATCH', `/api/customer-notes/${String(note.id)}`, { body: 'Rewritten' }), 403);
      const deleted = await refused(server, () => as('DELETE', `/api/customer-notes/${String(note.id)}`), 403);
      expect(deleted.body.message).toBe('Notes to the monitoring authority are never deleted');
    }
  });

  test('compliance acknowledges a note once (409 after); the customer sees it was read', async () => {
    await refused(server, () => mine('POST', `/api/customer-notes/${String(note.id)}/acknowledge`, {}), 403);
    await refused(server, () => compliance('POST', `/api/customer-notes/${String(note.id)}/acknowledge`, { version: 7 }), 409);
    const done = await compliance('POST', `/api/customer-notes/${String(note.id)}/acknowledge`, { version: note.version });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ acknowledgedBy: 'compliance user', body: 'Vehicle in the shop this week' });
    expect(done.body.acknowledgedAt).toBeTruthy();
    const again = await refused(server, () => admin('POST', `/api/customer-notes/${String(note.id)}/acknowledge`, {}), 409);
    expect(again.body.message).toMatch(/^This note was already acknowledged/);
    expect((await mine('GET', `/api/customer-notes/${String(note.id)}`)).body).toMatchObject({ acknowledgedAt: done.body.acknowledgedAt });
    // the queue: unacknowledged first (oldest first), then the acknowledged ones
    const queue = (await compliance('GET', '/api/customer-notes?_sort=acknowledgedAt&_order=DESC')).body as Body[];
    expect(queue.at(-1)!.id).toBe(note.id);
    const waiting = queue.slice(0, -1);
    expect(waiting.every((n) => n.acknowledgedAt === null)).toBe(true);
    expect(waiting.map((n) => n.id)).toEqual(waiting.map((n) => Number(n.id)).sort((a, b) => a - b));
    const log = await server.db.selectFrom('auditLog').select('action').where('resource', '=', 'customer-notes').where('recordId', '=', Number(note.id)).orderBy('id').execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'acknowledge']);
  });
});
