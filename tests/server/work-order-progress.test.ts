import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase, vinOf } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};
const world: Record<string, Body> = {};

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const jurisdiction = await createRecord(base, 'jurisdictions');
  world.region = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { regionId: world.region.id, jurisdictionId: jurisdiction.id, email: 'center-a@progress.test' });
  world.centerB = await liveCenter(base, server.db, { regionId: world.region.id, jurisdictionId: jurisdiction.id, email: 'center-b@progress.test' });
  world.customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  world.vehicle = await post(base, 'vehicles', { customerId: world.customer.id, year: 2021, make: 'Toyota', model: 'Corolla', vin: vinOf(unique()) });
  const user = async (key: string, role: string, extra: Body = {}) => {
    const email = `${key}@progress.test`;
    await post(base, 'users', { name: `${key} user`, email, role, password: 'progress-pass-1', ...extra });
    cookies[key] = await signIn(base, email, 'progress-pass-1');
  };
  await user('staffA', 'center-staff', { serviceCenterId: world.centerA.id });
  await user('staffB', 'center-staff', { serviceCenterId: world.centerB.id });
  await user('manager', 'regional-manager', { regionId: world.region.id });
  await user('onboarding', 'onboarding');
  await user('compliance', 'compliance');
});
afterAll(() => server.close());

const as = (who: string, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const command = (id: unknown, name: string) => `/api/work-orders/${String(id)}/${name}`;

/** A provider's request at center A (no customer, no equipment, no authorisation), by default booked in the past. */
const inspection = (scheduledAt = '2026-02-15T15:00:00.000Z') => post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: world.centerA.id, scheduledAt });
const removal = (center: Body = world.centerA, scheduledAt = '2026-03-05T15:00:00.000Z') =>
  post(base, 'work-orders', { type: 'removal', serviceCenterId: center.id, customerId: world.customer.id, vehicleId: world.vehicle.id, scheduledAt });

const auditRows = (id: unknown, action: string) =>
  server.db.selectFrom('auditLog').selectAll().where('resource', '=', 'work-orders').where('recordId', '=', Number(id)).where('action', '=', action).execute();

/** Refused as `who`: this status, and nothing in the database changed. */
async function refusedAs(who: string, url: string, body: Body, status: number) {
  const before = await snapshot(server.db);
  const res = await as(who, 'POST', url, body);
  expectErrorBody(res, status, `${who} ${url}`);
  expect(await snapshot(server.db)).toEqual(before);
  return res;
}

describe('start', () => {
  test('center staff start their own center’s booked work: in progress, arrival and start recorded and logged', async () => {
    const order = await inspection();
    const res = await as('staffA', 'POST', command(order.id, 'start'), { arrivedAt: '2026-02-15T14:58:00.000Z', startedAt: '2026-02-15T15:03:00.000Z', version: order.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'in-progress', arrivedAt: '2026-02-15T14:58:00.000Z', startedAt: '2026-02-15T15:03:00.000Z', version: Number(order.version) + 1 });
    const [row] = await auditRows(order.id, 'start');
    expect(row.userName).toBe('staffA user');
  });

  test('without times, the customer arrived and the work started now', async () => {
    const order = await inspection();
    const before = Date.now();
    const res = await as('compliance', 'POST', command(order.id, 'start'), {});
    expect(res.status).toBe(200);
    expect(res.body.arrivedAt).toBe(res.body.startedAt);
    expect(Date.parse(res.body.startedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  test('another center’s work order is not found; roles without the grant are refused before any lookup', async () => {
    const order = await inspection();
    await refusedAs('staffB', command(order.id, 'start'), {}, 404);
    for (const who of ['manager', 'onboarding']) {
      await refusedAs(who, command(order.id, 'start'), {}, 403);
      await refusedAs(who, command(999_999, 'start'), {}, 403);
    }
  });

  test('started work does not start again; a stale version and impossible times are refused', async () => {
    const order = await inspection();
    await refusedAs('staffA', command(order.id, 'start'), { version: Number(order.version) + 3 }, 409);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await refusedAs('staffA', command(order.id, 'start'), { arrivedAt: future }, 400)).body.errors).toEqual({ arrivedAt: 'The arrival cannot be in the future' });
    const early = await refusedAs('staffA', command(order.id, 'start'), { arrivedAt: '2026-02-15T15:10:00.000Z', startedAt: '2026-02-15T15:00:00.000Z' }, 400);
    expect(early.body.errors).toEqual({ startedAt: 'The work cannot start before the customer arrived' });
    await refusedAs('staffA', command(order.id, 'start'), { startedAt: 'yesterday' }, 400);
    expect((await as('staffA', 'POST', command(order.id, 'start'), {})).status).toBe(200);
    const again = await refusedAs('staffA', command(order.id, 'start'), {}, 409);
    expect(again.body.errors.status).toMatch(/in-progress: only booked work can start/);
  });
});

describe('no-show', () => {
  test('center staff record a no-show once the appointment’s time has passed, not before', async () => {
    const later = await inspection(new Date(Date.now() + 2 * 86_400_000).toISOString());
    const early = await refusedAs('staffA', command(later.id, 'no-show'), {}, 409);
    expect(early.body.message).toMatch(/a no-show is recorded once its time has passed/);
    const dryRun = await as('staffA', 'GET', `/api/work-orders/${String(later.id)}/actions`);
    expect(dryRun.body['no-show']).toMatchObject({ allowed: false, status: 409 });

    const past = await inspection();
    const res = await as('staffA', 'POST', command(past.id, 'no-show'), { version: past.version });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('no-show');
    expect(await auditRows(past.id, 'no-show')).toHaveLength(1);
    await refusedAs('staffA', command(past.id, 'no-show'), {}, 409);
    await refusedAs('staffA', command(past.id, 'start'), {}, 409);
  });

  test('another center’s is not found, roles without the grant are refused, a stale version is refused', async () => {
    const order = await inspection();
    await refusedAs('staffB', command(order.id, 'no-show'), {}, 404);
    for (const who of ['manager', 'onboarding']) await refusedAs(who, command(order.id, 'no-show'), {}, 403);
    await refusedAs('staffA', command(order.id, 'no-show'), { version: Number(order.version) + 1 }, 409);
  });
});

describe('complete, as center staff', () => {
  test('their own center’s work completes; another center’s is not found; roles without the grant are refused', async () => {
    const order = await inspection();
    await refusedAs('staffB', command(order.id, 'complete'), {}, 404);
    for (const who of ['manager', 'onboarding']) await refusedAs(who, command(order.id, 'complete'), {}, 403);
    await refusedAs('staffA', command(order.id, 'complete'), { version: Number(order.version) + 1 }, 409);
    const res = await as('staffA', 'POST', command(order.id, 'complete'), { startedAt: '2026-02-15T15:00:00.000Z', completedAt: '2026-02-15T15:30:00.000Z' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', completedAt: '2026-02-15T15:30:00.000Z' });
    await refusedAs('staffA', command(order.id, 'complete'), {}, 409);
  });

  test('an unauthorised removal is refused in the provider’s words and the attempt is logged as theirs', async () => {
    const order = await removal();
    const before = await snapshot(server.db);
    const res = await as('staffA', 'POST', command(order.id, 'complete'), { completedAt: '2026-03-05T15:30:00.000Z' });
    expectErrorBody(res, 409);
    expect(res.body.message).toContain('no equipment is to be removed or replaced without our approval');
    expect(res.body.errors.authorizedAt).toContain('no equipment is to be removed or replaced without our approval');
    // nothing changed but the log of the attempt and the center's rating computed again (the refusal is a compliance exception)
    const after = await snapshot(server.db);
    const unrated = (tables: typeof before) => ({
      ...tables,
      auditLog: tables.auditLog.slice(0, before.auditLog.length),
      ratings: tables.ratings.slice(0, before.ratings.length),
      serviceCenters: tables.serviceCenters.map((c) => ({ ...(c as Body), ratedAt: null, updatedAt: null })),
    });
    expect(unrated(after)).toEqual(unrated(before));
    expect(after.ratings.slice(before.ratings.length)).toMatchObject([{ serviceCenterId: order.serviceCenterId }]);
    expect(after.auditLog.slice(before.auditLog.length)).toMatchObject([
      { action: 'complete-refused', userName: 'staffA user' },
      { action: 'create', resource: 'ratings', userName: 'Rating' },
      { action: 'rate', resource: 'service-centers', recordId: order.serviceCenterId, userName: 'Rating' },
    ]);
    const attempts = await auditRows(order.id, 'complete-refused');
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ userName: 'staffA user', summary: res.body.message });
  });
});

describe('appointment e-mails', () => {
  const mails = async (id: unknown) =>
    server.db.selectFrom('outbox').select(['recipient', 'subject', 'body']).where('kind', '=', 'appointment').where('recordId', '=', Number(id)).orderBy('id').execute();
  const patch = (id: unknown, changes: Body) => api(base, 'PATCH', `/api/work-orders/${String(id)}`, changes);

  test('the center gets one for a new appointment and one for each change of time, type or center, and for a cancellation', async () => {
    const order = await removal(world.centerA, '2027-05-10T15:00:00.000Z');
    let sent = await mails(order.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].recipient).toBe('center-a@progress.test');
    expect(sent[0].subject).toMatch(/^New appointment: WO-.*, removal on 2027-05-10 15:00 UTC$/);
    expect(sent[0].body).toContain('2021 Toyota Corolla');

    expect((await patch(order.id, { notes: 'Bring the paperwork' })).status).toBe(200);
    expect(await mails(order.id)).toHaveLength(1);

    expect((await patch(order.id, { scheduledAt: '2027-05-11T09:30:00.000Z' })).status).toBe(200);
    sent = await mails(order.id);
    expect(sent).toHaveLength(2);
    expect(sent[1].subject).toMatch(/^Appointment changed: .* on 2027-05-11 09:30 UTC$/);

    expect((await patch(order.id, { serviceCenterId: world.centerB.id })).status).toBe(200);
    sent = await mails(order.id);
    expect(sent.slice(2).map((m) => [m.recipient, m.subject.split(':')[0]])).toEqual([
      ['center-a@progress.test', 'Appointment cancelled'],
      ['center-b@progress.test', 'New appointment'],
    ]);

    expect((await patch(order.id, { status: 'cancelled' })).status).toBe(200);
    sent = await mails(order.id);
    expect(sent).toHaveLength(5);
    expect(sent[4]).toMatchObject({ recipient: 'center-b@progress.test' });
    expect(sent[4].subject).toMatch(/^Appointment cancelled/);
  });

  test('no e-mail for a walk-in or a provider’s request, nor for a refused booking', async () => {
    const order = await inspection('2027-05-12T10:00:00.000Z');
    expect(await mails(order.id)).toHaveLength(0);
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', '/api/work-orders', { type: 'removal', serviceCenterId: world.centerA.id, customerId: world.customer.id, scheduledAt: '2027-05-12T10:00:00.000Z' });
    expectErrorBody(res, 400);
    expect(await snapshot(server.db)).toEqual(before);
  });
});
