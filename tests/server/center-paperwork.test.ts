import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../server/auth/roles.ts';
import { addDaysToIsoDay, today } from '../../server/dates.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role | 'otherStaff', string>;
const world: Record<string, Body> = {};

const as = (who: Role | 'otherStaff', method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const renewedExpiry = addDaysToIsoDay(today(), 365);
const upload = (kind: string, extra: Body = {}) => ({ kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', data: Buffer.from(`%PDF-1.4\n% ${kind}\n`).toString('base64'), ...extra });
const documentsOf = (center: Body) => `/api/service-centers/${String(center.id)}/documents`;
const centerOf = async (center: Body) => (await api(base, 'GET', `/api/service-centers/${String(center.id)}`)).body as Body;
const verify = (who: Role | 'otherStaff', document: Body, body: Body = {}) => as(who, 'POST', `/api/documents/${String(document.id)}/verify`, body);

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  const region = await createRecord(base, 'regions');
  const binder = { insuranceReceivedOn: '2025-06-01', insuranceExpiresOn: addDaysToIsoDay(today(), 20), w9ReceivedOn: '2025-06-01' };
  world.centerA = await liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id, ...binder });
  world.centerB = await liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id, ...binder });
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  const user = async (who: Role | 'otherStaff', role: Role, extra: Body = {}) => {
    await post(base, 'users', { name: `The ${who}`, email: `${who}@paperwork.test`, role, password: 'paper-pass-1', ...extra });
    cookies[who] = await signIn(base, `${who}@paperwork.test`, 'paper-pass-1');
  };
  await user('compliance', 'compliance');
  await user('onboarding', 'onboarding');
  await user('regional-manager', 'regional-manager', { regionId: region.id });
  await user('center-staff', 'center-staff', { serviceCenterId: world.centerA.id });
  await user('otherStaff', 'center-staff', { serviceCenterId: world.centerB.id });
});
afterAll(() => server.close());

describe('center staff upload a renewed binder or a W-9 for their own center', () => {
  test('a binder with its new expiry awaits verification and changes nothing on the center until verified; verify sets the dates, once', async () => {
    const before = await centerOf(world.centerA);
    const res = await as('center-staff', 'POST', documentsOf(world.centerA), upload('insurance-binder', { expiresOn: renewedExpiry }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'insurance-binder', expiresOn: renewedExpiry, awaitingVerification: true, verifiedAt: null, verifiedBy: null, uploadedBy: 'The center-staff' });
    expect(await centerOf(world.centerA)).toEqual(before);
    const awaiting = await as('compliance', 'GET', `/api/documents?awaitingVerification=true&serviceCenterId=${String(world.centerA.id)}`);
    expect((awaiting.body as Body[]).map((d) => d.id)).toEqual([res.body.id]);
    expect((await as('center-staff', 'GET', `/api/documents/${String(res.body.id)}`)).status).toBe(200);

    const verified = await verify('compliance', res.body, { version: res.body.version });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ awaitingVerification: false, verifiedBy: 'The compliance', verifiedById: expect.any(Number) });
    const after = await centerOf(world.centerA);
    expect(after).toMatchObject({ insuranceReceivedOn: String(res.body.createdAt).slice(0, 10), insuranceExpiresOn: renewedExpiry, w9ReceivedOn: before.w9ReceivedOn, version: Number(before.version) + 1 });
    const logged = await server.db.selectFrom('auditLog').select('resource').where('action', 'in', ['verify', 'update']).where('userName', '=', 'The compliance').execute();
    expect(logged.map((l) => l.resource).sort()).toEqual(['documents', 'service-centers']);

    const snap = await snapshot(server.db);
    const twice = await verify('onboarding', res.body);
    expectErrorBody(twice, 409);
    expect(twice.body.errors.verifiedAt).toMatch(/already verified/);
    expect(await snapshot(server.db)).toEqual(snap);
  });

  test('a W-9 sets the received date once onboarding verifies it (a live center’s renewal is theirs to verify too)', async () => {
    const res = await as('center-staff', 'POST', documentsOf(world.centerA), upload('w9'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.awaitingVerification).toBe(true);
    expect((await verify('onboarding', res.body)).status).toBe(200);
    expect((await centerOf(world.centerA)).w9ReceivedOn).toBe(String(res.body.createdAt).slice(0, 10));
  });

  test('a binder without its expiry, or already expired, is refused (400); an expiry on a W-9 too', async () => {
    const before = await snapshot(server.db);
    for (const [body, field] of [
      [upload('insurance-binder'), 'expiresOn'],
      [upload('insurance-binder', { expiresOn: today() }), 'expiresOn'],
      [upload('w9', { expiresOn: renewedExpiry }), 'expiresOn'],
      [upload('insurance-binder', { expiresOn: 'next year' }), 'expiresOn'],
    ] as const) {
      const res = await as('center-staff', 'POST', documentsOf(world.centerA), body);
      expectErrorBody(res, 400, JSON.stringify(body.kind));
      expect(Object.keys(res.body.errors)).toEqual([field]);
    }
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('other kinds are refused (403), another center is not found (404), and center staff and managers may not verify (403)', async () => {
    const pending = (await as('center-staff', 'POST', documentsOf(world.centerA), upload('w9'))).body as Body;
    const before = await snapshot(server.db);
    const agreement = await as('center-staff', 'POST', documentsOf(world.centerA), upload('service-center-agreement'));
    expectErrorBody(agreement, 403);
    expect(agreement.body.message).toMatch(/renewed insurance binder or a W-9/);
    expectErrorBody(await as('center-staff', 'POST', documentsOf(world.centerB), upload('w9')), 404);
    expectErrorBody(await as('otherStaff', 'GET', `/api/documents/${String(pending.id)}`), 404);
    for (const who of ['center-staff', 'otherStaff', 'regional-manager'] as const) {
      for (const id of [pending.id, 999_999]) expectErrorBody(await verify(who, { id }), 403, who);
    }
    expect((await verify('center-staff', pending)).body.message).toBe('Only administrators, compliance reviewers and onboarding staff verify documents');
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('an upload by onboarding or an administrator counts at once: verified, nothing awaiting, the center as before', async () => {
    const before = await centerOf(world.centerB);
    const res = await as('admin', 'POST', documentsOf(world.centerB), upload('insurance-binder'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ awaitingVerification: false, verifiedBy: 'Test Admin', expiresOn: null });
    expect(await centerOf(world.centerB)).toEqual(before);
    expectErrorBody(await verify('compliance', res.body), 409);
  });
});

describe('center staff add their installers and paperwork handlers, pending the provider’s checks and training', () => {
  test('a new one starts with the background check pending, training not started and no certification', async () => {
    const res = await as('center-staff', 'POST', '/api/installers', { serviceCenterId: world.centerA.id, firstName: 'Pat', lastName: 'Paper', email: 'pat@center.test', phone: '555-010-2030', duties: 'paperwork' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ serviceCenterId: world.centerA.id, duties: 'paperwork', backgroundCheck: 'pending', trainingStatus: 'not-started', certificationStatus: 'none', trainedOn: null, active: true });
    const pending = await as('center-staff', 'POST', '/api/installers', { serviceCenterId: world.centerA.id, firstName: 'Ian', lastName: 'Install', backgroundCheck: 'pending', trainingStatus: 'not-started' });
    expect(pending.status, JSON.stringify(pending.body)).toBe(201);
  });

  test('a certified, trained or checked one is refused (403), so is another center (403), and managers (403); nothing is created', async () => {
    const before = await snapshot(server.db);
    const person = { serviceCenterId: world.centerA.id, firstName: 'Cy', lastName: 'Certified' };
    for (const extra of [{ certificationStatus: 'certified' }, { trainingStatus: 'completed', trainedOn: '2026-01-02' }, { backgroundCheck: 'passed' }]) {
      const res = await as('center-staff', 'POST', '/api/installers', { ...person, ...extra });
      expectErrorBody(res, 403, JSON.stringify(extra));
      expect(res.body.message).toMatch(/the provider trains and certifies/);
    }
    const other = await as('center-staff', 'POST', '/api/installers', { ...person, serviceCenterId: world.centerB.id });
    expectErrorBody(other, 403);
    expect(other.body.message).toBe('Center staff act only on their own center');
    expectErrorBody(await as('regional-manager', 'POST', '/api/installers', person), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });
});
