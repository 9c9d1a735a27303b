import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES, rateCenter, suggestWhatIfs, type OpenAction, type RatingInputs } from '../../audits/index.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { looseDb } from '../../server/db/database.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role, string>;
const world: Record<string, Body> = {};
let actions: Body[] = [];
let overdueId = 0;

const INITIAL = TEMPLATES.find((t) => t.kind === 'initial')!;
const ANNUAL = TEMPLATES.find((t) => t.kind === 'annual')!;
const failing = ANNUAL.sections
  .flatMap((s) => s.items)
  .filter((i) => !i.critical)
  .slice(0, 3)
  .map((i) => i.key);

const as = (role: Role, center: Body, body: unknown) => api(base, 'POST', `/api/service-centers/${String(center.id)}/rating/what-if`, body, { cookie: cookies[role] });

async function submitted(center: Body, kind: 'initial' | 'annual', answers: Body, auditDate: string) {
  const templates = (await api(base, 'GET', `/api/audit-templates?key=${kind === 'initial' ? INITIAL.key : ANNUAL.key}`)).body as Body[];
  const audit = await post(base, 'audits', { serviceCenterId: center.id, templateId: templates[0].id, kind, auditor: 'Ada Auditor', auditDate, answers });
  const res = await api(base, 'POST', `/api/audits/${String(audit.id)}/submit`, {});
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return audit;
}

/** The center's rating inputs as a recompute stores them now (the same gathering the what-if uses). */
async function storedInputs(center: Body): Promise<RatingInputs> {
  const res = await api(base, 'POST', `/api/service-centers/${String(center.id)}/rating`, {});
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.inputs as RatingInputs;
}

/** Every table's row count, and the audit log itself. */
async function everything() {
  const tables = await server.db.introspection.getTables();
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await looseDb(server.db).selectFrom(name).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { counts, rows: await snapshot(server.db) };
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  world.regionA = await createRecord(base, 'regions');
  world.regionB = await createRecord(base, 'regions');
  world.centerA = await liveCenter(base, server.db, { regionId: world.regionA.id, jurisdictionId: jurisdiction.id });
  world.centerB = await liveCenter(base, server.db, { regionId: world.regionB.id, jurisdictionId: jurisdiction.id });
  await submitted(world.centerA, 'initial', sampleAnswers(INITIAL), '2025-02-01');
  const audit = await submitted(world.centerA, 'annual', sampleAnswers(ANNUAL, failing), '2026-03-10');
  await submitted(world.centerB, 'annual', sampleAnswers(ANNUAL, failing), '2026-03-10');
  actions = (await api(base, 'GET', `/api/corrective-actions?auditId=${String(audit.id)}&_sort=id`)).body as Body[];
  expect(actions).toHaveLength(failing.length);
  overdueId = Number(actions[0].id);
  // one overdue, the others due later
  await server.db.updateTable('correctiveActions').set({ dueDate: '2099-01-01' }).where('auditId', '=', Number(audit.id)).where('id', '<>', overdueId).execute();

  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  const user = async (role: Role, extra: Body) => {
    await post(base, 'users', { name: `${role} what-if`, email: `${role}@what-if.test`, role, password: 'what-if-1', ...extra });
    cookies[role] = await signIn(base, `${role}@what-if.test`, 'what-if-1');
  };
  await user('compliance', {});
  await user('onboarding', {});
  await user('regional-manager', { regionId: world.regionA.id });
  await user('center-staff', { serviceCenterId: world.centerA.id });
  await user('customer', { customerId: (await createRecord(base, 'customers')).id });
});
afterAll(() => server.close());

describe('POST /api/service-centers/:id/rating/what-if', () => {
  test('the current and the projected rating are the engine on the real inputs and on a hand-modified copy', async () => {
    const inputs = await storedInputs(world.centerA);
    expect(inputs.correctiveActions).toEqual({ open: 3, overdue: 1 });
    const today = inputs.asOf;
    const res = await as('regional-manager', world.centerA, { closeCorrectiveActions: [overdueId], nextAudit: { percent: 92 }, complaints: 0 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const modified: RatingInputs = {
      ...inputs,
      correctiveActions: { open: 2, overdue: 0 },
      audits: [...inputs.audits!, { id: 'what-if', date: today, percent: 92 }],
      operations: { ...inputs.operations, complaints: 0 },
    };
    expect(res.body).toMatchObject({ serviceCenterId: world.centerA.id, asOf: today, changes: { closeCorrectiveActions: [overdueId], nextAudit: { percent: 92 }, complaints: 0 } });
    expect(res.body.current).toEqual(rateCenter(inputs));
    expect(res.body.projected).toEqual(rateCenter(modified));
    expect(res.body.projected.score).toBeGreaterThan(res.body.current.score);
    expect(res.body.openActions.map((a: Body) => [a.id, a.overdue])).toEqual(actions.map((a) => [a.id, a.id === overdueId]));

    const all = await as('compliance', world.centerA, { closeCorrectiveActions: 'all' });
    expect(all.body.projected).toEqual(rateCenter({ ...inputs, correctiveActions: { open: 0, overdue: 0 } }));
    const none = await as('admin', world.centerA, {});
    expect(none.body.projected).toEqual(none.body.current);
  });

  test('names the three single changes that raise the rating most, each rated by the engine', async () => {
    const inputs = await storedInputs(world.centerA);
    const res = await as('compliance', world.centerA, undefined);
    expect(res.status).toBe(200);
    const { suggestions } = res.body as { suggestions: { changes: Body; label: string; rating: { score: number } }[] };
    expect(suggestions).toHaveLength(3);
    expect(suggestions).toEqual(suggestWhatIfs(inputs, res.body.openActions as OpenAction[]));
    expect(suggestions.map((s) => s.changes)).toContainEqual({ closeCorrectiveActions: 'all' });
    for (const s of suggestions) {
      const projected = await as('compliance', world.centerA, s.changes);
      expect(s.rating).toEqual(projected.body.projected);
      expect(s.rating.score).toBeGreaterThan(rateCenter(inputs).score!);
    }
    expect(suggestions.map((s) => s.rating.score)).toEqual([...suggestions.map((s) => s.rating.score)].sort((a, b) => b - a));
  });

  test('writes nothing: every table, every row, the audit log', async () => {
    const before = await everything();
    for (const role of ['admin', 'compliance', 'regional-manager'] as const) {
      expect((await as(role, world.centerA, { closeCorrectiveActions: 'all', nextAudit: { percent: 100 } })).status).toBe(200);
    }
    expectErrorBody(await as('compliance', world.centerA, { closeCorrectiveActions: [987654] }), 400);
    expect(await everything()).toEqual(before);
  });

  test('administrators, compliance and regional managers may ask; anyone else is refused before the center is looked up', async () => {
    const allowed = ['admin', 'compliance', 'regional-manager'];
    for (const role of ROLES) {
      const res = await as(role, world.centerA, {});
      if (allowed.includes(role)) expect(res.status, role).toBe(200);
      else {
        expectErrorBody(res, 403, role);
        expectErrorBody(await as(role, { id: 987654 }, {}), 403, role);
      }
    }
    const dryRun = async (role: Role) => (await api(base, 'GET', `/api/service-centers/${String(world.centerA.id)}/actions`, undefined, { cookie: cookies[role] })).body as Body;
    expect((await dryRun('regional-manager'))['rating-what-if']).toEqual({ allowed: true });
    expect((await dryRun('center-staff'))['rating-what-if']).toMatchObject({ allowed: false, status: 403, reason: expect.stringMatching(/what would change a rating/) });
  });

  test("a regional manager asks about their region's centers only: another region's is not found", async () => {
    expectErrorBody(await as('regional-manager', world.centerB, {}), 404);
    expectErrorBody(await as('compliance', { id: 987654 }, {}), 404);
    expect((await as('compliance', world.centerB, {})).status).toBe(200);
  });

  test('bad changes are a 400 naming the field: an action not open at this center, unknown keys, out-of-range values', async () => {
    const otherCenters = (await api(base, 'GET', `/api/corrective-actions?serviceCenterId=${String(world.centerB.id)}`)).body as Body[];
    const foreign = Number(otherCenters[0].id);
    const refused = await as('compliance', world.centerA, { closeCorrectiveActions: [Number(actions[1].id), foreign] });
    expectErrorBody(refused, 400);
    expect(refused.body.errors).toEqual({ closeCorrectiveActions: `Corrective action ${foreign} is not an open action of this center` });

    const cases: [unknown, string[]][] = [
      [{ closeCorrectiveActions: 'some' }, ['closeCorrectiveActions']],
      [{ closeCorrectiveActions: [1.5] }, ['closeCorrectiveActions']],
      [{ nextAudit: { percent: 101 } }, ['nextAudit.percent']],
      [{ nextAudit: { percent: 90, critical: true } }, ['critical']],
      [{ complaints: -1 }, ['complaints']],
      [{ colour: 'red' }, ['colour']],
    ];
    for (const [body, fields] of cases) {
      const res = await as('compliance', world.centerA, body);
      expectErrorBody(res, 400, JSON.stringify(body));
      expect(Object.keys(res.body.errors), JSON.stringify(body)).toEqual(fields);
    }
  });
});
