import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};
let centerA: Body;
let centerB: Body;
let customer: Body;

const DAY = [{ opens: '08:00', closes: '17:00' }];
const HOURS = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [{ opens: '09:00', closes: '13:00' }], sun: [] };

async function userFor(role: string, extra: Body = {}) {
  const email = `${role}-${unique()}@closures.test`;
  await post(base, 'users', { name: role, email, role, password: 'closure-pass-1', ...extra });
  return signIn(base, email, 'closure-pass-1');
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const jurisdiction = await createRecord(base, 'jurisdictions');
  // Illinois (the fixture's state): America/Chicago.
  centerA = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
  centerB = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
  customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  cookies.compliance = await userFor('compliance');
  cookies.onboarding = await userFor('onboarding');
  cookies['regional-manager'] = await userFor('regional-manager', { regionId: centerA.regionId });
  cookies.staffA = await userFor('center-staff', { serviceCenterId: centerA.id });
});
afterAll(() => server.close());

const as = (who: string, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const closure = (serviceCenterId: unknown, startsOn: string, endsOn: string, reason = 'Renovation') => post(base, 'center-closures', { serviceCenterId, startsOn, endsOn, reason });
const inspection = (serviceCenterId: unknown, scheduledAt: string) => ({ type: 'vehicle-inspection', serviceCenterId, scheduledAt });

/** A refused request: its status, the `{ message, errors }` shape, and nothing written. */
async function refused(request: () => Promise<{ status: number; body: Body }>, status: number, message?: RegExp) {
  const before = await snapshot(server.db);
  const res = await request();
  expectErrorBody(res, status);
  if (message) expect(res.body.message).toMatch(message);
  expect(await snapshot(server.db)).toEqual(before);
  return res;
}

describe('center closures through the generic routes', () => {
  test('center staff keep their own center’s closures; another center’s are not there', async () => {
    const created = await as('staffA', 'POST', '/api/center-closures', { serviceCenterId: centerA.id, startsOn: '2027-05-03', endsOn: '2027-05-04', reason: 'Floor repairs' });
    expect(created.status).toBe(201);
    const id = (created.body as Body).id;
    const patched = await as('staffA', 'PATCH', `/api/center-closures/${String(id)}`, { reason: 'Floor repairs and painting' });
    expect(patched.status).toBe(200);
    expect((patched.body as Body).reason).toBe('Floor repairs and painting');

    const other = await closure(centerB.id, '2027-05-03', '2027-05-03');
    const list = (await as('staffA', 'GET', '/api/center-closures?_start=0&_end=100')).body as Body[];
    expect(list.map((c) => c.id)).toContain(id);
    expect(list.every((c) => c.serviceCenterId === centerA.id)).toBe(true);
    for (const [method, body] of [['GET'], ['PATCH', { reason: 'Mine now' }], ['DELETE']] as const) {
      await refused(() => as('staffA', method, `/api/center-closures/${String(other.id)}`, body), 404);
    }
    await refused(() => as('staffA', 'POST', '/api/center-closures', { serviceCenterId: centerB.id, startsOn: '2027-05-03', endsOn: '2027-05-03', reason: 'Not ours' }), 403, /own center/);

    expect((await as('staffA', 'DELETE', `/api/center-closures/${String(id)}`)).status).toBe(200);
    expect((await api(base, 'GET', `/api/center-closures/${String(id)}`)).status).toBe(404);
  });

  test('compliance keeps any center’s closures; managers and onboarding read them only', async () => {
    const created = await as('compliance', 'POST', '/api/center-closures', { serviceCenterId: centerB.id, startsOn: '2027-06-01', endsOn: '2027-06-01', reason: 'Inventory' });
    expect(created.status).toBe(201);
    for (const role of ['regional-manager', 'onboarding']) {
      expect((await as(role, 'GET', `/api/center-closures?serviceCenterId=${String(centerA.id)}`)).status).toBe(200);
      await refused(() => as(role, 'POST', '/api/center-closures', { serviceCenterId: centerA.id, startsOn: '2027-06-01', endsOn: '2027-06-01', reason: 'No' }), 403);
      await refused(() => as(role, 'DELETE', `/api/center-closures/${String((created.body as Body).id)}`), 403);
    }
  });

  test.each([
    ['the last day before the first', { startsOn: '2027-05-10', endsOn: '2027-05-09', reason: 'Backwards' }, 'endsOn', 'On or after the first day closed'],
    ['a reason', { startsOn: '2027-05-10', endsOn: '2027-05-10' }, 'reason', 'Required'],
    ['a blank reason', { startsOn: '2027-05-10', endsOn: '2027-05-10', reason: '  ' }, 'reason', 'Required'],
    ['dates', { startsOn: '10/05/2027', endsOn: '2027-05-10', reason: 'Typo' }, 'startsOn', 'Must be a date (YYYY-MM-DD)'],
  ])('400 without %s', async (_label, body, field, why) => {
    const res = await refused(() => as('compliance', 'POST', '/api/center-closures', { serviceCenterId: centerA.id, ...body }), 400);
    expect((res.body.errors as Body)[field]).toBe(why);
  });

  test('an edit may not end a closure before it starts', async () => {
    const made = await closure(centerA.id, '2027-07-05', '2027-07-06');
    const res = await refused(() => as('compliance', 'PATCH', `/api/center-closures/${String(made.id)}`, { endsOn: '2027-07-04' }), 400);
    expect(res.body.errors).toEqual({ endsOn: 'On or after the first day closed' });
  });
});

describe('opening hours', () => {
  test('center staff set their own center’s weekly hours; invalid hours are a 400 naming the interval', async () => {
    const res = await as('staffA', 'PATCH', `/api/service-centers/${String(centerA.id)}`, { openingHours: HOURS });
    expect(res.status).toBe(200);
    expect((res.body as Body).openingHours).toEqual(HOURS);
    const bad = await refused(() => as('staffA', 'PATCH', `/api/service-centers/${String(centerA.id)}`, { openingHours: { ...HOURS, mon: [{ opens: '17:00', closes: '08:00' }] } }), 400);
    expect((bad.body.errors as Body)['openingHours.mon.0.closes']).toBe('Closes after it opens');
    await refused(() => as('staffA', 'PATCH', `/api/service-centers/${String(centerB.id)}`, { openingHours: HOURS }), 404);
  });
});

describe('bookings when the center is closed', () => {
  beforeAll(async () => {
    await api(base, 'PATCH', `/api/service-centers/${String(centerA.id)}`, { openingHours: HOURS });
    await closure(centerA.id, '2027-03-10', '2027-03-12', 'Renovation');
  });

  test('an appointment on a closure is refused, naming its dates and reason', async () => {
    // Thursday 2027-03-11, 09:00 in Chicago (CST)
    const res = await refused(() => api(base, 'POST', '/api/work-orders', inspection(centerA.id, '2027-03-11T15:00:00.000Z')), 409, /Closed from 2027-03-10 to 2027-03-12: Renovation/);
    expect(res.body.errors).toEqual({ scheduledAt: 'Closed from 2027-03-10 to 2027-03-12: Renovation' });
  });

  test.each([
    ['before opening', '2027-03-08T13:30:00.000Z', 'Open 08:00–17:00 on Mondays'], // 07:30 CST
    ['at closing time', '2027-03-08T23:00:00.000Z', 'Open 08:00–17:00 on Mondays'], // 17:00 CST
    ['on a Sunday', '2027-03-07T18:00:00.000Z', 'Closed on Sundays'],
    ['on a Saturday afternoon after the clocks changed', '2027-03-20T19:00:00.000Z', 'Open 09:00–13:00 on Saturdays'], // 14:00 CDT
  ])('an appointment %s is refused, naming the hours', async (_label, scheduledAt, reason) => {
    const res = await refused(() => api(base, 'POST', '/api/work-orders', inspection(centerA.id, scheduledAt)), 409);
    expect(res.body.errors).toEqual({ scheduledAt: reason });
  });

  test('within the hours the booking goes through; moving it onto a closure or out of the hours is refused', async () => {
    // Monday 2027-03-15 08:00 CDT (daylight time began on the 14th)
    const order = await post(base, 'work-orders', inspection(centerA.id, '2027-03-15T13:00:00.000Z'));
    await refused(() => api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { scheduledAt: '2027-03-12T16:00:00.000Z' }), 409, /Renovation/);
    await refused(() => api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { scheduledAt: '2027-03-15T12:00:00.000Z' }), 409, /Open 08:00–17:00 on Mondays/);
    expect((await api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { scheduledAt: '2027-03-16T21:59:00.000Z', notes: 'Last slot' })).status).toBe(200);
  });

  test('moving an appointment to a center that is closed then is refused', async () => {
    const order = await post(base, 'work-orders', inspection(centerB.id, '2027-03-11T15:00:00.000Z'));
    await refused(() => api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { serviceCenterId: centerA.id }), 409, /Renovation/);
  });

  test('walk-ins are recorded whenever the customer came', async () => {
    const walkIn = await api(base, 'POST', '/api/work-orders', { type: 'calibration', serviceCenterId: centerA.id, customerId: customer.id, scheduledAt: '2026-11-29T18:00:00.000Z' });
    expect(walkIn.status).toBe(201); // a Sunday
  });
});

describe('appointments to move', () => {
  test('a new closure lists the booked appointments on its days, per closure and across closures', async () => {
    const kept = await post(base, 'work-orders', inspection(centerB.id, '2027-04-06T03:30:00.000Z')); // 22:30 CDT on the 5th
    const before = await post(base, 'work-orders', inspection(centerB.id, '2027-04-05T04:30:00.000Z')); // 23:30 CDT on the 4th
    const cancelled = await post(base, 'work-orders', inspection(centerB.id, '2027-04-05T15:00:00.000Z'));
    await api(base, 'PATCH', `/api/work-orders/${String(cancelled.id)}`, { status: 'cancelled' });
    const closed = await closure(centerB.id, '2027-04-05', '2027-04-05', 'Power outage repairs');

    const one = await as('compliance', 'GET', `/api/center-closures/${String(closed.id)}/appointments`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({
      total: 1,
      data: [
        {
          workOrderId: kept.id,
          number: kept.number,
          type: 'vehicle-inspection',
          status: 'requested',
          scheduledAt: '2027-04-06T03:30:00.000Z',
          serviceCenterId: centerB.id,
          centerName: centerB.name,
          closureId: closed.id,
          startsOn: '2027-04-05',
          endsOn: '2027-04-05',
          reason: 'Power outage repairs',
        },
      ],
    });
    const all = (await as('compliance', 'GET', '/api/center-closures/appointments')).body as { data: Body[] };
    const ids = all.data.map((row) => row.workOrderId);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(before.id);
    expect(ids).not.toContain(cancelled.id);
  });

  test('center staff see their own center’s only; roles that may not read work orders are refused', async () => {
    const theirs = await post(base, 'work-orders', inspection(centerB.id, '2027-04-20T15:00:00.000Z'));
    const ours = await post(base, 'work-orders', inspection(centerA.id, '2027-04-20T15:00:00.000Z')); // Tuesday 10:00 CDT
    const closed = await closure(centerB.id, '2027-04-20', '2027-04-20', 'Staff training');
    await closure(centerA.id, '2027-04-20', '2027-04-20', 'Staff training');
    expect((await as('staffA', 'GET', `/api/center-closures/${String(closed.id)}/appointments`)).status).toBe(404);
    const own = (await as('staffA', 'GET', '/api/center-closures/appointments')).body as { data: Body[] };
    expect(own.data.map((row) => row.workOrderId)).toContain(ours.id);
    expect(own.data.map((row) => row.workOrderId)).not.toContain(theirs.id);
    expect((await as('onboarding', 'GET', `/api/center-closures/${String(closed.id)}/appointments`)).status).toBe(403);
  });

  test('work booked before the closure is still completed on it', async () => {
    const past = await post(base, 'work-orders', inspection(centerB.id, '2026-11-10T16:00:00.000Z'));
    await closure(centerB.id, '2026-11-10', '2026-11-10', 'Closed after the fact');
    const done = await api(base, 'POST', `/api/work-orders/${String(past.id)}/complete`, { startedAt: '2026-11-10T16:00:00.000Z', completedAt: '2026-11-10T16:20:00.000Z' });
    expect(done.status).toBe(200);
  });
});
