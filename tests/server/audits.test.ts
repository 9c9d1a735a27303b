import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES, recomputeRating, scoreAudit, type AuditTemplate } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot } from './fixtures.ts';
import { expected } from '../auth/role-table.ts';
import { CRUD_ACTIONS } from '../../server/auth/policy.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role, string>;
const world: Record<string, Body> = {};
let initialTemplate: Body;
let annualTemplate: Body;

const INITIAL = TEMPLATES.find((t) => t.kind === 'initial')!;
const ANNUAL = TEMPLATES.find((t) => t.kind === 'annual')!;
const itemKeys = (t: AuditTemplate) => t.sections.flatMap((s) => s.items.map((i) => i.key));
/** A failing critical item and a failing non-critical one of the annual audit. */
const criticalItem = ANNUAL.sections.flatMap((s) => s.items).find((i) => i.critical)!;
const majorItem = ANNUAL.sections.flatMap((s) => s.items).find((i) => !i.critical && (i.severity ?? 'major') === 'major')!;

const as = (role: Role, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[role] });

async function userFor(role: Role, extra: Body) {
  const email = `${role}@audits.test`;
  await post(base, 'users', { name: `The ${role}`, email, role, password: 'audit-pass-1', ...extra });
  return signIn(base, email, 'audit-pass-1');
}

async function draft(center: Body, kind: 'initial' | 'annual' | 'amending', answers: Body, extra: Body = {}) {
  const template = kind === 'initial' || extra.amendsInitial ? initialTemplate : annualTemplate;
  delete extra.amendsInitial;
  return post(base, 'audits', { serviceCenterId: center.id, templateId: template.id, kind, auditor: 'Ada Auditor', auditDate: '2026-03-10', answers, ...extra });
}

/** Attaches an evidence file to a corrective action (a major or critical one closes only with one). */
async function attachEvidence(action: Body) {
  const res = await api(base, 'POST', `/api/corrective-actions/${String(action.id)}/evidence`, { fileName: 'evidence.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4\n% evidence\n').toString('base64') });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

async function submit(audit: Body, role: Role = 'admin') {
  return as(role, 'POST', `/api/audits/${audit.id}/submit`);
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  world.regionA = await createRecord(base, 'regions');
  world.regionB = await createRecord(base, 'regions');
  const center = (region: Body) => liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id });
  world.centerA = await center(world.regionA);
  world.centerB = await center(world.regionB);
  world.centerC = await center(world.regionA);
  world.trainingA = await createRecord(base, 'service-centers', { regionId: world.regionA.id, jurisdictionId: jurisdiction.id, onboardingStatus: 'training' });
  const templates = (await api(base, 'GET', '/api/audit-templates?_sort=id')).body as Body[];
  initialTemplate = templates.find((t) => t.key === INITIAL.key)!;
  annualTemplate = templates.find((t) => t.key === ANNUAL.key)!;
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  cookies.compliance = await userFor('compliance', {});
  cookies.onboarding = await userFor('onboarding', {});
  cookies['regional-manager'] = await userFor('regional-manager', { regionId: world.regionA.id });
  cookies['center-staff'] = await userFor('center-staff', { serviceCenterId: world.centerA.id });
  cookies.customer = await userFor('customer', { customerId: (await createRecord(base, 'customers')).id });
});
afterAll(() => server.close());

describe('audit templates', () => {
  test('the shipped templates are stored with their fingerprints; everyone reads them', async () => {
    expect(initialTemplate).toMatchObject({ key: INITIAL.key, version: INITIAL.version, kind: 'initial', title: INITIAL.title });
    expect(String(initialTemplate.fingerprint)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(initialTemplate.definition).toEqual(JSON.parse(JSON.stringify(INITIAL)));
    // the provider's staff and its centers; a customer has no use for audit checklists
    for (const role of ROLES) expect((await as(role, 'GET', '/api/audit-templates')).status, role).toBe(role === 'customer' ? 403 : 200);
  });
  test('an invalid definition is refused with the engine’s reasons under its fields', async () => {
    const res = await api(base, 'POST', '/api/audit-templates', { definition: { key: 'Bad Key', sections: [] } });
    expectErrorBody(res, 400);
    expect(res.body.errors).toMatchObject({ 'definition.key': expect.stringMatching(/lowercase key/), 'definition.sections': 'at least one section' });
  });
  test('a new version is created by admins only; key, version, kind, title and fingerprint follow the definition', async () => {
    const definition = { ...ANNUAL, version: 7, title: 'Annual audit, trial' };
    expectErrorBody(await as('compliance', 'POST', '/api/audit-templates', { definition }), 403);
    const res = await api(base, 'POST', '/api/audit-templates', { definition, key: 'ignored' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ key: ANNUAL.key, version: 7, kind: 'annual', title: 'Annual audit, trial', status: 'draft', publishedAt: null });
    expectErrorBody(await api(base, 'POST', '/api/audit-templates', { definition }), 409);
    // a draft: may still be corrected, then deleted
    const fixed = await api(base, 'PATCH', `/api/audit-templates/${res.body.id}`, { definition: { ...definition, title: 'Annual audit, trial 2' } });
    expect(fixed.status).toBe(200);
    expect(fixed.body.title).toBe('Annual audit, trial 2');
    expect(fixed.body.fingerprint).not.toBe(res.body.fingerprint);
    expect((await api(base, 'DELETE', `/api/audit-templates/${res.body.id}`)).status).toBe(200);
  });
  test('a published template can be neither changed nor deleted', async () => {
    await draft(world.centerC, 'initial', {});
    const before = await snapshot(server.db);
    for (const [method, body] of [['PATCH', { definition: { ...INITIAL, title: 'x' } }], ['PUT', { definition: INITIAL }], ['DELETE', undefined]] as const) {
      const res = await api(base, method, `/api/audit-templates/${initialTemplate.id}`, body);
      expectErrorBody(res, 409);
      expect(res.body.message).toBe('A published checklist is never changed: make a new version');
    }
    expect(await snapshot(server.db)).toEqual(before);
  });
});

describe('submitting an audit', () => {
  test('an incomplete audit answers 409 naming the missing items and changes nothing', async () => {
    const answers = sampleAnswers(INITIAL);
    const [a, b] = itemKeys(INITIAL);
    delete answers[a];
    delete answers[b];
    const audit = await draft(world.centerA, 'initial', answers);
    const before = await snapshot(server.db);
    const res = await submit(audit);
    expectErrorBody(res, 409);
    expect(res.body.errors.answers).toBe(`2 items unanswered: ${a}, ${b}`);
    expect(await snapshot(server.db)).toEqual(before);
    await api(base, 'DELETE', `/api/audits/${audit.id}`);
  });

  test('scores on the server, stores findings, corrective actions and a reproducible rating, and logs it', async () => {
    const initial = await draft(world.centerA, 'initial', sampleAnswers(INITIAL), { auditDate: '2025-02-01' });
    const first = await submit(initial, 'compliance');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ status: 'submitted', score: 100, band: 'excellent', criticalFailure: false, submittedBy: 'The compliance' });

    const answers = sampleAnswers(ANNUAL, [criticalItem.key, majorItem.key]);
    const audit = await draft(world.centerA, 'annual', answers);
    const res = await submit(audit);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = scoreAudit(ANNUAL, answers, { auditDate: '2026-03-10' });
    expect(res.body).toMatchObject({
      id: audit.id,
      status: 'submitted',
      score: expected.percent,
      rawScore: expected.rawPercent,
      band: expected.band!.key,
      nextAuditDue: expected.nextAuditDue,
      criticalFailure: true,
      version: 2,
    });
    expect(res.body.sectionResults).toEqual(JSON.parse(JSON.stringify(expected.sections)));
    expect(res.body.score).toBe(69);

    const findings = (await api(base, 'GET', `/api/findings?auditId=${audit.id}&_sort=id`)).body as Body[];
    expect(findings.map((f) => [f.itemKey, f.severity])).toEqual(expected.findings.map((f) => [f.itemKey, f.severity]));
    const actions = (await api(base, 'GET', `/api/corrective-actions?auditId=${audit.id}&_sort=id`)).body as Body[];
    expect(actions).toHaveLength(findings.length);
    expect(actions.map((a) => [a.findingId, a.status, a.dueDate])).toEqual(findings.map((f, i) => [f.id, 'open', expected.findings[i].dueDate]));

    const center = (await api(base, 'GET', `/api/service-centers/${world.centerA.id}`)).body;
    const history = (await api(base, 'GET', `/api/ratings?serviceCenterId=${world.centerA.id}&_sort=id&_order=desc`)).body as Body[];
    expect(history.length).toBe(2);
    const rating = history[0];
    expect(center).toMatchObject({ rating: rating.score, ratingStars: rating.stars, ratingGrade: rating.grade, ratedAt: rating.computedAt });
    expect(center.version).toBe(world.centerA.version); // derived: nobody's edit goes stale
    const again = recomputeRating(rating.inputs as never, String(rating.methodologyVersion));
    expect(again.score).toBe(rating.score);
    expect(again.contributions).toEqual(rating.explanation);
    expect(rating.inputs).toMatchObject({ baseline: { percent: 100 }, audits: [{ id: audit.id, percent: 69 }], correctiveActions: { open: actions.length } });

    const log = (await api(base, 'GET', `/api/audit-log?resource=audits&recordId=${audit.id}&_sort=id`)).body as Body[];
    expect(log.map((e) => e.action)).toEqual(['create', 'submit']);
    expect(log[1].summary).toMatch(/^Submitted: 69 %/);
    expect((log[1].diff as Body).status).toEqual(['draft', 'submitted']);
    world.submitted = res.body;
    world.majorAction = actions.find((a) => a.severity === 'major')!;
  });

  test('a submitted audit is read-only: PATCH, PUT, DELETE and a second submit answer 409', async () => {
    const audit = world.submitted;
    const before = await snapshot(server.db);
    for (const [method, url, body] of [
      ['PATCH', `/api/audits/${audit.id}`, { notes: 'late fix' }],
      ['PUT', `/api/audits/${audit.id}`, { ...audit, auditor: 'Someone else' }],
      ['DELETE', `/api/audits/${audit.id}`, undefined],
      ['POST', `/api/audits/${audit.id}/submit`, undefined],
    ] as const) {
      const res = await api(base, method, url, body);
      expectErrorBody(res, 409);
    }
    expect((await api(base, 'PATCH', `/api/audits/${audit.id}`, { notes: 'x' })).body.message).toBe(
      'A submitted audit is read-only; record corrections in an amending audit',
    );
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('submitting needs X-Requested-With and the permission to update audits', async () => {
    const audit = await draft(world.centerA, 'annual', sampleAnswers(ANNUAL), { auditDate: '2026-04-01' });
    expectErrorBody(await api(base, 'POST', `/api/audits/${audit.id}/submit`, undefined, { 'x-requested-with': '' }), 403);
    expectErrorBody(await as('regional-manager', 'POST', `/api/audits/${audit.id}/submit`), 403);
    expectErrorBody(await as('center-staff', 'POST', `/api/audits/${audit.id}/submit`), 403);
    expectErrorBody(await api(base, 'POST', '/api/audits/987654/submit'), 404);
    expect((await api(base, 'DELETE', `/api/audits/${audit.id}`)).status).toBe(200);
  });
});

describe('amending audits', () => {
  test('must amend a submitted audit of the same center', async () => {
    const answers = sampleAnswers(ANNUAL);
    const missing = await api(base, 'POST', '/api/audits', { serviceCenterId: world.centerA.id, templateId: annualTemplate.id, kind: 'amending', auditor: 'A', auditDate: '2026-03-20', answers });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.amendsAuditId).toMatch(/Required/);
    const otherCenter = await api(base, 'POST', '/api/audits', { serviceCenterId: world.centerB.id, templateId: annualTemplate.id, kind: 'amending', amendsAuditId: world.submitted.id, auditor: 'A', auditDate: '2026-03-20', answers });
    expect(otherCenter.body.errors.amendsAuditId).toMatch(/same service center/);
    const aDraft = await draft(world.centerA, 'annual', answers, { auditDate: '2026-03-21' });
    const ofDraft = await api(base, 'POST', '/api/audits', { serviceCenterId: world.centerA.id, templateId: annualTemplate.id, kind: 'amending', amendsAuditId: aDraft.id, auditor: 'A', auditDate: '2026-03-20', answers });
    expect(ofDraft.body.errors.amendsAuditId).toMatch(/submitted/);
    const notAmending = await api(base, 'POST', '/api/audits', { serviceCenterId: world.centerA.id, templateId: annualTemplate.id, kind: 'annual', amendsAuditId: world.submitted.id, auditor: 'A', auditDate: '2026-03-20', answers });
    expect(notAmending.status).toBe(400);
    const wrongTemplate = await api(base, 'POST', '/api/audits', { serviceCenterId: world.centerA.id, templateId: initialTemplate.id, kind: 'annual', auditor: 'A', auditDate: '2026-03-20', answers });
    expect(wrongTemplate.body.errors.templateId).toMatch(/template/);
    await api(base, 'DELETE', `/api/audits/${aDraft.id}`);
  });

  test("an amending audit's result replaces the amended one in the rating", async () => {
    const amending = await draft(world.centerA, 'amending', sampleAnswers(ANNUAL), { amendsAuditId: world.submitted.id, auditDate: '2026-03-12' });
    const res = await submit(amending);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.score).toBe(100);
    const [latest] = (await api(base, 'GET', `/api/ratings?serviceCenterId=${world.centerA.id}&_sort=id&_order=desc&_limit=1`)).body as Body[];
    expect((latest.inputs as Body).audits).toEqual([{ id: world.submitted.id, date: '2026-03-10', percent: 100 }]);
  });

  test('onboarding staff record initial assessments only', async () => {
    const body = { serviceCenterId: world.trainingA.id, templateId: annualTemplate.id, kind: 'annual', auditor: 'O', auditDate: '2026-03-01', answers: {} };
    const res = await as('onboarding', 'POST', '/api/audits', body);
    expectErrorBody(res, 403);
    expect(res.body.message).toBe('Onboarding staff record initial assessments only');
    const ok = await as('onboarding', 'POST', '/api/audits', { ...body, kind: 'initial', templateId: initialTemplate.id });
    expect(ok.status).toBe(201);
    expect(ok.body.status).toBe('draft');
  });

  test('onboarding staff cannot open, edit or submit an initial assessment of a live center (its rating stays)', async () => {
    const body = { serviceCenterId: world.centerC.id, templateId: initialTemplate.id, kind: 'initial', auditor: 'O', auditDate: '2026-03-01', answers: sampleAnswers(INITIAL, [INITIAL.sections[0].items[0].key]) };
    const before = await snapshot(server.db);
    const opened = await as('onboarding', 'POST', '/api/audits', body);
    expectErrorBody(opened, 403);
    expect(opened.body.message).toBe('Onboarding staff act only on centers that are not live yet');
    expect(await snapshot(server.db)).toEqual(before);
    const draft = (await api(base, 'POST', '/api/audits', body)).body as Body;
    const rating = (await api(base, 'GET', `/api/service-centers/${world.centerC.id}`)).body.rating;
    const snap = await snapshot(server.db);
    expectErrorBody(await as('onboarding', 'PATCH', `/api/audits/${draft.id}`, { notes: 'x' }), 403);
    expectErrorBody(await submit(draft, 'onboarding'), 403);
    expect(await snapshot(server.db)).toEqual(snap);
    expect((await api(base, 'GET', `/api/service-centers/${world.centerC.id}`)).body.rating).toBe(rating);
  });
});

describe('corrective actions', () => {
  test('a major action closes only with an evidence file attached; closedAt follows the status', async () => {
    const action = world.majorAction;
    const before = await snapshot(server.db);
    const refused = await as('compliance', 'PATCH', `/api/corrective-actions/${action.id}`, { status: 'done', evidence: 'Photo of the new seals, invoice 4411' });
    expectErrorBody(refused, 409);
    expect(refused.body.message).toBe('A major or critical corrective action closes only with an evidence file attached');
    expect(refused.body.errors.evidence).toMatch(/./);
    expect(await snapshot(server.db)).toEqual(before);
    const evidence = { fileName: 'seals.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4\n% seals\n').toString('base64'), notes: 'Invoice 4411' };
    expectErrorBody(await as('regional-manager', 'POST', `/api/corrective-actions/${action.id}/evidence`, evidence), 403);
    expect(await snapshot(server.db)).toEqual(before);
    const attached = await as('compliance', 'POST', `/api/corrective-actions/${action.id}/evidence`, evidence);
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    expect(attached.body).toMatchObject({ correctiveActionId: action.id, serviceCenterId: action.serviceCenterId, kind: 'corrective-action-evidence', fileName: 'seals.pdf' });
    expect((await as('compliance', 'GET', `/api/documents/${attached.body.id}/file`)).status).toBe(200);
    const owner = await as('compliance', 'PATCH', `/api/corrective-actions/${action.id}`, { owner: 'Sam Manager', dueDate: '2099-04-30', dueDateReason: 'Seals on back order' });
    expect(owner.status).toBe(200);
    const done = await as('compliance', 'PATCH', `/api/corrective-actions/${action.id}`, { status: 'done', evidence: 'Photo of the new seals, invoice 4411' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', owner: 'Sam Manager', dueDate: '2099-04-30' });
    expect(Date.now() - Date.parse(done.body.closedAt)).toBeLessThan(10_000);
    const reopened = await api(base, 'PATCH', `/api/corrective-actions/${action.id}`, { status: 'open' });
    expect(reopened.body.closedAt).toBeNull();
  });
  test('a due date moves only by compliance, with a reason, never earlier than today; the move and its reason are logged', async () => {
    const answers = sampleAnswers(ANNUAL, [majorItem.key]);
    const audit = await draft(world.centerC, 'annual', answers, { auditDate: '2026-02-03' });
    expect((await submit(audit)).status).toBe(200);
    const [action] = (await api(base, 'GET', `/api/corrective-actions?auditId=${audit.id}&_sort=id`)).body as Body[];
    const url = `/api/corrective-actions/${String(action.id)}`;
    const today = new Date().toISOString().slice(0, 10);
    const refusals: [Role, Body, number, string][] = [
      ['admin', { dueDate: '2099-01-01', dueDateReason: 'Parts on order' }, 403, 'message'],
      ['compliance', { dueDate: '2099-01-01' }, 400, 'dueDateReason'],
      ['compliance', { dueDate: '2099-01-01', dueDateReason: '  ' }, 400, 'dueDateReason'],
      ['compliance', { dueDate: '2020-01-01', dueDateReason: 'Backdated' }, 400, 'dueDate'],
      ['compliance', { dueDate: null, dueDateReason: 'No deadline' }, 400, 'dueDate'],
    ];
    for (const [role, body, status, field] of refusals) {
      const before = await snapshot(server.db);
      const res = await as(role, 'PATCH', url, body);
      expectErrorBody(res, status);
      if (field === 'message') expect(res.body.message).toBe("Only compliance reviewers move a corrective action's due date");
      else expect(Object.keys(res.body.errors), JSON.stringify(body)).toEqual([field]);
      expect(await snapshot(server.db)).toEqual(before);
    }
    const moved = await as('compliance', 'PATCH', url, { dueDate: today, dueDateReason: 'Parts on order' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ dueDate: today, dueDateReason: 'Parts on order' });
    // a new move needs a new reason; editing anything else (the whole record sent back) needs none
    expectErrorBody(await as('compliance', 'PATCH', url, { dueDate: '2099-01-02', dueDateReason: 'Parts on order' }), 400);
    const edited = await as('admin', 'PUT', url, { ...moved.body, owner: 'Kim' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const [log] = await server.db.selectFrom('auditLog').select('diff').where('resource', '=', 'corrective-actions').where('recordId', '=', Number(action.id)).where('action', '=', 'update').orderBy('id').execute();
    expect(JSON.parse(String(log.diff))).toMatchObject({ dueDate: [action.dueDate, today], dueDateReason: [null, 'Parts on order'] });
    // closed again: the center's rating tests below count its open actions
    await attachEvidence(action);
    expect((await api(base, 'PATCH', url, { status: 'verified', evidence: 'Checked on site' })).status).toBe(200);
  });

  test('closing every action of an audit closes it; reopening one reopens it; the rating follows', async () => {
    const answers = sampleAnswers(ANNUAL, [majorItem.key]);
    const audit = await draft(world.centerC, 'annual', answers, { auditDate: '2026-02-01' });
    expect((await submit(audit)).status).toBe(200);
    const actions = (await api(base, 'GET', `/api/corrective-actions?auditId=${audit.id}`)).body as Body[];
    expect(actions.length).toBeGreaterThan(0);
    const ratingsBefore = Number((await api(base, 'GET', `/api/ratings?serviceCenterId=${world.centerC.id}&_start=0&_end=1`)).headers.get('x-total-count'));
    for (const action of actions) {
      await attachEvidence(action);
      const res = await api(base, 'PATCH', `/api/corrective-actions/${action.id}`, { status: 'verified', evidence: 'Checked on site' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect((await api(base, 'GET', `/api/audits/${audit.id}`)).body.status).toBe('closed');
    const [latest] = (await api(base, 'GET', `/api/ratings?serviceCenterId=${world.centerC.id}&_sort=id&_order=desc&_limit=1`)).body as Body[];
    expect((latest.inputs as Body).correctiveActions).toEqual({ open: 0, overdue: 0 });
    const ratingsAfter = Number((await api(base, 'GET', `/api/ratings?serviceCenterId=${world.centerC.id}&_start=0&_end=1`)).headers.get('x-total-count'));
    expect(ratingsAfter).toBe(ratingsBefore + actions.length);
    await api(base, 'PATCH', `/api/corrective-actions/${actions[0].id}`, { status: 'open' });
    expect((await api(base, 'GET', `/api/audits/${audit.id}`)).body.status).toBe('submitted');
    // a closed audit is as read-only as a submitted one
    expectErrorBody(await api(base, 'PATCH', `/api/audits/${audit.id}`, { notes: 'x' }), 409);
  });
  test('ratings and findings are read-only through the API', async () => {
    for (const resource of ['ratings', 'findings']) {
      expectErrorBody(await api(base, 'POST', `/api/${resource}`, {}), 404);
      expectErrorBody(await api(base, 'DELETE', `/api/${resource}/1`), 404);
    }
  });
  test('server-owned fields are ignored; nobody creates or deletes them; only admin and compliance update', async () => {
    const action = world.majorAction;
    const res = await api(base, 'PATCH', `/api/corrective-actions/${action.id}`, { severity: 'observation', description: 'x', owner: 'Kim' });
    expect(res.body).toMatchObject({ severity: 'major', description: action.description, owner: 'Kim' });
    for (const role of ROLES) {
      expectErrorBody(await as(role, 'POST', '/api/corrective-actions', { status: 'open' }), 403);
      expectErrorBody(await as(role, 'DELETE', `/api/corrective-actions/${action.id}`), 403);
      const update = await as(role, 'PATCH', `/api/corrective-actions/${action.id}`, { owner: `by ${role}` });
      const may = ['admin', 'compliance'].includes(role);
      if (may) expect(update.status, role).toBe(200);
      else expectErrorBody(update, 403);
    }
  });
});

describe('row scope and rating lists', () => {
  test('a regional manager and center staff see audits, findings, actions and ratings of their centers only', async () => {
    const other = await draft(world.centerB, 'initial', sampleAnswers(INITIAL, itemKeys(INITIAL).slice(0, 3)));
    expect((await submit(other)).status).toBe(200);
    for (const role of ['regional-manager', 'center-staff'] as const) {
      for (const resource of ['audits', 'findings', 'corrective-actions', 'ratings']) {
        const res = await as(role, 'GET', `/api/${resource}?_start=0&_end=1000`);
        expect(res.status, `${role} ${resource}`).toBe(200);
        expect(res.body.length, `${role} ${resource}`).toBeGreaterThan(0);
        expect(res.body.every((r: Body) => r.serviceCenterId !== world.centerB.id), `${role} ${resource}`).toBe(true);
      }
      expectErrorBody(await as(role, 'GET', `/api/audits/${other.id}`), 404);
    }
    const findings = await as('regional-manager', 'GET', `/api/findings?auditId=${other.id}`);
    expect(findings.body).toEqual([]);
  });

  test('POST /api/service-centers/:id/rating recomputes for admin and compliance only', async () => {
    const res = await as('compliance', 'POST', `/api/service-centers/${world.centerB.id}/rating`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ serviceCenterId: world.centerB.id, methodologyVersion: expect.any(String) });
    expect(recomputeRating(res.body.inputs, res.body.methodologyVersion).score).toBe(res.body.score);
    for (const role of ['regional-manager', 'onboarding', 'center-staff'] as const) {
      expectErrorBody(await as(role, 'POST', `/api/service-centers/${world.centerA.id}/rating`), 403);
    }
    expectErrorBody(await api(base, 'POST', '/api/service-centers/987654/rating'), 404);
  });

  test('centers sort and filter by rating; unrated centers have a null rating', async () => {
    const fresh = await createRecord(base, 'service-centers', { regionId: world.regionA.id });
    expect(fresh.rating).toBeNull();
    const sorted = (await api(base, 'GET', '/api/service-centers?rating_gte=0&_sort=rating&_order=desc')).body as Body[];
    expect(sorted.map((s) => s.id).sort()).toEqual([world.centerA.id, world.centerB.id, world.centerC.id].sort());
    const scores = sorted.map((s) => s.rating as number);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const top = scores[0];
    const high = (await api(base, 'GET', `/api/service-centers?rating_gte=${top}`)).body as Body[];
    expect(high.map((s) => s.id)).toEqual([sorted[0].id]);
    const graded = await api(base, 'GET', `/api/service-centers?ratingGrade=${sorted[0].ratingGrade}`);
    expect(graded.body.map((s: Body) => s.id)).toContain(sorted[0].id);
  });
});

describe('role × action on templates and corrective actions against the real server', () => {
  const cases = ROLES.flatMap((role) =>
    ['audit-templates', 'corrective-actions'].flatMap((resource) => CRUD_ACTIONS.map((action) => ({ role, resource, action, allowed: expected(role, resource, action) }))),
  );
  let n = 100;
  test.each(cases)('$role $action $resource → allowed: $allowed', async ({ role, resource, action, allowed }) => {
    let record: Body | undefined;
    // a checklist of its own (one draft per checklist at a time)
    const key = `role-check-${++n}`;
    if (resource === 'audit-templates' && action !== 'create') {
      record = (await api(base, 'POST', '/api/audit-templates', { definition: { ...ANNUAL, key } })).body;
    }
    if (resource === 'corrective-actions') {
      record = (await api(base, 'GET', `/api/corrective-actions?serviceCenterId=${world.centerA.id}&_sort=id&_limit=1`)).body[0];
    }
    const body = resource === 'audit-templates' ? { definition: { ...ANNUAL, key, version: ++n } } : { owner: `Owner ${++n}` };
    const before = await snapshot(server.db);
    const res = await {
      read: () => as(role, 'GET', `/api/${resource}?_start=0&_end=5`),
      create: () => as(role, 'POST', `/api/${resource}`, body),
      update: () => as(role, 'PATCH', `/api/${resource}/${record!.id}`, body),
      delete: () => as(role, 'DELETE', `/api/${resource}/${record!.id}`),
    }[action]();
    if (allowed) {
      expect(res.status, JSON.stringify(res.body)).toBe({ read: 200, create: 201, update: 200, delete: 200 }[action]);
    } else {
      expectErrorBody(res, 403);
      expect(await snapshot(server.db)).toEqual(before);
    }
  });
});
