import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES, scoreAudit, type AuditTemplate } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot } from './fixtures.ts';

/**
 * Checklists as data: administrators make a new version (a draft copy), edit it, publish it; a
 * published version is never changed; new audits take the current published version of their
 * kind, audits started on an earlier one keep it and are scored with it. The steps build on each
 * other, in order.
 */

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let center: Body;
let compliance: string;
let v1: Body;
let v2: Body;
/** An audit submitted on v1 before v2 was published, and a draft started on v1. */
let submittedOnV1: Body;
let draftOnV1: Body;

const ANNUAL = TEMPLATES.find((t) => t.kind === 'annual')!;
const items = ANNUAL.sections.flatMap((s) => s.items);
/** The non-critical item that fails in the audits below; v2 makes it weigh ten times more. */
const failing = items.find((i) => !i.critical && i.kind === 'yesNo')!;
const answers = sampleAnswers(ANNUAL, [failing.key]);

/** v2's checklist: the failing item weighs ten times more, the other items as in v1. */
const heavier = (t: AuditTemplate): AuditTemplate => ({
  ...t,
  sections: t.sections.map((s) => ({ ...s, items: s.items.map((i) => (i.key === failing.key ? { ...i, weight: i.weight * 10 } : i)) })),
});

const asCompliance = (method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: compliance });
const newAudit = (extra: Body = {}) => api(base, 'POST', '/api/audits', { serviceCenterId: center.id, kind: 'annual', auditor: 'Ada Auditor', auditDate: '2026-04-01', answers, ...extra });

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  center = await liveCenter(base, server.db, { regionId: (await createRecord(base, 'regions')).id, jurisdictionId: jurisdiction.id });
  await post(base, 'users', { name: 'Casey Checker', email: 'compliance@checklists.test', role: 'compliance', password: 'check-pass-1' });
  compliance = await signIn(base, 'compliance@checklists.test', 'check-pass-1');
  v1 = (await api(base, 'GET', `/api/audit-templates?key=${ANNUAL.key}&version=1`)).body[0];
  submittedOnV1 = (await newAudit({ templateId: v1.id })).body;
  expect((await api(base, 'POST', `/api/audits/${String(submittedOnV1.id)}/submit`)).status).toBe(200);
  draftOnV1 = (await newAudit()).body;
});
afterAll(() => server.close());

describe('a checklist’s versions', () => {
  test('the shipped checklists are published; an audit that names none gets the current one of its kind', () => {
    expect(v1).toMatchObject({ status: 'published', version: 1, publishedAt: expect.any(String) });
    expect(draftOnV1).toMatchObject({ templateId: v1.id, status: 'draft' });
  });

  test('a new version is a draft copy numbered after the highest, made by administrators only, one draft at a time', async () => {
    const before = await snapshot(server.db);
    expectErrorBody(await asCompliance('POST', `/api/audit-templates/${String(v1.id)}/new-version`), 403);
    expect(await snapshot(server.db)).toEqual(before);
    const res = await api(base, 'POST', `/api/audit-templates/${String(v1.id)}/new-version`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    v2 = res.body;
    expect(v2).toMatchObject({ key: ANNUAL.key, version: 2, kind: 'annual', status: 'draft', publishedAt: null, definition: { ...JSON.parse(JSON.stringify(ANNUAL)), version: 2 } });
    const again = await api(base, 'POST', `/api/audit-templates/${String(v1.id)}/new-version`);
    expectErrorBody(again, 409);
    expect(again.body.message).toBe('Version 2 of this checklist is a draft already: edit it');
    const created = await api(base, 'POST', '/api/audit-templates', { definition: { ...ANNUAL, version: 9 } });
    expectErrorBody(created, 409);
    expect(created.body.errors['definition.key']).toBe('Version 2 of this checklist is a draft already: edit it');
    const ofDraft = await api(base, 'POST', `/api/audit-templates/${String(v2.id)}/new-version`);
    expectErrorBody(ofDraft, 409);
    expect(ofDraft.body.errors.status).toBe('This version is a draft: edit it and publish it');
  });

  test('a draft is edited by administrators only, and what the engine refuses is named under its field', async () => {
    const definition = heavier(v2.definition as AuditTemplate);
    expectErrorBody(await asCompliance('PATCH', `/api/audit-templates/${String(v2.id)}`, { definition }), 403);
    const broken = structuredClone(definition);
    broken.sections[1].items[2].weight = 0;
    broken.sections[0].title = '';
    const refused = await api(base, 'PATCH', `/api/audit-templates/${String(v2.id)}`, { definition: broken });
    expectErrorBody(refused, 400);
    expect(refused.body.errors).toEqual({ 'definition.sections.1.items.2.weight': 'must be a number > 0', 'definition.sections.0.title': 'required' });
    const saved = await api(base, 'PATCH', `/api/audit-templates/${String(v2.id)}`, { definition });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.status).toBe('draft');
  });

  test('a draft is seen by administrators only', async () => {
    expectErrorBody(await asCompliance('GET', `/api/audit-templates/${String(v2.id)}`), 404);
    const listed = await asCompliance('GET', `/api/audit-templates?key=${ANNUAL.key}&_start=0&_end=10`);
    expect(listed.body.map((t: Body) => t.version)).toEqual([1]);
    expect(listed.headers.get('x-total-count')).toBe('1');
    expect((await api(base, 'GET', `/api/audit-templates?key=${ANNUAL.key}&_sort=version`)).body.map((t: Body) => t.status)).toEqual(['published', 'draft']);
  });

  test('a draft is never used for an audit', async () => {
    const res = await newAudit({ templateId: v2.id });
    expectErrorBody(res, 400);
    expect(res.body.errors.templateId).toBe('A draft checklist is not used for audits: publish it first');
  });

  test('publishing is for administrators, of a draft the engine accepts whole', async () => {
    expectErrorBody(await asCompliance('POST', `/api/audit-templates/${String(v2.id)}/publish`), 403);
    // a draft stored before today's checks (the API never stores an invalid one): refused with the reasons, unchanged
    const stored = (await server.db.selectFrom('auditTemplates').select('definition').where('id', '=', v2.id as number).executeTakeFirstOrThrow()).definition;
    const invalid = JSON.parse(stored) as AuditTemplate;
    invalid.sections[0].items[0].correctiveAction = '';
    await server.db.updateTable('auditTemplates').set({ definition: JSON.stringify(invalid) }).where('id', '=', v2.id as number).execute();
    const refused = await api(base, 'POST', `/api/audit-templates/${String(v2.id)}/publish`);
    expectErrorBody(refused, 400);
    expect(refused.body.errors).toEqual({ 'definition.sections.0.items.0.correctiveAction': 'required' });
    await server.db.updateTable('auditTemplates').set({ definition: stored }).where('id', '=', v2.id as number).execute();

    const res = await api(base, 'POST', `/api/audit-templates/${String(v2.id)}/publish`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', publishedAt: expect.any(String), publishedById: expect.any(Number) });
    expect((await api(base, 'GET', `/api/audit-templates/${String(v1.id)}`)).body.status).toBe('retired');
    const log = (await api(base, 'GET', '/api/audit-log?resource=audit-templates&_sort=id')).body as Body[];
    expect(log.filter((e) => e.action === 'publish' || e.action === 'retire').map((e) => [e.action, e.recordId])).toEqual([
      ['publish', v2.id],
      ['retire', v1.id],
    ]);
    const twice = await api(base, 'POST', `/api/audit-templates/${String(v2.id)}/publish`);
    expectErrorBody(twice, 409);
    expect(twice.body.message).toBe('This version is published already');
  });

  test('a published or retired version is never changed or deleted, whatever the role', async () => {
    const before = await snapshot(server.db);
    for (const template of [v1, v2]) {
      for (const [method, body] of [['PATCH', { definition: { ...(v2.definition as AuditTemplate), title: 'Changed' } }], ['PUT', { definition: v2.definition }], ['DELETE', undefined]] as const) {
        const res = await api(base, method, `/api/audit-templates/${String(template.id)}`, body);
        expectErrorBody(res, 409);
        expect(res.body.message).toBe('A published checklist is never changed: make a new version');
      }
    }
    expect(await snapshot(server.db)).toEqual(before);
    const dryRun = (await api(base, 'GET', `/api/audit-templates/${String(v2.id)}/actions`)).body;
    expect(dryRun).toMatchObject({ update: { allowed: false, status: 409 }, publish: { allowed: false, status: 409 }, 'new-version': { allowed: true } });
  });

  test('new audits use the newest published version; audits started on v1 keep it and its score', async () => {
    const fresh = await newAudit();
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(201);
    expect(fresh.body.templateId).toBe(v2.id);
    const onOld = await newAudit({ templateId: v1.id });
    expectErrorBody(onOld, 400);
    expect(onOld.body.errors.templateId).toBe(`New audits use the current annual checklist, ${ANNUAL.title} (v2)`);

    const v1Score = scoreAudit(ANNUAL, answers, { auditDate: '2026-04-01' }).percent;
    const v2Score = scoreAudit(heavier({ ...ANNUAL, version: 2 }), answers, { auditDate: '2026-04-01' }).percent;
    expect(v2Score).toBeLessThan(v1Score!);
    expect((await api(base, 'GET', `/api/audits/${String(submittedOnV1.id)}`)).body).toMatchObject({ templateId: v1.id, score: v1Score });

    const submitted = await api(base, 'POST', `/api/audits/${String(draftOnV1.id)}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ templateId: v1.id, score: v1Score });
    const submittedV2 = await api(base, 'POST', `/api/audits/${String(fresh.body.id)}/submit`);
    expect(submittedV2.body).toMatchObject({ templateId: v2.id, score: v2Score });

    // an amendment of an audit on v1 may keep v1
    const amending = await newAudit({ kind: 'amending', amendsAuditId: submittedOnV1.id, templateId: v1.id });
    expect(amending.status, JSON.stringify(amending.body)).toBe(201);
  });

  test('versions only go up: a draft numbered below a published version of its key is not published', async () => {
    const definition = { ...heavier(ANNUAL), key: 'numbering-check', version: 5 };
    const five = await post(base, 'audit-templates', { definition });
    expect((await api(base, 'POST', `/api/audit-templates/${String(five.id)}/publish`)).status).toBe(200);
    const three = await post(base, 'audit-templates', { definition: { ...definition, version: 3 } });
    const res = await api(base, 'POST', `/api/audit-templates/${String(three.id)}/publish`);
    expectErrorBody(res, 409);
    expect(res.body.errors['definition.version']).toBe('Version 3 is not newer than version 5, already published');
    // and the checklist published last is the one new audits of its kind use
    expect((await newAudit()).body.templateId).toBe(five.id);
  });
});
