import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../server/auth/roles.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, snapshot, unique } from './fixtures.ts';
import { insertDemoHelpArticles } from '../../server/db/demo-data/help/insert.ts';
import { HELP_ARTICLES } from '../../server/db/demo-data/help/articles.ts';
import { Clock } from '../../server/db/demo-data/clock.ts';
import { helpArticles, VIDEO_NEEDS_LINK } from '../../server/resources/help-articles.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies: Partial<Record<Role, string>> = {};
let draft: Body;
let published: Body;

async function login(role: Role, extra: Body = {}) {
  const email = `${role}-${unique()}@help.test`;
  await post(base, 'users', { name: role, email, role, password: 'help-pass-1', ...extra });
  return signIn(base, email, 'help-pass-1');
}

const as = (role: Role, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[role]! });
const ids = (res: { body: unknown }) => (res.body as Body[]).map((r) => r.id);
const article = (overrides: Body = {}) => ({ title: `Article ${unique()}`, body: 'Some **help**.', category: 'faq', language: 'en', ...overrides });

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const center = await createRecord(base, 'service-centers');
  const region = await createRecord(base, 'regions');
  const customer = await createRecord(base, 'customers');
  cookies.compliance = await login('compliance');
  cookies.onboarding = await login('onboarding');
  cookies['regional-manager'] = await login('regional-manager', { regionId: region.id });
  cookies['center-staff'] = await login('center-staff', { serviceCenterId: center.id });
  cookies.customer = await login('customer', { customerId: customer.id });
  draft = await post(base, 'help-articles', article({ title: 'Draft answer' }));
  published = await post(base, 'help-articles', article({ title: 'Published answer', published: true }));
});
afterAll(() => server.close());

describe('who sees which help articles', () => {
  test('a new article is a draft unless published', () => {
    expect(draft.published).toBe(false);
    expect(published.published).toBe(true);
  });

  test.each(['customer', 'center-staff', 'regional-manager', 'onboarding'] as const)('a %s reads the published ones only: a draft is not there (404)', async (role) => {
    const list = await as(role, 'GET', '/api/help-articles?_start=0&_end=100');
    expect(list.status).toBe(200);
    expect(ids(list)).toContain(published.id);
    expect(ids(list)).not.toContain(draft.id);
    expect((list.body as Body[]).every((r) => r.published === true)).toBe(true);
    expect(Number(list.headers.get('x-total-count'))).toBe((list.body as Body[]).length);
    expect((await as(role, 'GET', `/api/help-articles/${String(published.id)}`)).status).toBe(200);
    expectErrorBody(await as(role, 'GET', `/api/help-articles/${String(draft.id)}`), 404);
    const drafts = await as(role, 'GET', '/api/help-articles?published=false&_start=0&_end=100');
    expect(drafts.body).toEqual([]);
    expect(drafts.headers.get('x-total-count')).toBe('0');
  });

  test.each(['compliance', 'admin'] as const)('%s sees the drafts too', async (role) => {
    const list = role === 'admin' ? await api(base, 'GET', '/api/help-articles?_start=0&_end=100') : await as(role, 'GET', '/api/help-articles?_start=0&_end=100');
    expect(ids(list)).toEqual(expect.arrayContaining([draft.id, published.id]));
  });
});

describe('who writes them', () => {
  test.each(['customer', 'center-staff', 'regional-manager', 'onboarding'] as const)('a %s writes nothing (403, nothing changed)', async (role) => {
    const before = await snapshot(server.db);
    expectErrorBody(await as(role, 'POST', '/api/help-articles', article({ published: true })), 403);
    expectErrorBody(await as(role, 'PATCH', `/api/help-articles/${String(published.id)}`, { title: 'Hacked' }), 403);
    expectErrorBody(await as(role, 'DELETE', `/api/help-articles/${String(published.id)}`), 403);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('compliance writes, publishes and edits articles, but does not delete them', async () => {
    const created = await as('compliance', 'POST', '/api/help-articles', article({ language: 'es', title: '¿Cómo pago?' }));
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expectErrorBody(await as('customer', 'GET', `/api/help-articles/${id}`), 404);
    const shown = await as('compliance', 'PATCH', `/api/help-articles/${id}`, { published: true, version: created.body.version });
    expect(shown.status).toBe(200);
    expect((await as('customer', 'GET', `/api/help-articles/${id}`)).body).toMatchObject({ title: '¿Cómo pago?', published: true, language: 'es' });
    const hidden = await as('compliance', 'PATCH', `/api/help-articles/${id}`, { published: false });
    expect(hidden.body.published).toBe(false);
    expectErrorBody(await as('customer', 'GET', `/api/help-articles/${id}`), 404);
    expectErrorBody(await as('compliance', 'DELETE', `/api/help-articles/${id}`), 403);
    expect((await api(base, 'DELETE', `/api/help-articles/${id}`)).status).toBe(200);
  });

  test('a training video needs an https link to a named site', async () => {
    const missing = await api(base, 'POST', '/api/help-articles', article({ category: 'video' }));
    expectErrorBody(missing, 400);
    expect(missing.body.errors).toEqual({ videoUrl: VIDEO_NEEDS_LINK });
    for (const videoUrl of ['http://videos.example.com/a', 'javascript:alert(1)', 'https://127.0.0.1/a', 'https://videos.example.com/a b']) {
      const refused = await api(base, 'POST', '/api/help-articles', article({ category: 'video', videoUrl }));
      expectErrorBody(refused, 400, videoUrl);
      expect(Object.keys(refused.body.errors), videoUrl).toEqual(['videoUrl']);
    }
    const video = await api(base, 'POST', '/api/help-articles', article({ category: 'video', videoUrl: 'https://vimeo.com/76979871' }));
    expect(video.status).toBe(201);
    expectErrorBody(await api(base, 'PATCH', `/api/help-articles/${String(video.body.id)}`, { videoUrl: null }), 400);
  });
});

test('the demo articles are valid articles, the same ones in English and Spanish, published', async () => {
  const count = await insertDemoHelpArticles(server.db, new Clock(new Date('2025-06-15T16:00:00Z')));
  expect(count).toBe(HELP_ARTICLES.length * 2);
  const rows = await server.db.selectFrom('helpArticles').selectAll().where('createdAt', '=', '2025-06-15T16:00:00.000Z').execute();
  for (const row of rows) {
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...values } = row;
    expect(helpArticles.createSchema.safeParse({ ...values, published: values.published === 1 }).success, row.title).toBe(true);
  }
  for (const language of ['en', 'es']) {
    const list = await as('customer', 'GET', `/api/help-articles?language=${language}&createdAt=2025-06-15T16:00:00.000Z&_sort=category,sortOrder&_start=0&_end=100`);
    expect((list.body as Body[]).map((r) => [r.category, r.sortOrder, r.videoUrl])).toEqual(
      [...HELP_ARTICLES].sort((a, b) => a.category.localeCompare(b.category) || a.sortOrder - b.sortOrder).map((a) => [a.category, a.sortOrder, 'videoUrl' in a ? a.videoUrl : null]),
    );
  }
});
