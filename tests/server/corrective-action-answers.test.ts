import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import type { Role } from '../../server/auth/roles.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role | 'otherStaff', string>;
const world: Record<string, Body> = {};

const ANNUAL = TEMPLATES.find((t) => t.kind === 'annual')!;
const items = ANNUAL.sections.flatMap((s) => s.items);
const majorItem = items.find((i) => !i.critical && (i.severity ?? 'major') === 'major')!;
const minorItem = items.find((i) => !i.critical && i.severity === 'minor')!;

const as = (who: Role | 'otherStaff', method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const pdf = { fileName: 'fixed.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4\n% fixed\n').toString('base64') };

/** A submitted annual audit of a center failing one item: its one open corrective action. */
async function openAction(center: Body, item = minorItem): Promise<Body> {
  const template = (await api(base, 'GET', `/api/audit-templates?key=${ANNUAL.key}&version=${ANNUAL.version}`)).body[0] as Body;
  const audit = await post(base, 'audits', { serviceCenterId: center.id, templateId: template.id, kind: 'annual', auditor: 'Ada Auditor', auditDate: '2026-03-10', answers: sampleAnswers(ANNUAL, [item.key]) });
  expect((await api(base, 'POST', `/api/audits/${String(audit.id)}/submit`, {})).status).toBe(200);
  const [action] = (await api(base, 'GET', `/api/corrective-actions?auditId=${String(audit.id)}`)).body as Body[];
  return action;
}

const url = (action: Body, command: string) => `/api/corrective-actions/${String(action.id)}/${command}`;
const auditOf = async (action: Body) => (await api(base, 'GET', `/api/audits/${String(action.auditId)}`)).body as Body;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  const region = await createRecord(base, 'regions');
  const otherRegion = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id });
  world.centerB = await liveCenter(base, server.db, { regionId: otherRegion.id, jurisdictionId: jurisdiction.id });
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  const user = async (who: Role | 'otherStaff', role: Role, extra: Body = {}) => {
    await post(base, 'users', { name: `The ${who}`, email: `${who}@answers.test`, role, password: 'answer-pass-1', ...extra });
    cookies[who] = await signIn(base, `${who}@answers.test`, 'answer-pass-1');
  };
  await user('compliance', 'compliance');
  await user('onboarding', 'onboarding');
  await user('regional-manager', 'regional-manager', { regionId: region.id });
  await user('center-staff', 'center-staff', { serviceCenterId: world.centerA.id });
  await user('otherStaff', 'center-staff', { serviceCenterId: world.centerB.id });
});
afterAll(() => server.close());

describe('the center answers its corrective actions', () => {
  test('its own staff answer an open action: awaiting verification, with who and when; the audit closes once none is open', async () => {
    const action = await openAction(world.centerA);
    const res = await as('center-staff', 'POST', url(action, 'respond'), { response: '  Replaced the seal, photo attached  ', version: action.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', response: 'Replaced the seal, photo attached', respondedBy: 'The center-staff', version: Number(action.version) + 1 });
    expect(Date.now() - Date.parse(res.body.respondedAt)).toBeLessThan(10_000);
    expect((await auditOf(action)).status).toBe('closed');
    const [log] = await server.db.selectFrom('auditLog').select(['action', 'userName']).where('resource', '=', 'corrective-actions').where('recordId', '=', Number(action.id)).where('action', '=', 'respond').execute();
    expect(log).toEqual({ action: 'respond', userName: 'The center-staff' });
  });

  test('another center’s staff do not find it (404); the roles without the grant are refused (403); nothing changes', async () => {
    const action = await openAction(world.centerA);
    const before = await snapshot(server.db);
    expectErrorBody(await as('otherStaff', 'POST', url(action, 'respond'), { response: 'Done' }), 404);
    for (const role of ['admin', 'compliance', 'regional-manager', 'onboarding'] as const) {
      const res = await as(role, 'POST', url(action, 'respond'), { response: 'Done' });
      expectErrorBody(res, 403, role);
    }
    expect((await as('compliance', 'POST', url(action, 'respond'), { response: 'Done' })).body.message).toBe('Corrective actions are answered by the staff of the center they concern');
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('an answer is text of at most 4000 characters (400), once (409 when already answered)', async () => {
    const action = await openAction(world.centerA);
    const before = await snapshot(server.db);
    for (const body of [{}, { response: '   ' }, { response: 'x'.repeat(4001) }]) {
      const res = await as('center-staff', 'POST', url(action, 'respond'), body);
      expectErrorBody(res, 400);
      expect(res.body.errors.response).toMatch(/Required|At most 4000/);
    }
    expect(await snapshot(server.db)).toEqual(before);
    expect((await as('center-staff', 'POST', url(action, 'respond'), { response: 'x'.repeat(4000) })).status).toBe(200);
    const again = await as('center-staff', 'POST', url(action, 'respond'), { response: 'Again' });
    expectErrorBody(again, 409);
    expect(again.body.errors.status).toMatch(/already answered/);
  });

  test('center staff attach evidence files to their own center’s actions, not to another center’s', async () => {
    const own = await openAction(world.centerA);
    const other = await openAction(world.centerB);
    const attached = await as('center-staff', 'POST', url(own, 'evidence'), pdf);
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    expect(attached.body).toMatchObject({ correctiveActionId: own.id, serviceCenterId: world.centerA.id, uploadedBy: 'The center-staff', awaitingVerification: false });
    expect((await as('center-staff', 'GET', `/api/documents/${String(attached.body.id)}/file`)).status).toBe(200);
    const before = await snapshot(server.db);
    expectErrorBody(await as('center-staff', 'POST', url(other, 'evidence'), pdf), 404);
    expectErrorBody(await as('regional-manager', 'POST', url(own, 'evidence'), pdf), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });
});

describe('compliance closes or reopens an answered action', () => {
  test('close with a comment: verified, the reviewer and the comment kept; closing twice is 409', async () => {
    const action = await openAction(world.centerA);
    await as('center-staff', 'POST', url(action, 'evidence'), pdf);
    await as('center-staff', 'POST', url(action, 'respond'), { response: 'Fixed' });
    const closed = await as('compliance', 'POST', url(action, 'close'), { comment: 'Checked the photo' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'verified', reviewComment: 'Checked the photo', reviewedBy: 'The compliance', response: 'Fixed' });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const twice = await as('compliance', 'POST', url(action, 'close'), {});
    expectErrorBody(twice, 409);
    expect(twice.body.message).toBe('This corrective action is closed already');
  });

  test('close without a comment, by an administrator; a major action only with an evidence file (409, as the dry run says)', async () => {
    const action = await openAction(world.centerA, majorItem);
    await as('center-staff', 'POST', url(action, 'respond'), { response: 'Fixed' });
    const before = await snapshot(server.db);
    const dryRun = await as('compliance', 'GET', `/api/corrective-actions/${String(action.id)}/actions`);
    expect(dryRun.body.close).toMatchObject({ allowed: false, status: 409, reason: 'A major or critical corrective action closes only with an evidence file attached' });
    const refused = await as('compliance', 'POST', url(action, 'close'), {});
    expectErrorBody(refused, 409);
    expect(refused.body.errors.evidence).toMatch(/evidence file/);
    expect(await snapshot(server.db)).toEqual(before);
    expect((await as('center-staff', 'POST', url(action, 'evidence'), pdf)).status).toBe(201);
    const closed = await as('admin', 'POST', url(action, 'close'), {});
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'verified', reviewComment: null });
  });

  test('reopen needs a comment; the action is open again with it, the audit submitted again, and the center may answer again', async () => {
    const action = await openAction(world.centerA);
    await as('center-staff', 'POST', url(action, 'respond'), { response: 'Fixed' });
    expect((await auditOf(action)).status).toBe('closed');
    const before = await snapshot(server.db);
    for (const body of [{}, { comment: ' ' }]) expect((await as('compliance', 'POST', url(action, 'reopen'), body)).body.errors).toEqual({ comment: 'Required' });
    expect(await snapshot(server.db)).toEqual(before);
    const reopened = await as('compliance', 'POST', url(action, 'reopen'), { comment: 'The photo shows the old seal' });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, reviewComment: 'The photo shows the old seal', reviewedBy: 'The compliance' });
    expect((await auditOf(action)).status).toBe('submitted');
    const seen = await as('center-staff', 'GET', `/api/corrective-actions/${String(action.id)}`);
    expect(seen.body.reviewComment).toBe('The photo shows the old seal');
    const again = await as('compliance', 'POST', url(action, 'reopen'), { comment: 'Still' });
    expectErrorBody(again, 409);
    expect(again.body.message).toBe('This corrective action is open already');
    expect((await as('center-staff', 'POST', url(action, 'respond'), { response: 'New seal fitted' })).status).toBe(200);
  });

  test('close and reopen are refused to center staff, regional managers and onboarding (403), before anything is looked up', async () => {
    const action = await openAction(world.centerA);
    await as('center-staff', 'POST', url(action, 'respond'), { response: 'Fixed' });
    const before = await snapshot(server.db);
    for (const role of ['center-staff', 'regional-manager', 'onboarding'] as const) {
      for (const id of [action.id, 999_999]) {
        expectErrorBody(await as(role, 'POST', `/api/corrective-actions/${String(id)}/close`, {}), 403, role);
        expectErrorBody(await as(role, 'POST', `/api/corrective-actions/${String(id)}/reopen`, { comment: 'No' }), 403, role);
      }
    }
    expect(await snapshot(server.db)).toEqual(before);
  });
});
