import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase, vinOf } from './fixtures.ts';
import { followReportingDeadlines } from '../../server/rules/reporting/deadlines-job.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};

/** A state that wants removals within 24 h, tampering within 2 business days, lockouts and refused removals within 3 days; not installations. */
const RULES = [
  { event: 'removal', amount: 24, unit: 'hours', recipient: 'State DMV', example: true },
  { event: 'tampering', amount: 2, unit: 'business-days', recipient: 'State DMV' },
  { event: 'lockout', amount: 3, unit: 'calendar-days', recipient: 'State DMV' },
  { event: 'unauthorized-removal-attempt', amount: 3, unit: 'calendar-days', recipient: 'State DMV' },
  { event: 'missed-service', amount: 3, unit: 'business-days', recipient: 'State DMV', fromOccurrence: 2 },
];
let jurisdiction: Body;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  jurisdiction = await createRecord(base, 'jurisdictions', { reportingRules: RULES, holidays: [{ day: '2026-03-09', name: 'A state holiday' }] });
  for (const role of ['compliance', 'regional-manager']) {
    const email = `${role}-ro@test.local`;
    await post(base, 'users', { name: `${role} user`, email, role, password: 'ro-pass-1' });
    cookies[role] = await signIn(base, email, 'ro-pass-1');
  }
});
afterAll(() => server.close());

const as = (cookie: string | undefined, method: string, url: string, body?: unknown) => api(base, method, url, body, cookie ? { cookie } : {});
const obligationsOf = async (customerId: unknown) =>
  (await server.db.selectFrom('reportingObligations').selectAll().where('customerId', '=', customerId as number).orderBy('id').execute()) as Body[];
const loggedCreates = async (id: unknown) =>
  server.db.selectFrom('auditLog').select(['action', 'userName']).where('resource', '=', 'reporting-obligations').where('recordId', '=', id as number).execute();

async function centerStaff(serviceCenterId: unknown) {
  const email = `staff-${unique()}@test.local`;
  await post(base, 'users', { name: 'Center Staff', email, role: 'center-staff', serviceCenterId, password: 'ro-pass-1' });
  return signIn(base, email, 'ro-pass-1');
}

/** A live center of the state and a customer of it with a handset installed on their vehicle. */
async function installed() {
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2021, make: 'Ford', model: 'Focus', vin: vinOf(unique()) });
  const device = await post(base, 'devices', { serial: `RO-${unique()}`, kind: 'handset', model: 'H1' });
  await server.db
    .updateTable('devices')
    .set({ status: 'installed', customerId: customer.id as number, vehicleId: vehicle.id as number, serviceCenterId: center.id as number })
    .where('id', '=', device.id as number)
    .execute();
  await server.db.updateTable('customers').set({ status: 'active' }).where('id', '=', customer.id as number).execute();
  return { center, customer, vehicle, device };
}

const removalOf = (w: Awaited<ReturnType<typeof installed>>) =>
  post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-03-05T15:00:00.000Z' });

describe('events create their obligation in their own transaction', () => {
  test('a completed removal: exactly one, due 24 h later, to the rule’s recipient, logged', async () => {
    const w = await installed();
    const removal = await removalOf(w);
    await as(cookies.compliance, 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    const res = await as(cookies.compliance, 'POST', `/api/work-orders/${String(removal.id)}/complete`, { completedAt: '2026-03-05T15:45:00.000Z' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [obligation, ...more] = await obligationsOf(w.customer.id);
    expect(more).toEqual([]);
    expect(obligation).toMatchObject({
      event: 'removal',
      serviceCenterId: w.center.id,
      jurisdictionId: jurisdiction.id,
      eventAt: '2026-03-05T15:45:00.000Z',
      dueAt: '2026-03-06T15:45:00.000Z',
      recipient: 'State DMV',
      status: 'overdue',
      reportedAt: null,
      sourceResource: 'work-orders',
      sourceId: removal.id,
    });
    expect(await loggedCreates(obligation.id)).toEqual([{ action: 'create', userName: 'compliance user' }]);
  });

  test('no rule for the event, no obligation (a calibration here); a refused completion writes none', async () => {
    const w = await installed();
    const calibration = await post(base, 'work-orders', { type: 'calibration', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-03-05T15:00:00.000Z' });
    const done = await as(cookies.compliance, 'POST', `/api/work-orders/${String(calibration.id)}/complete`, { startedAt: '2026-03-05T15:05:00.000Z', completedAt: '2026-03-05T15:10:00.000Z' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await obligationsOf(w.customer.id)).toEqual([]);
    // A removal the customer has nothing installed for is refused as a whole: no obligation either.
    await server.db.updateTable('devices').set({ status: 'returned' }).where('id', '=', w.device.id as number).execute();
    const removal = await removalOf(w);
    await as(cookies.compliance, 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    const before = await snapshot(server.db);
    expectErrorBody(await as(cookies.compliance, 'POST', `/api/work-orders/${String(removal.id)}/complete`, {}), 409);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a refused unauthorised removal: the refusal and one obligation, written together; another attempt adds none', async () => {
    const w = await installed();
    const removal = await removalOf(w);
    const staff = await centerStaff(w.center.id);
    for (let i = 0; i < 2; i++) expectErrorBody(await as(staff, 'POST', `/api/work-orders/${String(removal.id)}/complete`, {}), 409);
    const refusals = await server.db.selectFrom('auditLog').select(['at']).where('action', '=', 'complete-refused').where('recordId', '=', removal.id as number).orderBy('id').execute();
    expect(refusals).toHaveLength(2);
    const [obligation, ...more] = await obligationsOf(w.customer.id);
    expect(more).toEqual([]);
    expect(obligation).toMatchObject({ event: 'unauthorized-removal-attempt', eventAt: refusals[0].at, status: 'open', serviceCenterId: w.center.id, sourceId: removal.id });
    expect(await loggedCreates(obligation.id)).toEqual([{ action: 'create', userName: 'Center Staff' }]);
    expect((await as(staff, 'GET', `/api/reporting-obligations/${String(obligation.id)}`)).status).toBe(200);
  });

  test('tampering recorded by the device’s center: one obligation due at the end of the 2nd business day (weekend and holiday skipped)', async () => {
    const w = await installed();
    const staff = await centerStaff(w.center.id);
    // Friday 2026-03-06, 10:00 in Chicago (the default zone of an unknown state); Monday the 9th is the state's holiday.
    const body = { kind: 'tampering', at: '2026-03-06T16:00:00.000Z', notes: 'Bypass wire under the dash' };
    const res = await as(staff, 'POST', `/api/devices/${String(w.device.id)}/events`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.obligation).toMatchObject({ event: 'tampering', dueAt: '2026-03-12T04:59:00.000Z', status: 'overdue', sourceResource: 'devices', sourceId: w.device.id });
    expect(String((res.body.obligation as Body).notes)).toMatch(/Bypass wire/);
    // The same event again is the same event: nothing more.
    expect((await as(staff, 'POST', `/api/devices/${String(w.device.id)}/events`, body)).body.obligation).toBeNull();
    expect(await obligationsOf(w.customer.id)).toHaveLength(1);
    const recorded = await server.db.selectFrom('auditLog').select('summary').where('resource', '=', 'devices').where('recordId', '=', w.device.id as number).where('action', '=', 'record-event').execute();
    expect(recorded).toHaveLength(2);
    // A violation: the state has no rule for it, recorded without an obligation.
    const violation = await as(staff, 'POST', `/api/devices/${String(w.device.id)}/events`, { kind: 'violation', at: '2026-03-07T16:00:00.000Z' });
    expect(violation.body).toMatchObject({ kind: 'violation', obligation: null });
  });

  test('missed services: a no-show of a calibration, reported from the rule’s 2nd in the program on', async () => {
    const w = await installed();
    const missed = async (minute: number) => {
      const order = await post(base, 'work-orders', { type: 'calibration', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: `2026-03-05T15:${String(minute).padStart(2, '0')}:00.000Z` });
      const res = await as(await centerStaff(w.center.id), 'POST', `/api/work-orders/${String(order.id)}/no-show`, {});
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return order;
    };
    await missed(0);
    expect(await obligationsOf(w.customer.id)).toEqual([]);
    const second = await missed(30);
    const [obligation, ...more] = await obligationsOf(w.customer.id);
    expect(more).toEqual([]);
    expect(obligation).toMatchObject({ event: 'missed-service', sourceId: second.id, status: 'open' });
    expect(String(obligation.notes)).toMatch(/2 missed services/);
  });

  test.each([
    ['an unknown kind', { kind: 'speeding', at: '2026-03-06T16:00:00.000Z' }, 'kind'],
    ['no time', { kind: 'tampering' }, 'at'],
    ['a time in the future', { kind: 'tampering', at: '2099-01-01T00:00:00.000Z' }, 'at'],
    ['control characters in the notes', { kind: 'tampering', at: '2026-03-06T16:00:00.000Z', notes: 'bell\u0007' }, 'notes'],
  ])('recording an event refuses %s (400, nothing written)', async (_label, body, field) => {
    const w = await installed();
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', `/api/devices/${String(w.device.id)}/events`, body);
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors as Body)).toContain(field);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('recording an event: not for managers or another center (403), only on an installed device (409)', async () => {
    const w = await installed();
    const other = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
    const body = { kind: 'tampering', at: '2026-03-06T16:00:00.000Z' };
    expectErrorBody(await as(cookies['regional-manager'], 'POST', `/api/devices/${String(w.device.id)}/events`, body), 403);
    expectErrorBody(await as(await centerStaff(other.id), 'POST', `/api/devices/${String(w.device.id)}/events`, body), 404);
    const stock = await post(base, 'devices', { serial: `RO-${unique()}`, kind: 'handset', model: 'H1' });
    expectErrorBody(await api(base, 'POST', `/api/devices/${String(stock.id)}/events`, body), 409);
    expect(await obligationsOf(w.customer.id)).toEqual([]);
  });

  test('the job: a handset past its lockout date creates one obligation, once; open obligations past due become overdue', async () => {
    const w = await installed();
    await server.db.updateTable('devices').set({ lockoutOn: '2026-03-02' }).where('id', '=', w.device.id as number).execute();
    // the relay installed with it has the same dates: the lockout is the handset's, reported once
    const relay = await post(base, 'devices', { serial: `RO-${unique()}`, kind: 'relay', model: 'R1' });
    await server.db
      .updateTable('devices')
      .set({ status: 'installed', customerId: w.customer.id as number, vehicleId: w.vehicle.id as number, serviceCenterId: w.center.id as number, lockoutOn: '2026-03-02' })
      .where('id', '=', relay.id as number)
      .execute();
    const now = new Date('2026-03-04T12:00:00.000Z');
    const first = await followReportingDeadlines(server.db, now);
    expect(first.lockouts).toBeGreaterThanOrEqual(1);
    const [lockout, ...more] = await obligationsOf(w.customer.id);
    expect(more).toEqual([]);
    // From the start of the lockout day in Chicago, to the end of the 3rd day after it.
    expect(lockout).toMatchObject({ event: 'lockout', eventAt: '2026-03-02T06:00:00.000Z', dueAt: '2026-03-06T05:59:00.000Z', status: 'open' });
    expect(await loggedCreates(lockout.id)).toEqual([{ action: 'create', userName: 'Reporting deadlines' }]);
    await followReportingDeadlines(server.db, now);
    expect(await obligationsOf(w.customer.id)).toHaveLength(1);
    await followReportingDeadlines(server.db, new Date('2026-03-06T06:00:00.000Z'));
    const [late] = await obligationsOf(w.customer.id);
    expect(late).toMatchObject({ status: 'overdue', version: lockout.version });
    expect((await loggedCreates(lockout.id)).map((r) => r.action)).toEqual(['create', 'overdue']);
  });
});

describe('the report command', () => {
  async function openObligation() {
    const w = await installed();
    const res = await api(base, 'POST', `/api/devices/${String(w.device.id)}/events`, { kind: 'tampering', at: new Date(Date.now() - 60_000).toISOString() });
    return { ...w, obligation: res.body.obligation as Body };
  }

  test('compliance reports with the state’s reference: reported, once (409 after)', async () => {
    const { obligation } = await openObligation();
    expect(obligation.status).toBe('open');
    const res = await as(cookies.compliance, 'POST', `/api/reporting-obligations/${String(obligation.id)}/report`, { reference: 'DMV-2026-0001', version: obligation.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'reported', reference: 'DMV-2026-0001', reportedBy: 'compliance user' });
    expect(res.body.reportedAt! <= String(obligation.dueAt)).toBe(true);
    const again = await as(cookies.compliance, 'POST', `/api/reporting-obligations/${String(obligation.id)}/report`, { reference: 'DMV-2026-0002' });
    expectErrorBody(again, 409);
    expect(Object.keys(again.body.errors as Body)).toEqual(['reportedAt']);
    expect((await loggedCreates(obligation.id)).map((r) => r.action)).toEqual(['create', 'report']);
  });

  test('a report after the deadline stays visible as reported-late', async () => {
    const w = await installed();
    const res = await api(base, 'POST', `/api/devices/${String(w.device.id)}/events`, { kind: 'tampering', at: '2026-01-05T16:00:00.000Z' });
    const obligation = res.body.obligation as Body;
    expect(obligation.status).toBe('overdue');
    const reported = await api(base, 'POST', `/api/reporting-obligations/${String(obligation.id)}/report`, { reference: 'Late-1' });
    expect(reported.body).toMatchObject({ status: 'reported-late', reference: 'Late-1' });
    expect(String(reported.body.reportedAt) > String(obligation.dueAt)).toBe(true);
  });

  test.each([
    ['no reference', {}, 'reference'],
    ['a blank reference', { reference: '   ' }, 'reference'],
    ['control characters', { reference: 'DMV\u0000-1' }, 'reference'],
    ['an unknown field', { reference: 'A-1', reportedAt: '2026-01-01T00:00:00.000Z' }, 'reportedAt'],
  ])('refused with %s (400, nothing written)', async (_label, body, field) => {
    const { obligation } = await openObligation();
    const before = await snapshot(server.db);
    const res = await as(cookies.compliance, 'POST', `/api/reporting-obligations/${String(obligation.id)}/report`, body);
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors as Body)).toContain(field);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('only compliance and administrators report (403); a stale version is a 409; no edits or deletes by anyone', async () => {
    const { obligation, center } = await openObligation();
    const url = `/api/reporting-obligations/${String(obligation.id)}`;
    for (const cookie of [cookies['regional-manager'], await centerStaff(center.id)]) {
      expectErrorBody(await as(cookie, 'POST', `${url}/report`, { reference: 'X-1' }), 403);
    }
    expectErrorBody(await as(cookies.compliance, 'POST', `${url}/report`, { reference: 'X-1', version: 99 }), 409);
    for (const [method, body] of [['PATCH', { reference: 'X' }], ['PUT', { status: 'reported' }], ['DELETE', undefined]] as const) {
      expect((await as(cookies.compliance, method, url, body)).status, method).toBeGreaterThanOrEqual(400);
    }
    expect((await api(base, 'POST', '/api/reporting-obligations', { ...obligation, id: undefined })).status).toBeGreaterThanOrEqual(400);
    expect((await api(base, 'GET', url)).body).toMatchObject({ status: 'open', reportedAt: null });
  });

  test('the dry run answers it: allowed while open, refused once reported', async () => {
    const { obligation, center } = await openObligation();
    const url = `/api/reporting-obligations/${String(obligation.id)}`;
    expect((await as(cookies.compliance, 'GET', `${url}/actions`)).body).toMatchObject({ report: { allowed: true } });
    expect((await as(await centerStaff(center.id), 'GET', `${url}/actions`)).body).toMatchObject({ report: { allowed: false, status: 403 } });
    await api(base, 'POST', `${url}/report`, { reference: 'R-1' });
    expect((await as(cookies.compliance, 'GET', `${url}/actions`)).body).toMatchObject({ report: { allowed: false, status: 409 } });
  });
});

describe('the compliance figures', () => {
  const stats = async (name: string, query = '') => (await as(cookies.compliance, 'GET', `/api/stats/${name}${query}`)).body as Body;

  test('the queue counts what is not reported: overdue, due today, due within 24 h', async () => {
    const before = await stats('reporting-queue');
    const w = await installed();
    const hour = 3_600_000;
    // tampering 2 business days: one long overdue, one that happened just now (due in days, not within 24 h)
    await api(base, 'POST', `/api/devices/${String(w.device.id)}/events`, { kind: 'tampering', at: '2026-01-05T16:00:00.000Z' });
    await api(base, 'POST', `/api/devices/${String(w.device.id)}/events`, { kind: 'tampering', at: new Date(Date.now() - hour).toISOString() });
    // a removal of 24 h, completed an hour ago: due within 24 h
    const removal = await removalOf(w);
    await as(cookies.compliance, 'POST', `/api/work-orders/${String(removal.id)}/authorize`);
    const done = await api(base, 'POST', `/api/work-orders/${String(removal.id)}/complete`, { completedAt: new Date(Date.now() - hour).toISOString() });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const after = await stats('reporting-queue');
    expect(Number(after.overdue) - Number(before.overdue)).toBe(1);
    expect(Number(after.dueWithin24h) - Number(before.dueWithin24h)).toBe(1);
    expect((await as(await centerStaff(w.center.id), 'GET', '/api/stats/reporting-queue')).status).toBe(403);
  });

  test('the on-time rate by state and month counts late and overdue obligations against it', async () => {
    const state = await createRecord(base, 'jurisdictions', { reportingRules: [{ event: 'tampering', amount: 24, unit: 'hours', recipient: 'DMV' }] });
    const center = await liveCenter(base, server.db, { jurisdictionId: state.id });
    const customer = await createRecord(base, 'customers', { jurisdictionId: state.id });
    const add = async (day: string, reportedAfterHours: number | null) => {
      const device = await post(base, 'devices', { serial: `RT-${unique()}`, kind: 'handset', model: 'H1' });
      await server.db.updateTable('devices').set({ status: 'installed', customerId: customer.id as number, serviceCenterId: center.id as number }).where('id', '=', device.id as number).execute();
      const event = await api(base, 'POST', `/api/devices/${String(device.id)}/events`, { kind: 'tampering', at: `${day}T12:00:00.000Z` });
      const obligation = event.body.obligation as Body;
      if (reportedAfterHours !== null) {
        const reportedAt = new Date(Date.parse(`${day}T12:00:00.000Z`) + reportedAfterHours * 3_600_000).toISOString();
        await server.db.updateTable('reportingObligations').set({ reportedAt, reference: 'R', status: reportedAfterHours > 24 ? 'reported-late' : 'reported' }).where('id', '=', obligation.id as number).execute();
      }
    };
    await add('2026-02-03', 2);
    await add('2026-02-10', 30);
    await add('2026-02-17', null);
    await add('2026-03-03', 5);
    const answer = await stats('on-time-reporting', '?from=2026-01-01&to=2026-03-31');
    const rows = (answer.rows as Body[]).filter((r) => r.code === state.code);
    expect(rows).toEqual([
      { month: '2026-02', jurisdictionId: state.id, code: state.code, due: 3, onTime: 1, rate: 1 / 3 },
      { month: '2026-03', jurisdictionId: state.id, code: state.code, due: 1, onTime: 1, rate: 1 },
    ]);
    expect(answer.states).toContain(state.code);
  });
});
