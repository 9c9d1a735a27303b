import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import type { Role } from '../../server/auth/roles.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { completedVisits, createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const world: Record<string, Body> = {};
const cookies = {} as Record<Role | 'otherCustomer', string>;

const INITIAL = TEMPLATES.find((t) => t.kind === 'initial')!;
const DAY_MS = 86_400_000;

async function login(role: Role, extra: Body) {
  const email = `${role}-${unique()}@complaints.test`;
  await post(base, 'users', { name: `The ${role}`, email, role, password: 'comp-pass-1', ...extra });
  return signIn(base, email, 'comp-pass-1');
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const jurisdiction = await createRecord(base, 'jurisdictions');
  const region = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id });
  world.centerB = await liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id });
  world.mine = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  world.theirs = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  const [myVisit] = await completedVisits(base, world.centerA, world.mine, 12);
  const [theirVisit] = await completedVisits(base, world.centerA, world.theirs, 1);
  const [theirVisitB] = await completedVisits(base, world.centerB, world.theirs, 1);
  Object.assign(world, { myVisit: { id: myVisit }, theirVisit: { id: theirVisit }, theirVisitB: { id: theirVisitB } });
  cookies.customer = await login('customer', { customerId: world.mine.id });
  cookies.otherCustomer = await login('customer', { customerId: world.theirs.id });
  cookies.compliance = await login('compliance', {});
  cookies.onboarding = await login('onboarding', {});
  cookies['regional-manager'] = await login('regional-manager', { regionId: region.id });
  cookies['center-staff'] = await login('center-staff', { serviceCenterId: world.centerA.id });
});
afterAll(() => server.close());

const as = (who: keyof typeof cookies, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });

describe('a customer files complaints about their own visits', () => {
  test('about a center where they were served, and about one visit there: their own customer, open, logged', async () => {
    const res = await as('customer', 'POST', '/api/complaints', { serviceCenterId: world.centerA.id, category: 'wait-time', body: 'Waited an hour past my slot' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ customerId: world.mine.id, serviceCenterId: world.centerA.id, workOrderId: null, status: 'open', resolution: null, resolvedAt: null });
    const visit = await as('customer', 'POST', '/api/complaints', { serviceCenterId: world.centerA.id, workOrderId: world.myVisit.id, category: 'staff-conduct', body: 'The technician was rude' });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    expect(visit.body.workOrderId).toBe(world.myVisit.id);
    const logged = await server.db.selectFrom('auditLog').select(['action', 'userName']).where('resource', '=', 'complaints').where('recordId', '=', visit.body.id).execute();
    expect(logged).toEqual([{ action: 'create', userName: 'The customer' }]);
  });

  test('refused without changing anything: for another customer (403), a center or a visit that is not theirs (400)', async () => {
    const before = await snapshot(server.db);
    const other = await as('customer', 'POST', '/api/complaints', { customerId: world.theirs.id, serviceCenterId: world.centerA.id, category: 'other', body: 'x' });
    expectErrorBody(other, 403);
    const elsewhere = await as('customer', 'POST', '/api/complaints', { serviceCenterId: world.centerB.id, category: 'billing', body: 'Overcharged' });
    expectErrorBody(elsewhere, 400);
    expect(elsewhere.body.errors).toEqual({ serviceCenterId: 'This customer has no visit at this center' });
    for (const workOrderId of [world.theirVisit.id, world.theirVisitB.id]) {
      const res = await as('customer', 'POST', '/api/complaints', { serviceCenterId: world.centerA.id, workOrderId, category: 'billing', body: 'Overcharged' });
      expectErrorBody(res, 400);
      expect(res.body.errors).toEqual({ workOrderId: 'Not a visit of this customer at this center' });
    }
    const invalid = await as('customer', 'POST', '/api/complaints', { serviceCenterId: world.centerA.id, category: 'noise', body: '  ' });
    expectErrorBody(invalid, 400);
    expect(Object.keys(invalid.body.errors).sort()).toEqual(['body', 'category']);
    const hidden = await as('customer', 'POST', '/api/complaints', { serviceCenterId: world.centerA.id, category: 'other', body: 'bad\u0000text' });
    expectErrorBody(hidden, 400);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('reads their own complaints only: another customer’s is not found; they neither edit, delete nor resolve', async () => {
    const theirs = await as('otherCustomer', 'POST', '/api/complaints', { serviceCenterId: world.centerB.id, category: 'billing', body: 'Charged twice' });
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(201);
    const list = await as('customer', 'GET', '/api/complaints?_start=0&_end=50');
    expect(list.status).toBe(200);
    expect((list.body as Body[]).every((c) => c.customerId === world.mine.id)).toBe(true);
    expect(list.headers.get('x-total-count')).toBe('2');
    expectErrorBody(await as('customer', 'GET', `/api/complaints/${String(theirs.body.id)}`), 404);
    const mine = (list.body as Body[])[0];
    const before = await snapshot(server.db);
    expectErrorBody(await as('customer', 'PATCH', `/api/complaints/${String(mine.id)}`, { body: 'Changed' }), 403);
    expectErrorBody(await as('customer', 'DELETE', `/api/complaints/${String(mine.id)}`), 403);
    expectErrorBody(await as('customer', 'POST', `/api/complaints/${String(mine.id)}/resolve`, { resolution: 'Fine now' }), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('their visits name the center (a customer reads no center records); another customer’s visits are not found', async () => {
    const visits = await as('customer', 'GET', `/api/customers/${String(world.mine.id)}/visits`);
    expect(visits.status).toBe(200);
    expect(visits.body).toHaveLength(12);
    expect(visits.body[0]).toMatchObject({ workOrderId: world.myVisit.id, serviceCenterId: world.centerA.id, serviceCenterName: world.centerA.name, serviceCenterCity: world.centerA.city, type: 'lockout-service', status: 'completed' });
    expectErrorBody(await as('customer', 'GET', `/api/customers/${String(world.theirs.id)}/visits`), 404);
    expect((await as('compliance', 'GET', `/api/customers/${String(world.theirs.id)}/visits`)).body).toHaveLength(2);
    expectErrorBody(await as('center-staff', 'GET', `/api/customers/${String(world.mine.id)}/visits`), 403);
  });
});

describe('the back office', () => {
  test('center staff, regional managers and onboarding staff neither read nor file complaints (403)', async () => {
    const before = await snapshot(server.db);
    for (const role of ['center-staff', 'regional-manager', 'onboarding'] as const) {
      expectErrorBody(await as(role, 'GET', '/api/complaints?_start=0&_end=5'), 403);
      expectErrorBody(await as(role, 'POST', '/api/complaints', { customerId: world.mine.id, serviceCenterId: world.centerA.id, category: 'other', body: 'x' }), 403);
      expectErrorBody(await as(role, 'POST', '/api/complaints/1/resolve', { resolution: 'x' }), 403);
    }
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('compliance files one for a customer (naming them), then resolves it once, with the resolution', async () => {
    const unnamed = await as('compliance', 'POST', '/api/complaints', { serviceCenterId: world.centerA.id, category: 'other', body: 'Phoned in' });
    expectErrorBody(unnamed, 400);
    expect(unnamed.body.errors).toEqual({ customerId: 'Required' });
    const filed = await as('compliance', 'POST', '/api/complaints', { customerId: world.theirs.id, serviceCenterId: world.centerB.id, workOrderId: world.theirVisitB.id, category: 'service-quality', body: 'Seal missing after calibration' });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = String(filed.body.id);

    const before = await snapshot(server.db);
    const blank = await as('compliance', 'POST', `/api/complaints/${id}/resolve`, { resolution: ' ' });
    expectErrorBody(blank, 400);
    expect(blank.body.errors).toEqual({ resolution: 'Required' });
    expectErrorBody(await as('compliance', 'POST', `/api/complaints/${id}/resolve`, {}), 400);
    const stale = await as('compliance', 'POST', `/api/complaints/${id}/resolve`, { resolution: 'Resealed', version: 7 });
    expectErrorBody(stale, 409);
    expect(stale.body.errors).toEqual({ version: 'Stale version' });
    expect(await snapshot(server.db)).toEqual(before);

    const resolved = await as('compliance', 'POST', `/api/complaints/${id}/resolve`, { resolution: 'The center resealed the device the next day', version: 1 });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: 'The center resealed the device the next day', resolvedBy: 'The compliance', version: 2 });
    expect(resolved.body.resolvedAt).toEqual(expect.any(String));
    const dryRun = await as('compliance', 'GET', `/api/complaints/${id}/actions`);
    expect(dryRun.body.resolve).toMatchObject({ allowed: false, status: 409 });

    const again = await as('compliance', 'POST', `/api/complaints/${id}/resolve`, { resolution: 'Again' });
    expectErrorBody(again, 409);
    expect(again.body.message).toBe(`This complaint was already resolved (${String(resolved.body.resolvedAt)})`);
    expect(again.body.message).toBe(dryRun.body.resolve.reason);
    const logged = await server.db.selectFrom('auditLog').select(['action', 'summary']).where('resource', '=', 'complaints').where('recordId', '=', Number(id)).orderBy('id').execute();
    expect(logged.map((l) => l.action)).toEqual(['create', 'resolve']);

    const seen = await as('otherCustomer', 'GET', `/api/complaints/${id}`);
    expect(seen.body).toMatchObject({ status: 'resolved', resolution: 'The center resealed the device the next day' });
  });

  test('the queue lists open ones first, filtered by status and center', async () => {
    const open = await as('compliance', 'GET', '/api/complaints?_sort=status&_order=ASC&_start=0&_end=50');
    const statuses = (open.body as Body[]).map((c) => c.status);
    expect(statuses).toEqual([...statuses].sort());
    expect(statuses[0]).toBe('open');
    const resolvedAtB = await as('compliance', 'GET', `/api/complaints?status=resolved&serviceCenterId=${String(world.centerB.id)}`);
    expect((resolvedAtB.body as Body[]).map((c) => c.status)).toEqual(['resolved']);
  });
});

describe('complaints feed the center’s rating', () => {
  test('a recomputed rating counts the complaints received in its 12 months against the services completed', async () => {
    const template = (await api(base, 'GET', `/api/audit-templates?key=${INITIAL.key}&version=${INITIAL.version}`)).body[0] as Body;
    const center = await liveCenter(base, server.db);
    const customer = await createRecord(base, 'customers');
    const [visit] = await completedVisits(base, center, customer, 20);
    const audit = await post(base, 'audits', { serviceCenterId: center.id, templateId: template.id, kind: 'initial', auditor: 'A', auditDate: '2026-01-10', answers: sampleAnswers(INITIAL) });
    expect((await api(base, 'POST', `/api/audits/${String(audit.id)}/submit`, {})).status).toBe(200);
    const recompute = async () => {
      const res = await as('compliance', 'POST', `/api/service-centers/${String(center.id)}/rating`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { score: number; inputs: { operations: Body }; explanation: { key: string; status: string; value: number; basis: string }[] };
    };
    const before = await recompute();
    expect(before.inputs.operations).toMatchObject({ services: 20, complaints: 0 });
    expect(before.explanation.find((c) => c.key === 'complaints')).toMatchObject({ status: 'used', value: 100 });

    for (const body of ['Waited too long', 'Rude at the counter']) {
      await post(base, 'complaints', { customerId: customer.id, serviceCenterId: center.id, workOrderId: visit, category: 'wait-time', body });
    }
    // one received 13 months ago is outside the rating's period
    const old = await post(base, 'complaints', { customerId: customer.id, serviceCenterId: center.id, category: 'other', body: 'Long ago' });
    await server.db.updateTable('complaints').set({ createdAt: new Date(Date.now() - 400 * DAY_MS).toISOString() }).where('id', '=', old.id as number).execute();
    const after = await recompute();
    expect(after.inputs.operations).toMatchObject({ services: 20, complaints: 2 });
    const signal = after.explanation.find((c) => c.key === 'complaints')!;
    // 2 in 20 services = 10 per 100, past the 5 per 100 at which the signal reaches 0
    expect(signal).toMatchObject({ status: 'used', value: 0, basis: '2 complaints in 20 services = 10 per 100 (0 at 5 per 100)' });
    expect(after.score).toBeLessThan(before.score);

    // resolving one does not take it back
    const [first] = (await api(base, 'GET', `/api/complaints?serviceCenterId=${String(center.id)}&_sort=id&_limit=1`)).body as Body[];
    await as('compliance', 'POST', `/api/complaints/${String(first.id)}/resolve`, { resolution: 'Apologised' });
    expect((await recompute()).inputs.operations).toMatchObject({ complaints: 2 });
  });
});
