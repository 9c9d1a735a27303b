import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { permissionsOf, type Command } from '../../server/auth/policy.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, useDatabase } from './fixtures.ts';
import { TEMPLATES } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role, string>;
const world: Record<string, Body> = {};

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const jurisdiction = await createRecord(base, 'jurisdictions');
  world.regionA = await createRecord(base, 'regions');
  world.regionB = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { regionId: world.regionA.id, jurisdictionId: jurisdiction.id });
  world.centerB = await liveCenter(base, server.db, { regionId: world.regionB.id, jurisdictionId: jurisdiction.id });
  world.shipmentA = await createRecord(base, 'shipments', { serviceCenterId: world.centerA.id });
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  const user = async (role: Role, extra: Body) => {
    await post(base, 'users', { name: `${role} commands`, email: `${role}@commands.test`, role, password: 'cmd-pass-1', ...extra });
    cookies[role] = await signIn(base, `${role}@commands.test`, 'cmd-pass-1');
  };
  await user('compliance', {});
  await user('onboarding', {});
  await user('regional-manager', { regionId: world.regionA.id });
  await user('center-staff', { serviceCenterId: world.centerA.id });
  world.customer = await createRecord(base, 'customers');
  await user('customer', { customerId: world.customer.id });
});
afterAll(() => server.close());

const as = (role: Role, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[role] });

/** A provider's request at a center: needs no customer, no equipment and no authorisation. */
const inspection = (center: Body) => post(base, 'work-orders', { type: 'vehicle-inspection', serviceCenterId: center.id, scheduledAt: '2026-02-15T15:00:00.000Z' });

const ANNUAL = TEMPLATES.find((t) => t.kind === 'annual')!;

/** An open corrective action of center A: its annual audit submitted with one item failing. */
async function correctiveAction(): Promise<Body> {
  const template = (await api(base, 'GET', `/api/audit-templates?key=${ANNUAL.key}&version=${ANNUAL.version}`)).body[0] as Body;
  const failing = ANNUAL.sections.flatMap((s) => s.items).find((i) => !i.critical)!;
  const audit = await createRecord(base, 'audits', { serviceCenterId: world.centerA.id, templateId: template.id, kind: 'annual', answers: sampleAnswers(ANNUAL, [failing.key]) });
  await api(base, 'POST', `/api/audits/${String(audit.id)}/submit`, {});
  return (await api(base, 'GET', `/api/corrective-actions?auditId=${String(audit.id)}`)).body[0] as Body;
}

/** A W-9 center A's staff uploaded, awaiting verification. */
const uploadedW9 = async () =>
  (await as('center-staff', 'POST', `/api/service-centers/${String(world.centerA.id)}/documents`, { kind: 'w9', fileName: 'w9.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4\n').toString('base64') })).body as Body;

let drafts = 0;
/** A draft checklist (a key of its own: publishing it is tried, never done, here). */
const draftTemplate = () => post(base, 'audit-templates', { definition: { ...ANNUAL, key: `commands-draft-${++drafts}` } });
/** The shipped annual checklist, published. */
const publishedTemplate = async () => (await api(base, 'GET', `/api/audit-templates?key=${ANNUAL.key}&version=${ANNUAL.version}`)).body[0] as Body;

let complaints = 0;
/** An open complaint of the customer about center A, where they had a walk-in (each at its own time: no double booking). */
async function complaint(): Promise<Body> {
  const visit = await post(base, 'work-orders', { type: 'lockout-service', serviceCenterId: world.centerA.id, customerId: world.customer.id, scheduledAt: new Date(Date.UTC(2026, 1, 1, 15, complaints++)).toISOString() });
  return post(base, 'complaints', { customerId: world.customer.id, serviceCenterId: world.centerA.id, workOrderId: visit.id, category: 'wait-time', body: 'Waited too long' });
}

/** A device of center A installed for the customer: tampering and violations are recorded on it. */
async function installedDevice(): Promise<Body> {
  const device = await createRecord(base, 'devices', { serviceCenterId: world.centerA.id, customerId: world.customer.id });
  await server.db.updateTable('devices').set({ status: 'installed' }).where('id', '=', device.id as number).execute();
  return { ...device, status: 'installed' };
}

let obligations = 0;
/** An open reporting obligation of center A (as an event creates it). */
async function obligation(): Promise<Body> {
  const now = new Date().toISOString();
  const row = { customerId: world.customer.id as number, serviceCenterId: world.centerA.id as number, jurisdictionId: world.customer.jurisdictionId as number, event: 'tampering', eventAt: now, dueAt: '2099-01-01T00:00:00.000Z', eventKey: `tampering:commands:${++obligations}`, status: 'open' };
  const { id } = await server.db.insertInto('reportingObligations').values({ ...row, createdAt: now, updatedAt: now, version: 1 }).returning('id').executeTakeFirstOrThrow();
  return (await api(base, 'GET', `/api/reporting-obligations/${id}`)).body as Body;
}

/** Every command route, the resource and action the policy grants it as, a record of center A it can be tried on, and what the command requires in its body. */
const COMMANDS: { resource: string; action: Command; path: (id: unknown) => string; record: () => Promise<Body>; body?: Body }[] = [
  { resource: 'work-orders', action: 'authorize', path: (id) => `/api/work-orders/${String(id)}/authorize`, record: () => inspection(world.centerA) },
  { resource: 'work-orders', action: 'start', path: (id) => `/api/work-orders/${String(id)}/start`, record: () => inspection(world.centerA) },
  { resource: 'work-orders', action: 'no-show', path: (id) => `/api/work-orders/${String(id)}/no-show`, record: () => inspection(world.centerA) },
  { resource: 'work-orders', action: 'complete', path: (id) => `/api/work-orders/${String(id)}/complete`, record: () => inspection(world.centerA) },
  { resource: 'work-orders', action: 'print', path: (id) => `/api/work-orders/${String(id)}/print`, record: () => inspection(world.centerA) },
  { resource: 'service-centers', action: 'go-live', path: (id) => `/api/service-centers/${String(id)}/go-live`, record: async () => world.centerA },
  { resource: 'service-centers', action: 'recompute-rating', path: (id) => `/api/service-centers/${String(id)}/rating`, record: async () => world.centerA },
  { resource: 'audit-templates', action: 'publish', path: (id) => `/api/audit-templates/${String(id)}/publish`, record: draftTemplate },
  { resource: 'audit-templates', action: 'new-version', path: (id) => `/api/audit-templates/${String(id)}/new-version`, record: publishedTemplate },
  { resource: 'audits', action: 'submit', path: (id) => `/api/audits/${String(id)}/submit`, record: () => createRecord(base, 'audits', { serviceCenterId: world.centerA.id }) },
  { resource: 'devices', action: 'issue-unlock-code', path: (id) => `/api/devices/${String(id)}/unlock-codes`, record: () => createRecord(base, 'devices', { serviceCenterId: world.centerA.id, customerId: world.customer.id }) },
  { resource: 'corrective-actions', action: 'respond', path: (id) => `/api/corrective-actions/${String(id)}/respond`, record: correctiveAction, body: { response: 'Fixed' } },
  { resource: 'corrective-actions', action: 'close', path: (id) => `/api/corrective-actions/${String(id)}/close`, record: correctiveAction },
  { resource: 'corrective-actions', action: 'reopen', path: (id) => `/api/corrective-actions/${String(id)}/reopen`, record: correctiveAction, body: { comment: 'Not done' } },
  { resource: 'documents', action: 'verify', path: (id) => `/api/documents/${String(id)}/verify`, record: uploadedW9 },
  { resource: 'shipment-packages', action: 'receive', path: (id) => `/api/shipment-packages/${String(id)}/receive`, record: () => createRecord(base, 'shipment-packages', { shipmentId: world.shipmentA.id }) },
  { resource: 'complaints', action: 'resolve', path: (id) => `/api/complaints/${String(id)}/resolve`, record: complaint, body: { resolution: 'Apologised' } },
  { resource: 'devices', action: 'record-event', path: (id) => `/api/devices/${String(id)}/events`, record: installedDevice, body: { kind: 'tampering', at: '2026-02-01T15:00:00.000Z' } },
  { resource: 'reporting-obligations', action: 'report', path: (id) => `/api/reporting-obligations/${String(id)}/report`, record: obligation, body: { reference: 'STATE-1' } },
];

const granted = (role: Role, resource: string, action: Command) => (permissionsOf({ id: 0, role, regionId: null, serviceCenterId: null })[resource] ?? []).includes(action);

describe('every command, every role', () => {
  const refusals = COMMANDS.flatMap((c) => ROLES.filter((role) => !granted(role, c.resource, c.action)).map((role) => ({ ...c, role })));
  test.each(refusals)('$role may not $action $resource: 403 before anything is looked up, nothing changes', async ({ role, path, record, body }) => {
    const target = await record();
    const before = await snapshot(server.db);
    for (const id of [target.id, 999_999]) {
      const res = await as(role, 'POST', path(id), { ...body });
      expectErrorBody(res, 403);
    }
    expect(await snapshot(server.db)).toEqual(before);
  });

  const allowed = COMMANDS.flatMap((c) => ROLES.filter((role) => granted(role, c.resource, c.action)).map((role) => ({ ...c, role })));
  test.each(allowed)('$role may $action $resource: a record that does not exist is 404, a stale version 409', async ({ role, path, record, body }) => {
    const target = await record();
    const before = await snapshot(server.db);
    expectErrorBody(await as(role, 'POST', path(999_999), { ...body }), 404);
    const stale = await as(role, 'POST', path(target.id), { ...body, version: Number(target.version) + 7 });
    expectErrorBody(stale, 409);
    expect(stale.body.errors).toEqual({ version: 'Stale version' });
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('out of scope is not found: a regional manager and center staff print only their own region’s and center’s work orders', async () => {
    const other = await inspection(world.centerB);
    const own = await inspection(world.centerA);
    for (const role of ['regional-manager', 'center-staff'] as const) {
      expectErrorBody(await as(role, 'POST', `/api/work-orders/${String(other.id)}/print`, {}), 404);
      expect((await as(role, 'POST', `/api/work-orders/${String(own.id)}/print`, {})).status).toBe(200);
    }
  });

  test('the allowed roles succeed: admin and compliance complete, with the version they saw', async () => {
    for (const role of ['admin', 'compliance'] as const) {
      const done = await as(role, 'POST', `/api/work-orders/${String((await inspection(world.centerA)).id)}/complete`, { version: 1 });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body).toMatchObject({ status: 'completed', version: 2 });
    }
  });

  test('a command on an order in the wrong state is refused with the rule’s reason (409), as the dry run says beforehand', async () => {
    const order = await inspection(world.centerA);
    const dryRun = await as('compliance', 'GET', `/api/work-orders/${String(order.id)}/actions`);
    expect(dryRun.body.authorize).toMatchObject({ allowed: false, status: 409 });
    expect(dryRun.body.complete).toEqual({ allowed: true });
    const res = await as('compliance', 'POST', `/api/work-orders/${String(order.id)}/authorize`, {});
    expectErrorBody(res, 409);
    expect(res.body.message).toBe(dryRun.body.authorize.reason);
  });
});

describe('concurrent commands', () => {
  test('two completes of one work order at once: one 200, one 409, one completion in the audit log', async () => {
    const order = await inspection(world.centerA);
    const results = await Promise.all([as('compliance', 'POST', `/api/work-orders/${String(order.id)}/complete`, {}), as('admin', 'POST', `/api/work-orders/${String(order.id)}/complete`, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const logged = await server.db.selectFrom('auditLog').select('action').where('resource', '=', 'work-orders').where('recordId', '=', order.id as number).where('action', '=', 'complete').execute();
    expect(logged).toHaveLength(1);
  });
});

describe('the dry run of the policy on one record', () => {
  test('answers every action of the resource for the user, with the reasons of the refusals', async () => {
    const order = await inspection(world.centerA);
    const rm = await as('regional-manager', 'GET', `/api/work-orders/${String(order.id)}/actions`);
    expect(rm.status).toBe(200);
    expect(Object.keys(rm.body).sort()).toEqual(['authorize', 'complete', 'delete', 'no-show', 'print', 'read', 'start', 'update']);
    expect(rm.body.print).toEqual({ allowed: true });
    expect(rm.body.authorize).toEqual({ allowed: false, status: 403, reason: 'Only compliance authorises work orders' });
    const other = await inspection(world.centerB);
    expectErrorBody(await as('regional-manager', 'GET', `/api/work-orders/${String(other.id)}/actions`), 404);
    expectErrorBody(await as('onboarding', 'GET', `/api/work-orders/${String(order.id)}/actions`), 403);
  });

  test('for a command the policy allows, the command’s own checks: the state’s unlock-code rules, the go-live gates', async () => {
    const device = await createRecord(base, 'devices', { serviceCenterId: world.centerA.id });
    const unlock = await as('compliance', 'GET', `/api/devices/${String(device.id)}/actions`);
    expect(unlock.body['issue-unlock-code']).toMatchObject({ allowed: false, status: 409, reason: expect.stringMatching(/only for installed devices/) });
    const training = await createRecord(base, 'service-centers', { regionId: world.regionA.id, onboardingStatus: 'training' });
    const goLive = await as('onboarding', 'GET', `/api/service-centers/${String(training.id)}/actions`);
    expect(goLive.body['go-live']).toMatchObject({ allowed: false, status: 409, reason: expect.stringMatching(/gate/) });
    expect(Object.keys(goLive.body['go-live'].errors).length).toBeGreaterThan(0);
    expect(goLive.body.update).toEqual({ allowed: true });
  });

  test('onboarding staff see why they may not change a live center', async () => {
    const res = await as('onboarding', 'GET', `/api/service-centers/${String(world.centerA.id)}/actions`);
    expect(res.body.update).toMatchObject({ allowed: false, reason: 'Onboarding staff edit only centers that are not live yet' });
    expect(res.body['upload-document']).toMatchObject({ allowed: false, reason: 'Onboarding staff add or change documents only of centers that are not live yet' });
    expect(res.body['go-live']).toMatchObject({ allowed: false });
  });
});
