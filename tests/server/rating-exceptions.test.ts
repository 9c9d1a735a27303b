import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RATING_METHODOLOGIES, TEMPLATES, rateCenter, recomputeRating, type RatingInputs } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import { followReportingDeadlines } from '../../server/rules/reporting/deadlines-job.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { completedVisits, createRecord, expectErrorBody, liveCenter, post, unique, useDatabase, vinOf } from './fixtures.ts';

type Body = Record<string, unknown>;
interface StoredRating {
  id: number;
  score: number;
  methodologyVersion: string;
  inputs: RatingInputs;
  explanation: { key: string; status: string; value: number | null; basis: string }[];
}

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};

const INITIAL = TEMPLATES.find((t) => t.kind === 'initial')!;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const email = `compliance-${unique()}@ratings.test`;
  await post(base, 'users', { name: 'Rita Reviewer', email, role: 'compliance', password: 'rate-pass-1' });
  cookies.compliance = await signIn(base, email, 'rate-pass-1');
});
afterAll(() => server.close());

const as = (who: string, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });

/** A live center with a submitted initial assessment (so it is rated) and 20 completed visits by one customer. */
async function ratedCenter() {
  const template = (await api(base, 'GET', `/api/audit-templates?key=${INITIAL.key}&version=${INITIAL.version}`)).body[0] as Body;
  const center = await liveCenter(base, server.db);
  const customer = await createRecord(base, 'customers');
  await completedVisits(base, center, customer, 20);
  const audit = await post(base, 'audits', { serviceCenterId: center.id, templateId: template.id, kind: 'initial', auditor: 'A', auditDate: '2026-01-10', answers: sampleAnswers(INITIAL) });
  expect((await api(base, 'POST', `/api/audits/${String(audit.id)}/submit`, {})).status).toBe(200);
  return { center, customer };
}

const latestRating = async (center: Body) =>
  ((await api(base, 'GET', `/api/ratings?serviceCenterId=${String(center.id)}&_sort=id&_order=desc&_start=0&_end=1`)).body as StoredRating[])[0];
const ratingCount = async (center: Body) => Number((await api(base, 'GET', `/api/ratings?serviceCenterId=${String(center.id)}&_start=0&_end=1`)).headers.get('x-total-count'));
const centerOf = async (center: Body) => (await api(base, 'GET', `/api/service-centers/${String(center.id)}`)).body as Body;
const signal = (rating: StoredRating, key: string) => rating.explanation.find((c) => c.key === key)!;

/** The center's audit-log rows of the rating job (newest first). */
const ratingJobRows = async (center: Body) =>
  server.db.selectFrom('auditLog').select(['userId', 'userName', 'summary']).where('resource', '=', 'service-centers').where('recordId', '=', center.id as number).where('action', '=', 'rate').where('userName', '=', 'Rating').orderBy('id', 'desc').execute();

describe('compliance exceptions move a center’s rating at once', () => {
  test('a refused completion of an unauthorised removal: counted once per work order, the center rated again by the server', async () => {
    const { center, customer } = await ratedCenter();
    const before = await latestRating(center);
    expect(before.methodologyVersion).toBe('2026.2');
    expect(before.inputs.operations).toMatchObject({ workOrdersCompleted: 20, workOrdersWithComplianceException: 0 });
    expect(signal(before, 'workOrders')).toMatchObject({ status: 'used', value: 100 });

    const vehicle = await createRecord(base, 'vehicles', { customerId: customer.id, vin: vinOf(unique()) });
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: center.id, customerId: customer.id, vehicleId: vehicle.id, scheduledAt: new Date(Date.now() - HOUR_MS).toISOString() });
    expectErrorBody(await api(base, 'POST', `/api/work-orders/${String(removal.id)}/complete`, {}), 409);
    const after = await latestRating(center);
    expect(after.inputs.operations).toMatchObject({ workOrdersCompleted: 20, workOrdersWithComplianceException: 1 });
    expect(signal(after, 'workOrders')).toMatchObject({ value: 95, basis: '19 of 20 completed work orders without a compliance exception' });
    expect(after.score).toBeLessThan(before.score);
    expect((await centerOf(center)).rating).toBe(after.score);
    expect((await ratingJobRows(center))[0]).toEqual({ userId: null, userName: 'Rating', summary: expect.stringMatching(/after a refused completion of WO-/) });

    // a second attempt on the same work order is logged, and the rating still counts the work order once
    expectErrorBody(await api(base, 'POST', `/api/work-orders/${String(removal.id)}/complete`, {}), 409);
    expect((await latestRating(center)).inputs.operations).toMatchObject({ workOrdersWithComplianceException: 1 });
  });

  test('a completion recorded more than 24 hours after the work is an exception; one recorded in time rates nothing', async () => {
    const { center } = await ratedCenter();
    const before = await latestRating(center);
    const count = await ratingCount(center);
    const inspection = (scheduledAt: string) => post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: center.id, scheduledAt });

    const onTime = await inspection(new Date(Date.now() - 3 * HOUR_MS).toISOString());
    const ok = await api(base, 'POST', `/api/work-orders/${String(onTime.id)}/complete`, { completedAt: new Date(Date.now() - 2 * HOUR_MS).toISOString() });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await ratingCount(center)).toBe(count);

    const ended = new Date(Date.now() - 3 * DAY_MS).toISOString();
    const late = await inspection(ended);
    const res = await api(base, 'POST', `/api/work-orders/${String(late.id)}/complete`, { completedAt: ended });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await ratingCount(center)).toBe(count + 1);
    const after = await latestRating(center);
    // the on-time one counts as completed too: 22 completed, 1 of them recorded late
    expect(after.inputs.operations).toMatchObject({ workOrdersCompleted: 22, workOrdersWithComplianceException: 1 });
    expect(after.score).toBeLessThan(before.score);
    expect((await ratingJobRows(center))[0].summary).toMatch(new RegExp(`after ${String(late.number)} was recorded late`));
  });
});

describe('a report to the state that misses its deadline', () => {
  test('goes overdue with the reporting job: an exception of the event’s center, rated again at once; reported late it stays one', async () => {
    const { center, customer } = await ratedCenter();
    const before = await latestRating(center);
    expect(before.inputs.operations!.workOrdersWithComplianceException).toBe(0);
    const now = new Date();
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR_MS).toISOString();
    const obligation = (key: string, dueHoursAgo: number) => ({
      customerId: customer.id as number,
      serviceCenterId: center.id as number,
      jurisdictionId: customer.jurisdictionId as number,
      event: 'removal',
      eventAt: at(dueHoursAgo + 24),
      dueAt: at(dueHoursAgo),
      eventKey: `test-${key}-${unique()}`,
      status: 'open',
      createdAt: at(dueHoursAgo + 24),
      updatedAt: at(dueHoursAgo + 24),
      version: 1,
    });
    // one past its deadline, one still due tomorrow
    const [late] = await server.db.insertInto('reportingObligations').values([obligation('late', 2), obligation('due', -24)]).returning('id').execute();
    const counts = await followReportingDeadlines(server.db, now);
    expect(counts.overdue).toBe(1);
    const after = await latestRating(center);
    expect(after.id).toBeGreaterThan(before.id);
    expect(after.inputs.operations!.workOrdersWithComplianceException).toBe(1);
    expect(after.score).toBeLessThan(before.score);
    expect((await ratingJobRows(center))[0].summary).toMatch(/overdue/);

    const reported = await as('compliance', 'POST', `/api/reporting-obligations/${late.id}/report`, { reference: 'ST-42' });
    expect([reported.status, (reported.body as Body).status]).toEqual([200, 'reported-late']);
    expect((await api(base, 'POST', `/api/service-centers/${String(center.id)}/rating`, {})).status).toBe(200);
    expect((await latestRating(center)).inputs.operations!.workOrdersWithComplianceException).toBe(1);
  });
});

describe('complaints move a center’s rating at once', () => {
  test('one filed by the customer in the portal, then one entered by compliance: each rates the center again, lower', async () => {
    const { center, customer } = await ratedCenter();
    // 40 services: one complaint is 2.5 per 100 (signal 50), two are 5 per 100 (signal 0)
    await completedVisits(base, center, customer, 20);
    const email = `customer-${unique()}@ratings.test`;
    await post(base, 'users', { name: 'Cal Customer', email, role: 'customer', customerId: customer.id, password: 'rate-pass-1' });
    cookies.customer = await signIn(base, email, 'rate-pass-1');
    await as('compliance', 'POST', `/api/service-centers/${String(center.id)}/rating`);
    const scores = [(await latestRating(center)).score];

    const filed = await as('customer', 'POST', '/api/complaints', { serviceCenterId: center.id, category: 'wait-time', body: 'Waited an hour' });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const first = await latestRating(center);
    expect(first.inputs.operations).toMatchObject({ services: 40, complaints: 1 });
    expect(signal(first, 'complaints').value).toBe(50);
    expect((await ratingJobRows(center))[0].summary).toMatch(new RegExp(`after complaint ${String(filed.body.id)}$`));
    scores.push(first.score);

    const entered = await as('compliance', 'POST', '/api/complaints', { customerId: customer.id, serviceCenterId: center.id, category: 'billing', body: 'Phoned in: charged twice' });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    const second = await latestRating(center);
    expect(second.inputs.operations).toMatchObject({ complaints: 2 });
    expect(signal(second, 'complaints').value).toBe(0);
    scores.push(second.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(3);
    expect((await centerOf(center)).rating).toBe(second.score);
  });
});

describe('methodology versions', () => {
  test('a rating stored under 2026.1 (no exception count) still recomputes to its score; 2026.2 reads the same inputs differently', async () => {
    const { center } = await ratedCenter();
    const current = await latestRating(center);
    const { workOrdersWithComplianceException: _dropped, ...operations } = current.inputs.operations!;
    const inputs: RatingInputs = { ...current.inputs, operations };
    const old = rateCenter(inputs, RATING_METHODOLOGIES['2026.1']);
    const at = new Date().toISOString();
    const { id } = await server.db
      .insertInto('ratings')
      .values({ serviceCenterId: center.id as number, computedAt: at, score: old.score, stars: old.stars, grade: old.grade, methodologyVersion: old.methodologyVersion, explanation: JSON.stringify(old.contributions), inputs: JSON.stringify(inputs), createdAt: at, updatedAt: at, version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stored = (await api(base, 'GET', `/api/ratings/${id}`)).body as StoredRating;
    expect(stored.methodologyVersion).toBe('2026.1');
    const again = recomputeRating(stored.inputs, stored.methodologyVersion);
    expect(again.score).toBe(stored.score);
    expect(again.contributions).toEqual(stored.explanation);
    expect(signal(stored, 'workOrders')).toMatchObject({ status: 'used', value: 100 });
    expect(recomputeRating(stored.inputs, '2026.2').contributions.find((c) => c.key === 'workOrders')).toMatchObject({ status: 'missing', basis: 'compliance exceptions not counted' });
  });
});
