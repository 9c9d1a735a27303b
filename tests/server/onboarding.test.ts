import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import type { Role } from '../../server/auth/roles.ts';
import { GATE_LABELS } from '../../server/rules/onboarding/gates.ts';
import { GO_LIVE_BY_COMMAND } from '../../server/resources/service-centers.ts';
import { onboardingBoard } from '../../server/rules/onboarding/board.ts';
import type { KyselyPlugin } from 'kysely';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, snapshot } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role, string>;
const world: Record<string, Body> = {};
let initialTemplateId: number;

const INITIAL = TEMPLATES.find((t) => t.kind === 'initial')!;
const as = (role: Role, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[role] });

/** A tiny valid PDF, PNG and JPEG (their magic bytes are what the server checks). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

const upload = (kind: string, extra: Body = {}, bytes: Buffer = PDF, contentType = 'application/pdf') => ({
  kind,
  fileName: `${kind}.pdf`,
  contentType,
  data: bytes.toString('base64'),
  ...extra,
});

async function userFor(role: Role, extra: Body) {
  const email = `${role}@onboarding.test`;
  await post(base, 'users', { name: `The ${role}`, email, role, password: 'onboard-pass-1', ...extra });
  return signIn(base, email, 'onboard-pass-1');
}

/** Everything a refused request must leave alone: the resources' tables and the stored files. */
async function state() {
  return { ...(await snapshot(server.db)), documentFiles: await server.db.selectFrom('documentFiles').selectAll().orderBy('id').execute() };
}

async function expectRefused(request: () => Promise<{ status: number; body: unknown }>, status: number) {
  const before = await state();
  const res = await request();
  expectErrorBody(res, status);
  expect(await state()).toEqual(before);
  return res as { status: number; body: { message: string; errors: Record<string, string> } };
}

const goLive = (center: Body, role: Role = 'onboarding') => as(role, 'POST', `/api/service-centers/${String(center.id)}/go-live`);

async function missingGates(center: Body): Promise<string[]> {
  const res = await expectRefused(() => goLive(center), 409);
  const keys = Object.keys(res.body.errors);
  expect(res.body.message).toBe(`The center cannot go live: ${keys.length} ${keys.length === 1 ? 'gate' : 'gates'} not met: ${keys.map((k) => GATE_LABELS[k as keyof typeof GATE_LABELS]).join(', ')}`);
  return keys;
}

async function passedInitialAssessment(center: Body) {
  const audit = await post(base, 'audits', {
    serviceCenterId: center.id,
    templateId: initialTemplateId,
    kind: 'initial',
    auditor: 'Ada Auditor',
    auditDate: '2026-03-10',
    answers: sampleAnswers(INITIAL),
  });
  const res = await api(base, 'POST', `/api/audits/${String(audit.id)}/submit`);
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  world.strict = await createRecord(base, 'jurisdictions', { backgroundCheckRequired: true, stateInspectionRequired: true });
  world.lenient = await createRecord(base, 'jurisdictions');
  world.regionA = await createRecord(base, 'regions');
  world.regionB = await createRecord(base, 'regions');
  world.centerA = await createRecord(base, 'service-centers', { regionId: world.regionA.id, jurisdictionId: world.strict.id });
  const templates = (await api(base, 'GET', '/api/audit-templates?_sort=id')).body as Body[];
  initialTemplateId = Number(templates.find((t) => t.key === INITIAL.key)!.id);
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  cookies.compliance = await userFor('compliance', {});
  cookies.onboarding = await userFor('onboarding', {});
  cookies['regional-manager'] = await userFor('regional-manager', { regionId: world.regionA.id });
  cookies['center-staff'] = await userFor('center-staff', { serviceCenterId: world.centerA.id });
});
afterAll(() => server.close());

describe('going live', () => {
  test('refused with the list of missing gates, then accepted once each gate is met', async () => {
    const center = world.centerA;
    const id = String(center.id);
    const checklist = await as('regional-manager', 'GET', `/api/service-centers/${id}/onboarding`);
    expect(checklist.status).toBe(200);
    expect(checklist.body.ready).toBe(false);
    expect(checklist.body.gates).toHaveLength(10);

    const all = ['agreement', 'w9', 'insurance', 'priceList', 'backgroundChecks', 'initialAssessment', 'installers', 'training', 'stateNotified', 'stateInspection'];
    expect(await missingGates(center)).toEqual(all);

    // paperwork: a date alone is not enough, the document must be on file
    let res = await as('onboarding', 'PATCH', `/api/service-centers/${id}`, { agreementSignedOn: '2026-01-05', w9ReceivedOn: '2026-01-06', insuranceReceivedOn: '2019-01-07', insuranceExpiresOn: '2020-01-07' });
    expect(res.status).toBe(200);
    expect(await missingGates(center)).toEqual(all);
    for (const kind of ['service-center-agreement', 'w9', 'insurance-binder']) {
      expect((await as('onboarding', 'POST', `/api/service-centers/${id}/documents`, upload(kind))).status).toBe(201);
    }
    // an expired binder does not count
    expect(await missingGates(center)).toEqual(all.slice(2));
    expect((await as('onboarding', 'PATCH', `/api/service-centers/${id}`, { insuranceExpiresOn: '2099-01-07' })).status).toBe(200);
    expect(await missingGates(center)).toEqual(all.slice(3));

    // the price list (administrators'): every customer service priced, or no work order could be booked
    const prices = (types: string[]) => types.map((serviceType) => ({ serviceType, price: 80 }));
    expect((await as('admin', 'PATCH', `/api/service-centers/${id}`, { priceList: prices(['installation', 'removal']) })).status).toBe(200);
    const unpriced = await expectRefused(() => goLive(center), 409);
    expect(unpriced.body.errors.priceList).toBe('No price for vehicle-switch, calibration, lockout-service, handheld-exchange');
    const customerServices = ['installation', 'removal', 'vehicle-switch', 'calibration', 'lockout-service', 'handheld-exchange'];
    expect((await as('admin', 'PATCH', `/api/service-centers/${id}`, { priceList: prices(customerServices) })).status).toBe(200);
    expect(await missingGates(center)).toEqual(all.slice(4));

    // an installer, untrained and without an authorisation on file
    const installer = (await as('onboarding', 'POST', '/api/installers', { serviceCenterId: center.id, firstName: 'Ivan', lastName: 'Install', backgroundCheck: 'passed' })).body as Body;
    expect(await missingGates(center)).toEqual(['backgroundChecks', 'initialAssessment', 'training', 'stateNotified', 'stateInspection']);
    res = await as('onboarding', 'POST', `/api/service-centers/${id}/documents`, upload('background-check-authorization', { installerId: installer.id, fileName: 'auth.png' }, PNG, 'image/png'));
    expect(res.status).toBe(201);
    expect(await missingGates(center)).toEqual(['initialAssessment', 'training', 'stateNotified', 'stateInspection']);

    await passedInitialAssessment(center);
    expect(await missingGates(center)).toEqual(['training', 'stateNotified', 'stateInspection']);

    // training needs its date, method and trainer
    expect((await as('onboarding', 'PATCH', `/api/installers/${String(installer.id)}`, { trainingStatus: 'completed', trainedOn: '2026-03-20' })).status).toBe(200);
    const training = await expectRefused(() => goLive(center), 409);
    expect(training.body.errors.training).toBe('Not trained: Ivan Install (missing training method, trainer)');
    expect((await as('onboarding', 'PATCH', `/api/installers/${String(installer.id)}`, { trainingMethod: 'on-site', trainer: 'Tess Trainer' })).status).toBe(200);
    expect(await missingGates(center)).toEqual(['stateNotified', 'stateInspection']);

    expect((await as('onboarding', 'PATCH', `/api/service-centers/${id}`, { stateNotifiedOn: '2026-03-25', stateNotifiedHow: 'portal' })).status).toBe(200);
    expect(await missingGates(center)).toEqual(['stateInspection']);
    expect((await as('onboarding', 'PATCH', `/api/service-centers/${id}`, { stateInspectionPassedOn: '2026-04-02' })).status).toBe(200);
    expect((await as('onboarding', 'GET', `/api/service-centers/${id}/onboarding`)).body.ready).toBe(true);

    // those who may not: 403 and nothing changed
    for (const role of ['compliance', 'regional-manager', 'center-staff'] as const) await expectRefused(() => goLive(center, role), 403);

    const live = await goLive(center);
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ id: center.id, onboardingStatus: 'live', version: Number(center.version) + 7 });
    expect(live.body.wentLiveAt).toBe(live.body.statusChangedAt);
    expect(Date.now() - Date.parse(live.body.wentLiveAt)).toBeLessThan(60_000);
    const log = await server.db.selectFrom('auditLog').selectAll().where('resource', '=', 'service-centers').where('recordId', '=', center.id as number).where('action', '=', 'go-live').execute();
    expect(log).toHaveLength(1);
    expect(log[0].summary).toBe('Went live: all 10 onboarding gates met');

    const again = await expectRefused(() => goLive(center, 'admin'), 409);
    expect(again.body.message).toBe('This center is already live');
    world.liveA = live.body as Body;
  });

  test('an insurance binder cannot expire before it was received (400 under insuranceExpiresOn)', async () => {
    const center = await createRecord(base, 'service-centers', { regionId: world.regionA.id, jurisdictionId: world.lenient.id, insuranceReceivedOn: '2026-02-01' });
    const url = `/api/service-centers/${String(center.id)}`;
    for (const body of [{ insuranceExpiresOn: '2026-01-31' }, { insuranceReceivedOn: '2027-03-01', insuranceExpiresOn: '2027-02-28' }]) {
      const res = await expectRefused(() => as('onboarding', 'PATCH', url, body), 400);
      expect(res.body.errors).toEqual({ insuranceExpiresOn: 'The insurance binder cannot expire before it was received' });
    }
    expect((await as('onboarding', 'PATCH', url, { insuranceExpiresOn: '2027-02-01' })).status).toBe(200);
    const moved = await expectRefused(() => as('onboarding', 'PATCH', url, { insuranceReceivedOn: '2027-02-02' }), 400);
    expect(Object.keys(moved.body.errors)).toEqual(['insuranceExpiresOn']);
    const body = { regionId: world.regionA.id, jurisdictionId: world.lenient.id, name: 'Backdated binder', street: '1 Main St', city: 'Tacoma', state: 'WA', postalCode: '98401', insuranceReceivedOn: '2026-05-01', insuranceExpiresOn: '2026-04-30' };
    const created = await expectRefused(() => as('onboarding', 'POST', '/api/service-centers', body), 400);
    expect(Object.keys(created.body.errors)).toEqual(['insuranceExpiresOn']);
  });

  test('the generic writes refuse to set live, for every role', async () => {
    const center = await createRecord(base, 'service-centers', { regionId: world.regionA.id, jurisdictionId: world.lenient.id, onboardingStatus: 'state-notified' });
    for (const role of ['admin', 'onboarding'] as const) {
      for (const method of ['PATCH', 'PUT']) {
        const res = await expectRefused(() => as(role, method, `/api/service-centers/${String(center.id)}`, { onboardingStatus: 'live' }), 409);
        expect(res.body).toEqual({ message: GO_LIVE_BY_COMMAND, errors: { onboardingStatus: GO_LIVE_BY_COMMAND } });
      }
      const body = { ...center, id: undefined, version: undefined, onboardingStatus: 'live', name: `Born live ${role}` };
      const created = await expectRefused(() => as(role, 'POST', '/api/service-centers', body), 409);
      expect(created.body.message).toBe(GO_LIVE_BY_COMMAND);
    }
    // a live center can still be edited (react-admin sends the whole record back)
    const liveA = world.liveA;
    const edited = await api(base, 'PUT', `/api/service-centers/${String(liveA.id)}`, { ...liveA, hours: 'Mon–Sat 8–6' });
    expect(edited.status).toBe(200);
    world.liveA = edited.body as Body;
  });

  test('a suspended center is reinstated by an administrator once the gates are met again', async () => {
    const id = String(world.liveA.id);
    expect((await api(base, 'PATCH', `/api/service-centers/${id}`, { onboardingStatus: 'suspended', insuranceExpiresOn: '2025-12-31' })).status).toBe(200);
    const refused = await expectRefused(() => goLive(world.liveA, 'onboarding'), 403);
    expect(refused.body.message).toMatch(/reinstating a suspended or closed center is for administrators/);
    expect(Object.keys((await expectRefused(() => goLive(world.liveA, 'admin'), 409)).body.errors)).toEqual(['insurance']);
    expect((await api(base, 'PATCH', `/api/service-centers/${id}`, { insuranceExpiresOn: '2099-12-31' })).status).toBe(200);
    const reinstated = await goLive(world.liveA, 'admin');
    expect(reinstated.status).toBe(200);
    expect(reinstated.body.onboardingStatus).toBe('live');
    const log = await server.db.selectFrom('auditLog').select('summary').where('recordId', '=', world.liveA.id as number).where('action', '=', 'go-live').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(log.summary).toBe('Reinstated (was suspended): all 10 onboarding gates met');
  });

  test('unknown or out-of-scope centers are 404s', async () => {
    await expectRefused(() => goLive({ id: 999_999 }, 'admin'), 404);
    const other = await createRecord(base, 'service-centers', { regionId: world.regionB.id, jurisdictionId: world.lenient.id });
    expectErrorBody(await as('regional-manager', 'GET', `/api/service-centers/${String(other.id)}/onboarding`), 404);
    expectErrorBody(await as('center-staff', 'GET', `/api/service-centers/${String(other.id)}/onboarding`), 404);
    expectErrorBody(await api(base, 'POST', '/api/service-centers/abc/go-live'), 400);
  });
});

describe('documents', () => {
  const url = () => `/api/service-centers/${String(world.applicant.id)}/documents`;

  beforeAll(async () => {
    world.applicant = await createRecord(base, 'service-centers', { regionId: world.regionA.id, jurisdictionId: world.strict.id });
    world.otherInstaller = await createRecord(base, 'installers', { serviceCenterId: world.centerA.id });
  });

  test.each([
    ['an unknown kind', upload('passport'), 400, 'kind'],
    ['a type that is not accepted', upload('w9', { contentType: 'text/plain', data: Buffer.from('hello').toString('base64') }), 400, 'contentType'],
    ['bytes that are no PDF, PNG or JPEG', upload('w9', { data: Buffer.from('MZ executable').toString('base64') }), 400, 'data'],
    ['a PNG declared as a PDF', upload('w9', {}, PNG), 400, 'contentType'],
    ['a JPEG declared as a PNG', upload('w9', {}, JPEG, 'image/png'), 400, 'contentType'],
    ['data that is not base64', upload('w9', { data: '%%%not base64' }), 400, 'data'],
    ['an empty file', upload('w9', { data: '' }), 400, 'data'],
    ['a file name with a folder', upload('w9', { fileName: '../../etc/passwd' }), 400, 'fileName'],
    ['a PDF named as a web page', upload('w9', { fileName: 'x.html' }), 400, 'fileName'],
    ['a PNG named as a PDF', upload('w9', { fileName: 'scan.pdf' }, PNG, 'image/png'), 400, 'fileName'],
    ['a PDF named without an extension', upload('w9', { fileName: 'w9' }), 400, 'fileName'],
    ['an unknown field', upload('w9', { size: 3 }), 400, 'size'],
    ['an authorisation without its installer', upload('background-check-authorization'), 400, 'installerId'],
    ['a file over 5 MB', upload('w9', {}, Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)])), 413, 'data'],
  ])('refuses %s', async (_name, body, status, field) => {
    const res = await expectRefused(() => as('onboarding', 'POST', url(), body), status);
    expect(Object.keys(res.body.errors)).toContain(field);
  });

  test('refuses a staff member of another center and a body over the route limit', async () => {
    const res = await expectRefused(() => as('onboarding', 'POST', url(), upload('background-check-authorization', { installerId: world.otherInstaller.id })), 400);
    expect(res.body.errors.installerId).toBe('Not a staff member of this center');
    await expectRefused(() => as('onboarding', 'POST', url(), { ...upload('w9'), notes: 'x'.repeat(9 * 1024 * 1024) }), 413);
  });

  test('only administrators, onboarding staff (before go-live) and the center itself upload', async () => {
    for (const role of ['compliance', 'regional-manager'] as const) await expectRefused(() => as(role, 'POST', url(), upload('w9')), 403);
    // another center's staff do not find this one (their own center's binder and W-9: center-paperwork.test.ts)
    await expectRefused(() => as('center-staff', 'POST', url(), upload('w9')), 404);
    const refused = await expectRefused(() => as('onboarding', 'POST', `/api/service-centers/${String(world.liveA.id)}/documents`, upload('w9')), 403);
    expect(refused.body.message).toBe('Onboarding staff add or change documents only of centers that are not live yet');
    const binder = await as('admin', 'POST', `/api/service-centers/${String(world.liveA.id)}/documents`, upload('insurance-binder'));
    expect(binder.status).toBe(201);
    // nor change or remove the paperwork of a live center
    for (const [method, body] of [['PATCH', { notes: 'Renewed' }], ['DELETE', undefined]] as const) {
      const res = await expectRefused(() => as('onboarding', method, `/api/documents/${String(binder.body.id)}`, body), 403);
      expect(res.body.message).toBe('Onboarding staff add or change documents only of centers that are not live yet');
    }
  });

  test('stores the file, serves it to those allowed, and deletes it with its record', async () => {
    const bytes = Buffer.concat([JPEG, Buffer.from('scan')]);
    const res = await as('onboarding', 'POST', url(), { ...upload('w9', { fileName: 'W-9 scan (signed).jpg', notes: 'Signed copy' }, bytes, 'image/jpeg') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      serviceCenterId: world.applicant.id,
      kind: 'w9',
      fileName: 'W-9 scan (signed).jpg',
      contentType: 'image/jpeg',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      uploadedBy: 'The onboarding',
      notes: 'Signed copy',
    });
    const id = String(res.body.id);
    const log = await server.db.selectFrom('auditLog').select('action').where('resource', '=', 'documents').where('recordId', '=', Number(id)).execute();
    expect(log.map((l) => l.action)).toEqual(['upload']);

    for (const role of ['admin', 'compliance', 'onboarding'] as const) {
      const file = await fetch(`${base}/api/documents/${id}/file`, { headers: { cookie: cookies[role] } });
      expect(file.status, role).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/jpeg');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="W-9 scan (signed).jpg"; filename*=UTF-8''W-9%20scan%20(signed).jpg`);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes);
    }
    for (const [role, status] of [['regional-manager', 403], ['center-staff', 404]] as const) {
      // center staff read their own center's documents only
      expectErrorBody(await as(role, 'GET', `/api/documents/${id}/file`), status);
      expectErrorBody(await as(role, 'GET', `/api/documents/${id}`), status);
    }
    expectErrorBody(await api(base, 'GET', '/api/documents/999999/file'), 404);

    const removed = await as('onboarding', 'DELETE', `/api/documents/${id}`);
    expect(removed.status).toBe(200);
    expect(await server.db.selectFrom('documentFiles').select('id').where('documentId', '=', Number(id)).execute()).toEqual([]);
    expectErrorBody(await api(base, 'GET', `/api/documents/${id}/file`), 404);
  });

  test("a file is served under a name with its type's extension, whatever name it was stored under", async () => {
    const res = await as('onboarding', 'POST', url(), upload('w9', { fileName: 'W9.PDF' }));
    expect(res.status).toBe(201);
    const served = async () => (await fetch(`${base}/api/documents/${String(res.body.id)}/file`, { headers: { cookie: cookies.admin } })).headers.get('content-disposition');
    expect(await served()).toBe(`attachment; filename="W9.PDF"; filename*=UTF-8''W9.PDF`);
    // a name stored before uploads were checked
    await server.db.updateTable('documents').set({ fileName: 'x.html' }).where('id', '=', Number(res.body.id)).execute();
    expect(await served()).toBe(`attachment; filename="x.html.pdf"; filename*=UTF-8''x.html.pdf`);
  });

  test('a staff member with documents on file is not deleted from under them', async () => {
    const installer = await createRecord(base, 'installers', { serviceCenterId: world.applicant.id });
    expect((await as('onboarding', 'POST', url(), upload('background-check-authorization', { installerId: installer.id }))).status).toBe(201);
    const res = await expectRefused(() => api(base, 'DELETE', `/api/installers/${String(installer.id)}`), 409);
    expect(res.body.message).toMatch(/documents/);
  });
});

describe('the onboarding board', () => {
  beforeAll(async () => {
    const stage = (onboardingStatus: string, name: string) =>
      createRecord(base, 'service-centers', { regionId: world.regionB.id, jurisdictionId: world.lenient.id, onboardingStatus, name });
    world.fresh = await stage('training', 'Board Fresh');
    world.stuck = await stage('training', 'Board Stuck');
    world.inspection = await stage('state-inspection', 'Board Inspection');
    const fortyDaysAgo = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await server.db.updateTable('serviceCenters').set({ statusChangedAt: fortyDaysAgo }).where('id', '=', world.stuck.id as number).execute();
  });

  type Card = { id: number; name: string; daysInStage: number; stalled: boolean; blockers: string[]; gatesMet: number; gatesTotal: number };
  type Board = { stalledAfterDays: number; stages: { status: string; centers: Card[] }[] };
  const card = (board: Board, id: unknown) => board.stages.flatMap((s) => s.centers.map((c) => ({ ...c, status: s.status }))).find((c) => c.id === id);

  test('shows the centers on their way to live by stage, with days in stage, blockers and the stalled ones', async () => {
    const res = await as('onboarding', 'GET', '/api/onboarding/board');
    expect(res.status).toBe(200);
    const board = res.body as Board;
    expect(board.stalledAfterDays).toBe(30);
    expect(board.stages.map((s) => s.status)).toEqual(['applicant', 'assessment', 'training', 'state-notified', 'state-inspection']);
    expect(card(board, world.liveA.id)).toBeUndefined();
    expect(card(board, world.stuck.id)).toMatchObject({ status: 'training', daysInStage: 40, stalled: true });
    expect(card(board, world.fresh.id)).toMatchObject({ status: 'training', daysInStage: 0, stalled: false });
    expect(card(board, world.inspection.id)).toMatchObject({ status: 'state-inspection', stalled: false });
    // the lenient jurisdiction asks for neither background checks nor an inspection
    expect(card(board, world.fresh.id)!.blockers).toEqual([
      GATE_LABELS.agreement,
      GATE_LABELS.w9,
      GATE_LABELS.insurance,
      GATE_LABELS.priceList,
      GATE_LABELS.initialAssessment,
      GATE_LABELS.installers,
      GATE_LABELS.training,
      GATE_LABELS.stateNotified,
    ]);
    expect(card(board, world.fresh.id)).toMatchObject({ gatesMet: 2, gatesTotal: 10 });
    const training = board.stages.find((s) => s.status === 'training')!.centers;
    expect(training.findIndex((c) => c.id === world.stuck.id)).toBeLessThan(training.findIndex((c) => c.id === world.fresh.id));
  });

  test('the threshold is a parameter', async () => {
    const board = (await as('compliance', 'GET', '/api/onboarding/board?stalledAfterDays=45')).body as Board;
    expect(board.stalledAfterDays).toBe(45);
    expect(card(board, world.stuck.id)!.stalled).toBe(false);
    expect(card((await api(base, 'GET', '/api/onboarding/board?stalledAfterDays=39')).body as Board, world.stuck.id)!.stalled).toBe(true);
    for (const bad of ['0', 'abc', '-3', '4000', '1.5']) expectErrorBody(await api(base, 'GET', `/api/onboarding/board?stalledAfterDays=${bad}`), 400);
  });

  test('takes the same few queries however many centers are on the board', async () => {
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const admin = { id: 1, role: 'admin' as const, regionId: null, serviceCenterId: null };
    const count = async () => {
      queries = 0;
      const board = await onboardingBoard(server.db.withPlugin(counting), admin, 30);
      return { queries, centers: board.stages.reduce((n, s) => n + s.centers.length, 0) };
    };
    const before = await count();
    for (let i = 0; i < 5; i++) {
      const center = await createRecord(base, 'service-centers', { regionId: world.regionB.id, jurisdictionId: world.strict.id, onboardingStatus: 'assessment' });
      await createRecord(base, 'installers', { serviceCenterId: center.id });
    }
    const after = await count();
    expect(after.centers).toBe(before.centers + 5);
    expect(after.queries).toBe(before.queries);
    expect(after.queries).toBeLessThanOrEqual(6);
  });

  test('the default threshold comes from ONBOARDING_STALLED_DAYS', async () => {
    process.env.ONBOARDING_STALLED_DAYS = '7';
    const other = await startTestServer();
    try {
      const res = await api(other.url, 'GET', '/api/onboarding/board');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ stalledAfterDays: 7, stages: expect.any(Array) });
    } finally {
      delete process.env.ONBOARDING_STALLED_DAYS;
      await other.close();
    }
  });

  test('is not for regional managers or center staff', async () => {
    expectErrorBody(await as('regional-manager', 'GET', '/api/onboarding/board'), 403);
    expectErrorBody(await as('center-staff', 'GET', '/api/onboarding/board'), 403);
  });
});
