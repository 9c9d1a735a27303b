import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody } from './fixtures.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { looseDb, type Db } from '../../server/db/database.ts';
import type { StatsName } from '../../server/stats/types.ts';

/**
 * The dashboards' aggregates against a small fixture whose answers are worked out by hand below
 * (not by the same SQL). The clock is fixed: today is Friday 2026-05-15 (UTC), so
 * - last 12 months = 2025-06-01…2026-05-15, last 30 days = 2026-04-16…2026-05-15,
 * - this quarter = 2026-04-01…2026-06-30, this week = Monday 2026-05-11…Sunday 2026-05-17.
 */
const NOW = new Date('2026-05-15T12:00:00.000Z');
const PASSWORD = 'stats-pass-1';
const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };

type Row = Record<string, unknown>;

async function add(db: Db, table: string, row: Row): Promise<number> {
  const inserted = await looseDb(db)
    .insertInto(table)
    .values({ ...STAMP, ...row })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Ids of the fixture's rows, by their names in the comments. */
const ids: Record<string, number> = {};

async function fixture(db: Db) {
  ids.WA = await add(db, 'jurisdictions', { code: 'WA', name: 'Washington', unlockCodesAllowed: 1, stateInspectionRequired: 1, cameraRequired: 1, backgroundCheckRequired: 0, rulesConfirmed: 1 });
  ids.TX = await add(db, 'jurisdictions', { code: 'TX', name: 'Texas', unlockCodesAllowed: 1, stateInspectionRequired: 0, cameraRequired: 0, backgroundCheckRequired: 1, rulesConfirmed: 1 });
  ids.North = await add(db, 'regions', { code: 'N', name: 'North' });
  ids.South = await add(db, 'regions', { code: 'S', name: 'South' });

  const center = (name: string, region: number, extra: Row) =>
    add(db, 'serviceCenters', { name, regionId: region, jurisdictionId: ids.WA, street: '1 Main St', city: 'Town', state: 'WA', postalCode: '98001', ...extra });
  // Live: Alpha (A, 92), Bravo (D, 65) in the North; Charlie (C, 75), Delta (unrated) in the South.
  ids.Alpha = await center('Alpha', ids.North, { onboardingStatus: 'live', statusChangedAt: '2025-12-10T10:00:00.000Z', wentLiveAt: '2025-12-10T10:00:00.000Z', rating: 92, ratingGrade: 'A', insuranceExpiresOn: '2026-05-01' });
  ids.Bravo = await center('Bravo', ids.North, { onboardingStatus: 'live', statusChangedAt: '2026-02-03T10:00:00.000Z', wentLiveAt: '2026-02-03T10:00:00.000Z', rating: 65, ratingGrade: 'D', insuranceExpiresOn: '2026-06-10' });
  ids.Charlie = await center('Charlie', ids.South, { onboardingStatus: 'live', statusChangedAt: '2026-02-20T10:00:00.000Z', wentLiveAt: '2026-02-20T10:00:00.000Z', rating: 75, ratingGrade: 'C', insuranceExpiresOn: '2026-08-01' });
  ids.Delta = await center('Delta', ids.South, { onboardingStatus: 'live', statusChangedAt: '2024-01-01T10:00:00.000Z', wentLiveAt: '2024-01-01T10:00:00.000Z' });
  // On their way: Echo 30 days in training, Foxtrot 60 days in training, Golf 10 days an applicant; Hotel closed.
  ids.Echo = await center('Echo', ids.North, { onboardingStatus: 'training', statusChangedAt: '2026-04-15T12:00:00.000Z', insuranceExpiresOn: '2026-05-20' });
  ids.Foxtrot = await center('Foxtrot', ids.South, { onboardingStatus: 'training', statusChangedAt: '2026-03-16T12:00:00.000Z' });
  ids.Golf = await center('Golf', ids.North, { onboardingStatus: 'applicant', statusChangedAt: '2026-05-05T12:00:00.000Z' });
  ids.Hotel = await center('Hotel', ids.South, { onboardingStatus: 'closed', statusChangedAt: '2026-01-01T00:00:00.000Z', insuranceExpiresOn: '2026-04-01' });

  // Rating history (score, computedAt).
  const rating = (centerId: number, computedAt: string, score: number | null) =>
    add(db, 'ratings', { serviceCenterId: centerId, computedAt, score, methodologyVersion: 'test', explanation: '[]', inputs: '{}' });
  await rating(ids.Alpha, '2025-03-01T10:00:00.000Z', 50); // before the default period
  await rating(ids.Alpha, '2026-01-10T10:00:00.000Z', 90);
  await rating(ids.Alpha, '2026-01-25T10:00:00.000Z', 94);
  await rating(ids.Alpha, '2026-03-05T10:00:00.000Z', 92);
  await rating(ids.Bravo, '2026-01-15T10:00:00.000Z', 80);
  await rating(ids.Bravo, '2026-02-10T10:00:00.000Z', 70);
  await rating(ids.Bravo, '2026-03-20T10:00:00.000Z', 65);
  await rating(ids.Charlie, '2026-01-05T10:00:00.000Z', 70);
  await rating(ids.Charlie, '2026-03-10T10:00:00.000Z', 75);
  await rating(ids.Delta, '2026-02-01T10:00:00.000Z', null); // unrated: no score

  // Audits (status, auditDate → nextAuditDue).
  const template = await db.selectFrom('auditTemplates').select('id').orderBy('id').executeTakeFirstOrThrow();
  const audit = (centerId: number, status: string, auditDate: string, nextAuditDue: string | null, band: string | null, kind = 'annual') =>
    add(db, 'audits', { serviceCenterId: centerId, templateId: template.id, kind, auditor: 'Auditor', auditDate, answers: '{}', status, band, nextAuditDue });
  await audit(ids.Alpha, 'submitted', '2024-05-01', '2025-05-01', 'good');
  ids.auditAlpha = await audit(ids.Alpha, 'submitted', '2025-05-20', '2026-05-20', 'good'); // due this quarter
  ids.auditBravo = await audit(ids.Bravo, 'submitted', '2025-11-10', '2026-05-10', 'complies'); // overdue
  ids.auditCharlie = await audit(ids.Charlie, 'submitted', '2026-02-01', '2027-02-01', 'excellent'); // not due
  await audit(ids.Charlie, 'draft', '2026-04-01', '2026-05-01', null); // a draft does not count
  ids.auditDelta = await audit(ids.Delta, 'closed', '2025-03-01', '2026-03-01', 'fails'); // overdue since March
  await audit(ids.Echo, 'submitted', '2026-04-20', '2026-05-25', 'good', 'initial'); // not live

  // Findings and corrective actions (status, opened, due).
  const finding = (auditId: number, centerId: number, severity: string, title: string) =>
    add(db, 'findings', { auditId, serviceCenterId: centerId, itemKey: 'item', requirement: 'req', severity, title });
  ids.F1 = await finding(ids.auditAlpha, ids.Alpha, 'major', 'Seals missing');
  ids.F2 = await finding(ids.auditBravo, ids.Bravo, 'critical', 'No calibration check');
  ids.F3 = await finding(ids.auditCharlie, ids.Charlie, 'major', 'Records late');
  ids.F4 = await finding(ids.auditDelta, ids.Delta, 'minor', 'Sign faded');
  ids.F5 = await finding(ids.auditBravo, ids.Bravo, 'minor', 'Fee schedule');
  const action = (findingId: number, auditId: number, centerId: number, severity: string, status: string, createdAt: string, dueDate: string | null) =>
    add(db, 'correctiveActions', { findingId, auditId, serviceCenterId: centerId, severity, description: 'Fix it', status, dueDate, createdAt, updatedAt: createdAt });
  ids.CA1 = await action(ids.F1, ids.auditAlpha, ids.Alpha, 'major', 'open', '2026-05-01T09:00:00.000Z', '2026-05-14'); // 14 days old, 1 day overdue
  ids.CA2 = await action(ids.F5, ids.auditBravo, ids.Bravo, 'minor', 'open', '2026-04-15T23:00:00.000Z', '2026-05-15'); // 30 days old, due today
  ids.CA3 = await action(ids.F2, ids.auditBravo, ids.Bravo, 'critical', 'open', '2026-04-14T01:00:00.000Z', '2026-04-28'); // 31 days old, 17 overdue
  ids.CA4 = await action(ids.F3, ids.auditCharlie, ids.Charlie, 'major', 'open', '2026-01-01T00:00:00.000Z', '2026-02-01'); // 134 days old, 103 overdue
  ids.CA5 = await action(ids.F3, ids.auditCharlie, ids.Charlie, 'major', 'done', '2026-01-01T00:00:00.000Z', '2026-01-15'); // done
  ids.CA6 = await action(ids.F4, ids.auditDelta, ids.Delta, 'minor', 'open', '2026-03-01T10:00:00.000Z', null); // 75 days old, no due date
  ids.CA7 = await action(ids.F2, ids.auditBravo, ids.Bravo, 'critical', 'open', '2026-04-20T10:00:00.000Z', '2026-05-01'); // 25 days old, 14 overdue

  // Customers and devices.
  const customer = (last: string, jurisdictionId: number) =>
    add(db, 'customers', { firstName: 'Pat', lastName: last, jurisdictionId, paymentPlan: 'monthly', autoPay: 0, preferredChannel: 'email', remindersOptIn: 1, status: 'active' });
  ids.K1 = await customer('One', ids.WA);
  ids.K2 = await customer('Two', ids.TX);
  ids.K3 = await customer('Three', ids.WA);
  const device = (serial: string, status: string, customerId: number, lockoutOn: string | null) =>
    add(db, 'devices', { serial, kind: 'handset', model: 'H1', status, serviceCenterId: ids.Alpha, customerId, lockoutOn });
  ids.D1 = await device('D1', 'installed', ids.K1, '2026-05-10'); // past grace, WA
  ids.D2 = await device('D2', 'installed', ids.K3, '2026-05-01'); // past grace, WA (oldest)
  ids.D3 = await device('D3', 'installed', ids.K2, '2026-05-14'); // past grace, TX
  await device('D4', 'installed', ids.K1, '2026-05-15'); // locks out today: not past yet
  await device('D5', 'returned', ids.K2, '2026-01-01'); // not installed
  await device('D6', 'installed', ids.K2, null); // no lockout date

  // Work orders (type, status, scheduled, started → completed).
  const order = (centerId: number, type: string, status: string, scheduledAt: string, extra: Row = {}) =>
    add(db, 'workOrders', { serviceCenterId: centerId, type, status, scheduledAt, billableTo: 'customer', customerId: ids.K1, ...extra });
  // Alpha: 5 in the last 30 days; timed walk-ins 3, 7.5 and 4 minutes (the last across UTC midnight).
  await order(ids.Alpha, 'calibration', 'completed', '2026-05-01T10:00:00.000Z', { startedAt: '2026-05-01T10:00:00.000Z', completedAt: '2026-05-01T10:03:00.000Z' });
  await order(ids.Alpha, 'calibration', 'completed', '2026-05-02T10:00:00.000Z', { startedAt: '2026-05-02T10:00:00.000Z', completedAt: '2026-05-02T10:07:30.000Z' });
  await order(ids.Alpha, 'lockout-service', 'completed', '2026-05-03T23:55:00.000Z', { startedAt: '2026-05-03T23:58:00.000Z', completedAt: '2026-05-04T00:02:00.000Z' });
  await order(ids.Alpha, 'installation', 'completed', '2026-05-04T10:00:00.000Z', { startedAt: '2026-05-04T10:00:00.000Z', completedAt: '2026-05-04T11:00:00.000Z' });
  ids.W5 = await order(ids.Alpha, 'handheld-exchange', 'scheduled', '2026-05-20T10:00:00.000Z', { createdAt: '2026-05-02T00:00:00.000Z' });
  await order(ids.Alpha, 'calibration', 'completed', '2026-04-10T10:00:00.000Z', { startedAt: '2026-04-10T10:00:00.000Z', completedAt: '2026-04-10T10:10:00.000Z' }); // before the period
  // W5 is scheduled after today: outside the default period. Bring it in with to=2026-05-31 (see below).
  // Bravo: 3 in the period; timed walk-ins 2 and 6 minutes.
  await order(ids.Bravo, 'calibration', 'completed', '2026-05-10T15:00:00.000Z', { startedAt: '2026-05-10T15:00:00.000Z', completedAt: '2026-05-10T15:02:00.000Z' });
  await order(ids.Bravo, 'calibration', 'completed', '2026-05-11T15:00:00.000Z', { startedAt: '2026-05-11T15:00:00.000Z', completedAt: '2026-05-11T15:06:00.000Z' });
  ids.W9 = await order(ids.Bravo, 'removal', 'scheduled', '2026-05-12T10:00:00.000Z', { createdAt: '2026-05-01T12:00:00.000Z' });
  // Charlie: one cancelled walk-in in the period.
  await order(ids.Charlie, 'calibration', 'cancelled', '2026-05-05T10:00:00.000Z');
  // Outside the period, for the authorisation queue.
  ids.W11 = await order(ids.Charlie, 'vehicle-switch', 'requested', '2026-06-01T10:00:00.000Z', { createdAt: '2026-04-20T08:00:00.000Z' });
  await order(ids.Charlie, 'handheld-exchange', 'authorized', '2026-06-02T10:00:00.000Z', { authorizedAt: '2026-05-02T10:00:00.000Z', createdAt: '2026-04-01T08:00:00.000Z' });
  await order(ids.Charlie, 'removal', 'completed', '2026-03-01T10:00:00.000Z', { authorizedAt: '2026-02-20T10:00:00.000Z', createdAt: '2026-02-01T08:00:00.000Z' });
  await order(ids.Charlie, 'removal', 'cancelled', '2026-03-02T10:00:00.000Z', { createdAt: '2026-02-01T08:00:00.000Z' });

  // Unlock codes (issuedAt).
  const code = (deviceId: number, customerId: number, jurisdictionId: number, issuedAt: string) =>
    add(db, 'unlockCodes', { deviceId, customerId, jurisdictionId, codeHash: 'x', issuedAt, expiresAt: issuedAt });
  await code(ids.D1, ids.K1, ids.WA, '2026-05-11T08:00:00.000Z');
  await code(ids.D1, ids.K1, ids.WA, '2026-05-13T08:00:00.000Z');
  await code(ids.D2, ids.K3, ids.WA, '2026-05-12T08:00:00.000Z');
  await code(ids.D3, ids.K2, ids.TX, '2026-05-15T10:00:00.000Z');
  await code(ids.D3, ids.K2, ids.TX, '2026-05-10T23:00:00.000Z'); // last week

  // Refused completions in the audit log.
  const log = (at: string, action: string, resource: string, recordId: number, summary: string) =>
    db.insertInto('auditLog').values({ at, userName: 'Center Clerk', action, resource, recordId, summary }).returning('id').executeTakeFirstOrThrow();
  ids.L1 = Number((await log('2026-05-14T09:00:00.000Z', 'complete-refused', 'work-orders', ids.W9, 'Refused: not authorised')).id);
  ids.L2 = Number((await log('2026-05-14T17:30:00.000Z', 'complete-refused', 'work-orders', ids.W5, 'Refused: not authorised')).id);
  ids.L3 = Number((await log('2026-04-10T10:00:00.000Z', 'complete-refused', 'work-orders', ids.W9, 'Refused: not authorised')).id);
  await log('2026-05-14T10:00:00.000Z', 'complete', 'work-orders', ids.W9, 'Completed');
  await log('2026-05-14T10:00:00.000Z', 'complete-refused', 'audits', 1, 'Other resource');

  // Users of every role.
  const passwordHash = await hashPassword(PASSWORD);
  const user = (email: string, role: string, extra: Row = {}) =>
    db.insertInto('users').values({ ...STAMP, name: role, email, role, active: 1, passwordHash, ...extra }).execute();
  await user('regional@stats.test', 'regional-manager', { regionId: ids.North });
  await user('compliance@stats.test', 'compliance');
  await user('onboarding@stats.test', 'onboarding');
  await user('center@stats.test', 'center-staff', { serviceCenterId: ids.Alpha });
}

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  server = await startTestServer(fixture);
  base = server.url;
  for (const who of ['regional', 'compliance', 'onboarding', 'center']) cookies[who] = await signIn(base, `${who}@stats.test`, PASSWORD);
});
afterAll(async () => {
  await server?.close();
  vi.useRealTimers();
});

const get = (path: string, who?: string) => api(base, 'GET', `/api/stats/${path}`, undefined, who ? { cookie: cookies[who] } : {});
async function answer(path: string, who?: string) {
  const res = await get(path, who);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Row;
}

const TWELVE_MONTHS = ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];

describe('regional statistics', () => {
  test("ratings trend: average of the ratings in force at each month's end, per region", async () => {
    const north = (month: string, average: number, centers: number) => ({ month, id: ids.North, name: 'North', average, centers });
    const south = (month: string, average: number, centers: number) => ({ month, id: ids.South, name: 'South', average, centers });
    const expected = {
      period: { from: '2025-06-01', to: '2026-05-15' },
      by: 'region',
      months: TWELVE_MONTHS,
      series: [
        { id: ids.North, name: 'North' },
        { id: ids.South, name: 'South' },
      ],
      rows: [
        // Alpha's 50 of 2025-03 is in force until January.
        ...['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'].map((m) => north(m, 50, 1)),
        north('2026-01', 87, 2), // Alpha 94 (after 90), Bravo 80
        south('2026-01', 70, 1), // Charlie 70
        north('2026-02', 82, 2), // Alpha 94, Bravo 70
        south('2026-02', 70, 1), // Charlie 70; Delta's rating has no score
        ...['2026-03', '2026-04', '2026-05'].flatMap((m) => [north(m, 78.5, 2), south(m, 75, 1)]), // (92 + 65) / 2; 75
      ],
    };
    expect(await answer('ratings-trend')).toEqual(expected);
    expect(await answer('ratings-trend', 'compliance')).toEqual(expected);
    // The regional manager of the North sees the North only, and nothing of another region.
    expect(await answer('ratings-trend', 'regional')).toEqual({ ...expected, series: [expected.series[0]], rows: expected.rows.filter((r) => r.id === ids.North) });
    expect((await answer(`ratings-trend?regionId=${ids.South}`, 'regional')).rows).toEqual([]);
    expect((await answer('ratings-trend?from=2025-03-01&to=2025-04-30')).rows).toEqual([north('2025-03', 50, 1), north('2025-04', 50, 1)]);
    expect((await answer('ratings-trend?from=2025-01-01&to=2025-02-28')).rows).toEqual([]);
  });

  test('ratings trend per center of one region', async () => {
    const point = (month: string, name: string, average: number) => ({ month, id: ids[name], name, average, centers: 1 });
    const rows = [
      point('2026-01', 'Alpha', 94),
      point('2026-01', 'Bravo', 80),
      point('2026-02', 'Alpha', 94),
      point('2026-02', 'Bravo', 70),
      ...['2026-03', '2026-04', '2026-05'].flatMap((m) => [point(m, 'Alpha', 92), point(m, 'Bravo', 65)]),
    ];
    expect((await answer(`ratings-trend?by=center&regionId=${ids.North}&from=2026-01-01`)).rows).toEqual(rows);
    // A regional manager's own region is the default.
    expect((await answer('ratings-trend?by=center&from=2026-01-01', 'regional')).rows).toEqual(rows);
    const res = await get('ratings-trend?by=center');
    expectErrorBody(res, 400);
    expect((res.body as Row).errors).toHaveProperty('regionId');
  });

  test('rating distribution of live centers by grade', async () => {
    const grades = (counts: Record<string, number>) =>
      [
        ['A', 90],
        ['B', 80],
        ['C', 70],
        ['D', 60],
        ['F', 0],
      ].map(([grade, minScore]) => ({ grade, minScore, centers: counts[grade as string] ?? 0 }));
    expect(await answer('rating-distribution')).toEqual({ asOf: '2026-05-15', total: 4, unrated: 1, rows: grades({ A: 1, C: 1, D: 1 }) });
    expect(await answer('rating-distribution', 'regional')).toEqual({ asOf: '2026-05-15', total: 2, unrated: 0, rows: grades({ A: 1, D: 1 }) });
    expect(await answer(`rating-distribution?regionId=${ids.South}`)).toEqual({ asOf: '2026-05-15', total: 2, unrated: 1, rows: grades({ C: 1 }) });
  });

  test('falling centers: below the threshold or falling, fastest first, with a sparkline', async () => {
    const bravo = {
      serviceCenterId: ids.Bravo,
      name: 'Bravo',
      regionId: ids.North,
      regionName: 'North',
      rating: 65,
      grade: 'D',
      firstScore: 80,
      lastScore: 65,
      change: -15,
      belowThreshold: true,
      sparkline: [
        { month: '2026-01', score: 80 },
        { month: '2026-02', score: 70 },
        { month: '2026-03', score: 65 },
      ],
    };
    // Alpha rose 90 → 92 and Charlie 70 → 75, both at or above 70.
    expect(await answer('falling-centers')).toEqual({ period: { from: '2025-06-01', to: '2026-05-15' }, threshold: 70, total: 1, rows: [bravo] });
    // At 80 Charlie (75, rising) is below the threshold too.
    const at80 = await answer('falling-centers?threshold=80');
    expect(at80.total).toBe(2);
    expect((at80.rows as Row[]).map((r) => [r.name, r.change, r.belowThreshold])).toEqual([
      ['Bravo', -15, true],
      ['Charlie', 5, true],
    ]);
    // From 2026-01-20 Alpha went 94 → 92 (falling) and Bravo 70 → 65.
    const later = await answer('falling-centers?from=2026-01-20');
    expect((later.rows as Row[]).map((r) => [r.name, r.firstScore, r.lastScore, r.change, r.belowThreshold])).toEqual([
      ['Bravo', 70, 65, -5, true],
      ['Alpha', 94, 92, -2, false],
    ]);
    expect((later.rows as Row[])[1].sparkline).toEqual([
      { month: '2026-01', score: 94 },
      { month: '2026-03', score: 92 },
    ]);
    expect((await answer('falling-centers?from=2026-01-20&limit=1')).total).toBe(2);
    expect((await answer('falling-centers?threshold=80', 'regional')).rows).toEqual([bravo]);
  });

  test('audits due and overdue this quarter', async () => {
    const row = (name: string, id: number, regionName: string, lastAuditDate: string, band: string, nextAuditDue: string, state: string) => ({
      serviceCenterId: id,
      name,
      regionName,
      lastAuditDate,
      band,
      nextAuditDue,
      state,
    });
    const delta = row('Delta', ids.Delta, 'South', '2025-03-01', 'fails', '2026-03-01', 'overdue');
    const bravo = row('Bravo', ids.Bravo, 'North', '2025-11-10', 'complies', '2026-05-10', 'overdue');
    const alpha = row('Alpha', ids.Alpha, 'North', '2025-05-20', 'good', '2026-05-20', 'due');
    expect(await answer('audits-due')).toEqual({ period: { from: '2026-04-01', to: '2026-06-30' }, asOf: '2026-05-15', due: 1, overdue: 2, rows: [delta, bravo, alpha] });
    expect(await answer('audits-due', 'regional')).toEqual({ period: { from: '2026-04-01', to: '2026-06-30' }, asOf: '2026-05-15', due: 1, overdue: 1, rows: [bravo, alpha] });
    // Next quarter: nothing falls due, the overdue stay overdue.
    const next = await answer('audits-due?from=2026-07-01&to=2026-09-30');
    expect([next.due, next.overdue, (next.rows as Row[]).map((r) => r.name)]).toEqual([0, 2, ['Delta', 'Bravo']]);
    const limited = await answer('audits-due?limit=1');
    expect([limited.due, limited.overdue, (limited.rows as Row[]).length]).toEqual([1, 2, 1]);
  });

  test('open corrective actions by age', async () => {
    const buckets = (counts: [number, number][]) =>
      [
        ['0-30', 0, 30],
        ['31-60', 31, 60],
        ['61-90', 61, 90],
        ['91+', 91, null],
      ].map(([bucket, minDays, maxDays], i) => ({ bucket, minDays, maxDays, open: counts[i][0], overdue: counts[i][1] }));
    // 0-30: CA1 (overdue), CA2 (due today), CA7 (overdue); 31-60: CA3 (overdue); 61-90: CA6; 91+: CA4 (overdue). CA5 is done.
    expect(await answer('corrective-actions-age')).toEqual({ asOf: '2026-05-15', open: 6, overdue: 4, rows: buckets([[3, 2], [1, 1], [1, 0], [1, 1]]) });
    expect(await answer('corrective-actions-age', 'regional')).toEqual({ asOf: '2026-05-15', open: 4, overdue: 3, rows: buckets([[3, 2], [1, 1], [0, 0], [0, 0]]) });
  });

  test('work-order volume and walk-in durations per center', async () => {
    const alpha = { serviceCenterId: ids.Alpha, name: 'Alpha', regionName: 'North', workOrders: 4, completed: 4, walkIns: 3, timedWalkIns: 3, averageWalkInMinutes: 4.8, medianWalkInMinutes: 4, walkInsOver5Minutes: 1, over5MinutesShare: 0.333 };
    const bravo = { serviceCenterId: ids.Bravo, name: 'Bravo', regionName: 'North', workOrders: 3, completed: 2, walkIns: 2, timedWalkIns: 2, averageWalkInMinutes: 4, medianWalkInMinutes: 4, walkInsOver5Minutes: 1, over5MinutesShare: 0.5 };
    const charlie = { serviceCenterId: ids.Charlie, name: 'Charlie', regionName: 'South', workOrders: 1, completed: 0, walkIns: 1, timedWalkIns: 0, averageWalkInMinutes: null, medianWalkInMinutes: null, walkInsOver5Minutes: 0, over5MinutesShare: null };
    // Alpha: 3, 7.5 and 4 minutes (avg 4.83, median 4); Bravo: 2 and 6 (avg and median 4).
    expect(await answer('work-order-volume')).toEqual({ period: { from: '2026-04-16', to: '2026-05-15' }, total: 3, rows: [alpha, bravo, charlie] });
    expect(await answer('work-order-volume?limit=2')).toEqual({ period: { from: '2026-04-16', to: '2026-05-15' }, total: 3, rows: [alpha, bravo] });
    expect(await answer('work-order-volume', 'regional')).toEqual({ period: { from: '2026-04-16', to: '2026-05-15' }, total: 2, rows: [alpha, bravo] });
    // To the end of May: Alpha's handheld exchange on 05-20 counts (a walk-in, not done yet).
    expect((await answer('work-order-volume?to=2026-05-31')).rows).toEqual([{ ...alpha, workOrders: 5, walkIns: 4 }, bravo, charlie]);
  });
});

describe('compliance statistics', () => {
  test('work orders awaiting authorisation, oldest first', async () => {
    const expected = {
      asOf: '2026-05-15',
      total: 3,
      byType: [
        { type: 'removal', count: 1 },
        { type: 'vehicle-switch', count: 1 },
        { type: 'handheld-exchange', count: 1 },
      ],
      rows: [
        { workOrderId: ids.W11, number: null, type: 'vehicle-switch', status: 'requested', serviceCenterId: ids.Charlie, centerName: 'Charlie', customerId: ids.K1, scheduledAt: '2026-06-01T10:00:00.000Z', createdAt: '2026-04-20T08:00:00.000Z', waitingDays: 25 },
        { workOrderId: ids.W9, number: null, type: 'removal', status: 'scheduled', serviceCenterId: ids.Bravo, centerName: 'Bravo', customerId: ids.K1, scheduledAt: '2026-05-12T10:00:00.000Z', createdAt: '2026-05-01T12:00:00.000Z', waitingDays: 14 },
        { workOrderId: ids.W5, number: null, type: 'handheld-exchange', status: 'scheduled', serviceCenterId: ids.Alpha, centerName: 'Alpha', customerId: ids.K1, scheduledAt: '2026-05-20T10:00:00.000Z', createdAt: '2026-05-02T00:00:00.000Z', waitingDays: 13 },
      ],
    };
    expect(await answer('authorization-queue')).toEqual(expected);
    expect(await answer('authorization-queue', 'compliance')).toEqual(expected);
    expect((await answer('authorization-queue?limit=1')).rows).toEqual([expected.rows[0]]);
  });

  test('refused completions without authorisation', async () => {
    const l1 = { id: ids.L1, at: '2026-05-14T09:00:00.000Z', userName: 'Center Clerk', workOrderId: ids.W9, summary: 'Refused: not authorised' };
    const l2 = { id: ids.L2, at: '2026-05-14T17:30:00.000Z', userName: 'Center Clerk', workOrderId: ids.W5, summary: 'Refused: not authorised' };
    const l3 = { id: ids.L3, at: '2026-04-10T10:00:00.000Z', userName: 'Center Clerk', workOrderId: ids.W9, summary: 'Refused: not authorised' };
    expect(await answer('unauthorized-attempts', 'compliance')).toEqual({ period: { from: '2026-04-16', to: '2026-05-15' }, total: 2, byDay: [{ day: '2026-05-14', count: 2 }], rows: [l2, l1] });
    expect(await answer('unauthorized-attempts?from=2026-04-01')).toEqual({
      period: { from: '2026-04-01', to: '2026-05-15' },
      total: 3,
      byDay: [
        { day: '2026-04-10', count: 1 },
        { day: '2026-05-14', count: 2 },
      ],
      rows: [l2, l1, l3],
    });
  });

  test('a completion refused by the complete command is counted', async () => {
    const res = await api(base, 'POST', `/api/work-orders/${ids.W9}/complete`, {});
    expectErrorBody(res, 409);
    const after = await answer('unauthorized-attempts');
    expect([after.total, after.byDay]).toEqual([
      3,
      [
        { day: '2026-05-14', count: 2 },
        { day: '2026-05-15', count: 1 },
      ],
    ]);
    expect((after.rows as Row[])[0]).toMatchObject({ at: NOW.toISOString(), userName: 'Test Admin', workOrderId: ids.W9 });
  });

  test('overdue corrective actions and their findings', async () => {
    const row = (ca: string, finding: string, audit: string, center: string, severity: string, title: string, dueDate: string, daysOverdue: number) => ({
      correctiveActionId: ids[ca],
      findingId: ids[finding],
      auditId: ids[audit],
      serviceCenterId: ids[center],
      centerName: center,
      severity,
      title,
      dueDate,
      daysOverdue,
    });
    expect(await answer('overdue-findings', 'compliance')).toEqual({
      asOf: '2026-05-15',
      correctiveActions: 4,
      findings: 3, // F1, F2 (two actions), F3
      bySeverity: [
        { severity: 'critical', correctiveActions: 2 },
        { severity: 'major', correctiveActions: 2 },
        { severity: 'minor', correctiveActions: 0 },
        { severity: 'observation', correctiveActions: 0 },
      ],
      rows: [
        row('CA4', 'F3', 'auditCharlie', 'Charlie', 'major', 'Records late', '2026-02-01', 103),
        row('CA3', 'F2', 'auditBravo', 'Bravo', 'critical', 'No calibration check', '2026-04-28', 17),
        row('CA7', 'F2', 'auditBravo', 'Bravo', 'critical', 'No calibration check', '2026-05-01', 14),
        row('CA1', 'F1', 'auditAlpha', 'Alpha', 'major', 'Seals missing', '2026-05-14', 1),
      ],
    });
  });

  test('insurance binders expired or expiring', async () => {
    const row = (name: string, onboardingStatus: string, insuranceExpiresOn: string, daysLeft: number) => ({
      serviceCenterId: ids[name],
      name,
      onboardingStatus,
      insuranceExpiresOn,
      daysLeft,
      expired: daysLeft < 0,
    });
    // Charlie's runs to August; Hotel is closed.
    expect(await answer('insurance-expiring')).toEqual({
      asOf: '2026-05-15',
      days: 30,
      expired: 1,
      expiring: 2,
      rows: [row('Alpha', 'live', '2026-05-01', -14), row('Echo', 'training', '2026-05-20', 5), row('Bravo', 'live', '2026-06-10', 26)],
    });
    const week = await answer('insurance-expiring?days=5');
    expect([week.expired, week.expiring, (week.rows as Row[]).map((r) => r.name)]).toEqual([1, 1, ['Alpha', 'Echo']]);
  });

  test('installed devices past their calibration grace, by state', async () => {
    expect(await answer('devices-past-grace', 'compliance')).toEqual({
      asOf: '2026-05-15',
      total: 3,
      rows: [
        { jurisdictionId: ids.WA, code: 'WA', name: 'Washington', devices: 2, oldestLockoutOn: '2026-05-01' },
        { jurisdictionId: ids.TX, code: 'TX', name: 'Texas', devices: 1, oldestLockoutOn: '2026-05-14' },
      ],
    });
  });

  test('unlock codes issued this week, by state', async () => {
    expect(await answer('unlock-codes-by-state', 'compliance')).toEqual({
      period: { from: '2026-05-11', to: '2026-05-17' },
      total: 4,
      rows: [
        { jurisdictionId: ids.WA, code: 'WA', name: 'Washington', codes: 3, customers: 2 },
        { jurisdictionId: ids.TX, code: 'TX', name: 'Texas', codes: 1, customers: 1 },
      ],
    });
    expect((await answer('unlock-codes-by-state?from=2026-05-01&to=2026-05-31')).rows).toEqual([
      { jurisdictionId: ids.WA, code: 'WA', name: 'Washington', codes: 3, customers: 2 },
      { jurisdictionId: ids.TX, code: 'TX', name: 'Texas', codes: 2, customers: 1 },
    ]);
  });
});

describe('onboarding statistics', () => {
  test('the funnel: centers per stage, median days in stage, stalled', async () => {
    const expected = {
      asOf: '2026-05-15',
      stalledAfterDays: 30,
      rows: [
        { status: 'applicant', centers: 1, medianDaysInStage: 10, stalled: 0 },
        { status: 'assessment', centers: 0, medianDaysInStage: null, stalled: 0 },
        { status: 'training', centers: 2, medianDaysInStage: 45, stalled: 1 }, // Echo 30 days, Foxtrot 60
        { status: 'state-notified', centers: 0, medianDaysInStage: null, stalled: 0 },
        { status: 'state-inspection', centers: 0, medianDaysInStage: null, stalled: 0 },
        { status: 'live', centers: 4, medianDaysInStage: null, stalled: 0 },
      ],
    };
    expect(await answer('onboarding-funnel', 'onboarding')).toEqual(expected);
    expect(await answer('onboarding-funnel')).toEqual(expected);
    // More than 29 days: Echo's 30 count too.
    expect((await answer('onboarding-funnel?stalledAfterDays=29', 'onboarding')).rows).toContainEqual({ status: 'training', centers: 2, medianDaysInStage: 45, stalled: 2 });
  });

  test('centers gone live per month', async () => {
    const rows = TWELVE_MONTHS.map((month) => ({ month, centers: month === '2025-12' ? 1 : month === '2026-02' ? 2 : 0 }));
    expect(await answer('went-live', 'onboarding')).toEqual({ period: { from: '2025-06-01', to: '2026-05-15' }, total: 3, rows });
    expect(await answer('went-live?from=2024-01-01&to=2024-01-31', 'compliance')).toEqual({ period: { from: '2024-01-01', to: '2024-01-31' }, total: 1, rows: [{ month: '2024-01', centers: 1 }] });
  });
});

const REGIONAL: StatsName[] = ['ratings-trend', 'rating-distribution', 'falling-centers', 'audits-due', 'corrective-actions-age', 'work-order-volume'];
const COMPLIANCE: StatsName[] = ['authorization-queue', 'unauthorized-attempts', 'overdue-findings', 'insurance-expiring', 'devices-past-grace', 'unlock-codes-by-state'];
const ONBOARDING: StatsName[] = ['onboarding-funnel', 'went-live'];

describe('who may see which statistics', () => {
  test.each([
    ['regional', [...REGIONAL], [...COMPLIANCE, ...ONBOARDING]],
    ['compliance', [...REGIONAL, ...COMPLIANCE, ...ONBOARDING], []],
    ['onboarding', [...ONBOARDING], [...REGIONAL, ...COMPLIANCE]],
    ['center', [], [...REGIONAL, ...COMPLIANCE, ...ONBOARDING]],
  ])('%s', async (who, allowed, refused) => {
    for (const name of allowed) expect((await get(name, who)).status, name).toBe(200);
    for (const name of refused) expectErrorBody(await get(name, who), 403, name);
  });

  test('signed out: 401', async () => {
    expect((await api(base, 'GET', '/api/stats/ratings-trend', undefined, { cookie: '' })).status).toBe(401);
  });
});

describe('query parameters', () => {
  test.each([
    ['ratings-trend?from=2026-13-01', 'from'],
    ['ratings-trend?from=2026-02-30', 'from'],
    ['ratings-trend?to=15-05-2026', 'to'],
    ['ratings-trend?from=2026-05-01&to=2026-04-30', 'from'],
    ['ratings-trend?from=2010-01-01&to=2026-01-01', 'from'],
    ['ratings-trend?by=state', 'by'],
    ['ratings-trend?regionId=0', 'regionId'],
    ['ratings-trend?colour=red', 'colour'],
    ['falling-centers?threshold=101', 'threshold'],
    ['falling-centers?threshold=-1', 'threshold'],
    ['falling-centers?limit=0', 'limit'],
    ['work-order-volume?limit=1.5', 'limit'],
    ['audits-due?limit=1001', 'limit'],
    ['insurance-expiring?days=366', 'days'],
    ['onboarding-funnel?stalledAfterDays=0', 'stalledAfterDays'],
    ['devices-past-grace?from=2026-01-01', 'from'],
    ['went-live?from=2026-06-01', 'from'],
  ])('%s → 400 on %s', async (path, field) => {
    const res = await get(path);
    expectErrorBody(res, 400, path);
    expect((res.body as { errors: Row }).errors, path).toHaveProperty(field);
  });
});

describe('an empty database', () => {
  let empty: TestServer;
  beforeAll(async () => {
    empty = await startTestServer();
  });
  afterAll(() => empty.close());

  test('every endpoint answers with zeros and empty lists', async () => {
    const get0 = async (name: string) => {
      const res = await api(empty.url, 'GET', `/api/stats/${name}`);
      expect(res.status, name).toBe(200);
      return res.body as Row;
    };
    expect(await get0('ratings-trend')).toMatchObject({ months: TWELVE_MONTHS, series: [], rows: [] });
    expect(await get0('rating-distribution')).toMatchObject({ total: 0, unrated: 0 });
    expect(((await get0('rating-distribution')).rows as Row[]).every((r) => r.centers === 0)).toBe(true);
    expect(await get0('falling-centers')).toMatchObject({ total: 0, rows: [] });
    expect(await get0('audits-due')).toMatchObject({ due: 0, overdue: 0, rows: [] });
    const ages = await get0('corrective-actions-age');
    expect([ages.open, ages.overdue, (ages.rows as Row[]).map((r) => [r.bucket, r.open, r.overdue])]).toEqual([0, 0, [['0-30', 0, 0], ['31-60', 0, 0], ['61-90', 0, 0], ['91+', 0, 0]]]);
    expect(await get0('work-order-volume')).toMatchObject({ total: 0, rows: [] });
    expect(await get0('authorization-queue')).toMatchObject({ total: 0, rows: [], byType: [{ type: 'removal', count: 0 }, { type: 'vehicle-switch', count: 0 }, { type: 'handheld-exchange', count: 0 }] });
    expect(await get0('unauthorized-attempts')).toMatchObject({ total: 0, byDay: [], rows: [] });
    expect(await get0('overdue-findings')).toMatchObject({ correctiveActions: 0, findings: 0, rows: [] });
    expect(await get0('insurance-expiring')).toMatchObject({ expired: 0, expiring: 0, rows: [] });
    expect(await get0('devices-past-grace')).toMatchObject({ total: 0, rows: [] });
    expect(await get0('unlock-codes-by-state')).toMatchObject({ total: 0, rows: [] });
    expect(((await get0('onboarding-funnel')).rows as Row[]).map((r) => [r.status, r.centers, r.medianDaysInStage, r.stalled])).toEqual(
      ['applicant', 'assessment', 'training', 'state-notified', 'state-inspection', 'live'].map((s) => [s, 0, null, 0]),
    );
    const live = await get0('went-live');
    expect([live.total, (live.rows as Row[]).length, (live.rows as Row[]).every((r) => r.centers === 0)]).toEqual([0, 12, true]);
  });
});
