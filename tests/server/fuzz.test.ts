import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../server/resources/index.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { signIn, startTestServer, TEST_ADMIN, type TestServer } from './test-server.ts';
import { looseDb, openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { buildApp } from '../../server/app.ts';
import { createRecord, FIXTURES, liveCenter, post, requiredReferences, resource, snapshot, useDatabase } from './fixtures.ts';

/**
 * Hostile input: generated query strings, bodies, headers and ids thrown at every route as every
 * role (and signed out). No answer may be a 5xx or show a stack trace or a source path, errors
 * keep the `{ message, errors }` shape, and a refused request (4xx) leaves the database as it was.
 * Bounded: a fixed seed and RUNS requests (see the README for the runtime).
 */
const SEED = 20261122;
const RUNS = 3000;

type Who = Role | 'signed-out';
const WHO: Who[] = [...ROLES, 'signed-out'];

let server: TestServer;
const cookies: Partial<Record<Who, string>> = {};
/** Ids of records that exist (per resource), so that generated requests also reach real rows. */
const known: Record<string, number[]> = {};

interface Route {
  method: string;
  path: string;
  /** The resource whose ids and fields fit the route. */
  resource?: string;
}

/**
 * Every route the app registers, read from Fastify's route tree (HEAD left out): a new route is
 * fuzzed without anyone listing it here.
 */
async function registeredRoutes(): Promise<Route[]> {
  const database = openDatabase('sqlite::memory:');
  await migrateToLatest(database.db);
  const app = await buildApp({ database });
  await app.ready();
  const tree = app.printRoutes({ commonPrefix: false });
  await app.close();
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^(.*?)(\/\S*)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4 - 1;
    stack.length = depth;
    stack.push(match[2]);
    const path = stack.join('');
    const resource = RESOURCES.find((r) => path === `/api/${r.name}` || path.startsWith(`/api/${r.name}/`))?.name;
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) routes.push({ method, path, resource });
  }
  return routes;
}

// --- generators -------------------------------------------------------------------------------

const weird = fc.constantFrom(
  '', ' ', '-1', '0', '1e3', '1.5', 'NaN', 'Infinity', '-0', '0x1f', '99999999999999999999', '1e308', '9007199254740993',
  'true', 'null', 'undefined', '[]', '{}', '__proto__', 'constructor', "' OR 1=1 --", '"; DROP TABLE users; --', '%', '%00',
  '../../etc/passwd', 'Ünïcødé', '名前', '🚗💨', '\u0000', '\uFFFF', 'a'.repeat(5000), '2026-02-30', '2026-13-01', '2026-01-01T25:00:00Z',
  'asc', 'DESC', 'id', 'name', 'week', 'quarter', 'custom', '2026-01-01', '2025-12-31',
  // control characters and direction overrides (a NUL cut SQLite's search pattern short)
  'Ver\u0000xyz', '\u0001', '\u001b[2J', '\u007f', 'a\u0085b', '\t\r\n', 'invoice\u202efdp.pdf', '\u2066x\u2069',
);
const text = fc.oneof(weird, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer().map(String));

const queryKey = fc.oneof(
  fc.constantFrom(
    '_sort', '_order', '_start', '_end', '_limit', '_page', 'q', 'id', 'name', 'name_like', 'code_ne', 'x_gte', 'id_gte', 'id_lte',
    'createdAt_gte', 'regionId', 'serviceCenterId', 'status', 'onboardingStatus', '__proto__', 'constructor', 'prototype', 'from', 'to',
    'period', 'regionId_ne', 'stalledAfterDays', 'centerId', 'months', 'toString', 'hasOwnProperty', 'email', 'role', '_embed', '_expand',
  ),
  fc.string({ maxLength: 12 }),
);
const pairsOf = (pairs: [string, string][]) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
/**
 * One short key repeated a thousand times among a few other pairs (999 `cost_gte` made SQLite
 * refuse the statement). At most 15 characters a pair: the URL stays under Node's 16 KB header limit.
 */
const repeated = fc
  .tuple(
    fc.constantFrom('id', 'id_ne', 'cost_gte', 'regionId', 'name_like', 'notes_like', 'q', 'status', '_sort', 'x'),
    fc.constantFrom('1', '', 'a', '\u0000', '\u0001'),
    fc.array(fc.tuple(queryKey, text), { maxLength: 2 }),
  )
  .map(([key, value, others]) => '?' + pairsOf([...others, ...Array.from({ length: 1000 }, (): [string, string] => [key, value])]));
const queryString = fc.oneof(
  { weight: 20, arbitrary: fc.array(fc.tuple(queryKey, text), { maxLength: 6 }).map((pairs) => (pairs.length ? '?' + pairsOf(pairs) : '')) },
  { weight: 1, arbitrary: repeated },
);

/** How the path is spelled: as registered, or percent-encoded / in capitals where a router or a prefix check might differ. */
const SPELLINGS: Record<string, (path: string) => string> = {
  registered: (path) => path,
  'encoded /api': (path) => path.replace(/^\/api/, '/%61pi'),
  'capital /API': (path) => path.replace(/^\/api/, '/API'),
  'encoded resource': (path) => path.replace(/^\/api\/(\w)/, (_, c: string) => `/api/%${c.charCodeAt(0).toString(16)}`),
};
const spelling = fc.oneof({ weight: 20, arbitrary: fc.constant('registered') }, { weight: 3, arbitrary: fc.constantFrom(...Object.keys(SPELLINGS).filter((k) => k !== 'registered')) });

const rawId = fc.oneof(
  weird.map(encodeURIComponent),
  fc.integer({ min: -5, max: 60 }).map(String),
  fc.string({ maxLength: 10 }).map(encodeURIComponent),
  fc.constantFrom('%E2%98%83', '1%2F2', '1;2', '1,2', '01', '+1', '1 ', '%20', '%', '%zz', '%E0%A4%A', '%C0%AF'),
);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  weird,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
);

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** A create body that passes validation: the fixture's required fields and existing parents (the live center first). */
function validBody(name: string, n: number): Record<string, unknown> {
  const body: Record<string, unknown> = FIXTURES[name].minimal(n + 10_000);
  for (const [field, target] of requiredReferences(resource(name))) body[field] = known[target]?.[0];
  if (name === 'work-orders') body.serviceCenterId = known['service-centers']?.[0];
  return body;
}

/** A body for the route: arbitrary JSON, the resource's own fields with arbitrary values, or a valid body with a few fields spoiled. */
function bodyFor(route: Route): fc.Arbitrary<unknown> {
  const fields = route.resource ? Object.keys(RESOURCES.find((r) => r.name === route.resource)?.fields ?? {}) : [];
  const keys = fc.constantFrom(...fields, 'id', 'version', 'password', 'email', 'currentPassword', 'newPassword', 'kind', 'fileName', 'data', 'answers', 'reason', '__proto__');
  const fixture = route.resource ? FIXTURES[route.resource] : undefined;
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(keys, anyValue, { maxKeys: 6 }),
    fixture ? fc.nat().map((n) => validBody(route.resource!, n)) : fc.object(),
    fixture ? fc.tuple(fc.nat(), fc.dictionary(keys, anyValue, { maxKeys: 2 })).map(([n, spoil]) => ({ ...validBody(route.resource!, n), ...spoil })) : fc.object(),
    fc.constantFrom<unknown>(deep(3000), { a: 'x'.repeat(200_000) }, Array.from({ length: 2000 }, (_, i) => i), { __proto__: { admin: true } }, '"just a string"', 12, null),
  );
}

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=xyz',
      'application/json; charset=latin1', 'application/xml', 'APPLICATION/JSON', 'none',
    ),
  },
);
/** A body sent as it is rather than as JSON: broken JSON and other formats. */
const rawBody = fc.constantFrom('{', '{"a":', 'not json', '[1,2,', '{"a":1}{"b":2}', '\u0000\u0001', 'a=1&b=2', '<x/>', '{"__proto__":{"x":1}}', '');

interface Case {
  who: Who;
  route: Route;
  id: string;
  known: boolean;
  query: string;
  body: unknown;
  raw: string | null;
  contentType: string;
  xhr: boolean;
  spelling: string;
}

const casesFor = (routes: Route[]) =>
  fc
    .record({ who: fc.constantFrom(...WHO), route: fc.constantFrom(...routes) })
    .chain(({ who, route }) =>
      fc.record({
        who: fc.constant(who),
        route: fc.constant(route),
        id: rawId,
        known: fc.nat(3).map((n) => n > 0),
        query: queryString,
        body: bodyFor(route),
        raw: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: rawBody }),
        contentType,
        xhr: fc.nat(9).map((n) => n > 0),
        spelling,
      }),
    );

// --- the run ----------------------------------------------------------------------------------

function urlOf(c: Case, index: number): string {
  let id = c.id;
  if (c.known && c.route.resource && known[c.route.resource]?.length) {
    const ids = known[c.route.resource];
    id = String(ids[index % ids.length]);
  }
  return SPELLINGS[c.spelling](c.route.path.replace(':id', id)) + c.query;
}

const LEAKS = [/\bat [\w.<>]+ \(/, /\.tsx?:\d+/, /node_modules/, /\/work\//, /\/tmp\//, /"stack"/, /SqliteError/, /SQLITE_/, /kysely/i];

async function send(c: Case, url: string) {
  const headers: Record<string, string> = { cookie: c.who === 'signed-out' ? '' : (cookies[c.who] ?? ''), 'x-requested-with': c.xhr ? 'XMLHttpRequest' : '' };
  let body: string | undefined;
  if (c.route.method !== 'GET') {
    body = c.raw ?? JSON.stringify(c.body);
    headers['content-type'] = c.contentType === 'none' ? '' : c.contentType;
  }
  const response = await fetch(server.url + url, {
    method: c.route.method,
    headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== '')),
    body,
  });
  return { status: response.status, text: await response.text() };
}

let ROUTES: Route[] = [];

const PASSWORD = 'fuzz-pass-1';
const emailOf = (role: Role) => (role === 'admin' ? TEST_ADMIN.email : `${role}@fuzz.test`);

async function signInAgain(role: Role) {
  try {
    cookies[role] = await signIn(server.url, emailOf(role), role === 'admin' ? TEST_ADMIN.password : PASSWORD);
  } catch {
    // deactivated or throttled by generated sign-ins: the role goes on signed out
  }
}

beforeAll(async () => {
  ROUTES = await registeredRoutes();
  server = await startTestServer();
  useDatabase(server);
  const base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  const region = await createRecord(base, 'regions');
  const center = await liveCenter(base, server.db, { regionId: region.id, jurisdictionId: jurisdiction.id });
  await createRecord(base, 'service-centers', { regionId: region.id, jurisdictionId: jurisdiction.id, onboardingStatus: 'training' });
  for (const name of ['installers', 'devices', 'work-orders', 'shipments', 'audits']) await createRecord(base, name, { serviceCenterId: center.id });
  for (const name of ['customers', 'vehicles', 'shipment-packages']) await createRecord(base, name);
  const customer = await createRecord(base, 'customers');
  const extra: Partial<Record<Role, Record<string, unknown>>> = { 'regional-manager': { regionId: region.id }, 'center-staff': { serviceCenterId: center.id }, customer: { customerId: customer.id } };
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    await post(base, 'users', { name: `Fuzz ${role}`, email: emailOf(role), role, password: PASSWORD, ...extra[role] });
    cookies[role] = await signIn(base, emailOf(role), PASSWORD);
  }
  for (const r of RESOURCES) known[r.name] = (await looseDb(server.db).selectFrom(r.table).select('id').orderBy('id').execute()).map((row) => Number(row.id));
});

afterAll(() => server.close());

describe('hostile input on every route as every role', () => {
  it('fuzzes every registered route: the resources, the commands, sign-in and the statistics', () => {
    const names = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const r of RESOURCES) expect(names.has(`GET /api/${r.name}`), r.name).toBe(true);
    for (const route of ['POST /api/work-orders/:id/complete', 'POST /api/service-centers/:id/documents', 'GET /api/documents/:id/file', 'POST /api/auth/login', 'GET /api/stats/went-live', 'GET /api/onboarding/board']) {
      expect(names.has(route), route).toBe(true);
    }
    expect(ROUTES.find((r) => r.path === '/api/devices/:id/unlock-codes')?.resource).toBe('devices');
    expect(ROUTES.length).toBeGreaterThan(100);
  });

  it(`answers ${RUNS} generated requests without a 5xx, a leak or a change from a refused request`, async () => {
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let before = await snapshot(server.db);
    const generated = fc.sample(casesFor(ROUTES), { seed: SEED, numRuns: RUNS });
    for (const [index, c] of generated.entries()) {
      const url = urlOf(c, index);
      const label = `#${index} ${c.who} ${c.route.method} ${url.slice(0, 200)} ${c.raw !== null ? `raw ${JSON.stringify(c.raw)}` : `body ${JSON.stringify(c.body)?.slice(0, 200)}`} (${c.contentType}${c.xhr ? '' : ', no X-Requested-With'})`;
      const res = await send(c, url);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) problems.push(`${res.status} for ${label}: ${res.text.slice(0, 300)}`);
      const leak = LEAKS.find((pattern) => pattern.test(res.text));
      if (leak) problems.push(`leak ${leak} in ${res.status} for ${label}: ${res.text.slice(0, 300)}`);
      const after = await snapshot(server.db);
      if (res.status >= 400 && res.status < 500) {
        let error: { message?: unknown; errors?: unknown } | undefined;
        try {
          error = JSON.parse(res.text);
        } catch {
          error = undefined;
        }
        if (typeof error?.message !== 'string' || typeof error.errors !== 'object' || error.errors === null) {
          problems.push(`error body not { message, errors } in ${res.status} for ${label}: ${res.text.slice(0, 300)}`);
        }
        // a refused completion without compliance's authorisation is recorded on purpose, and only that
        const logged = new Set(before.auditLog.map((row) => (row as { id: number }).id));
        const isNewRefusal = (row: unknown) => (row as { action: string }).action === 'complete-refused' && !logged.has((row as { id: number }).id);
        const recorded = c.route.path.endsWith('/complete') && res.status === 409 ? { ...after, auditLog: after.auditLog.filter((row) => !isNewRefusal(row)) } : after;
        const unchanged = JSON.stringify(recorded) === JSON.stringify(before);
        if (!unchanged) problems.push(`database changed by refused ${res.status} for ${label}: ${res.text.slice(0, 200)}`);
      }
      before = after;
      // a generated sign-out (or a change to the user) may end a role's session: sign it in again (which records the sign-in)
      if (res.status === 401 && c.who !== 'signed-out') {
        await signInAgain(c.who);
        before = await snapshot(server.db);
      }
    }
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(`fuzz: ${RUNS} requests, statuses ${summary}`);
    expect(problems).toEqual([]);
    // the run reached past the gates: some requests were accepted, some refused by validation and by rules
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(403) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('answers a key repeated a thousand times on every list, on an id, a number and a text field, with every operator', async () => {
    const problems: string[] = [];
    for (const r of RESOURCES) {
      const fields = ['id', Object.keys(r.columns).find((f) => r.columns[f] === 'real'), Object.keys(r.columns).find((f) => r.columns[f] === 'text')].filter((f) => f !== undefined);
      for (const field of fields) {
        for (const suffix of ['', '_ne', '_gte', '_lte', '_like']) {
          for (const value of ['1', '\u0000']) {
            // a thousand, or as many as fit under Node's 16 KB header limit (its 431 is answered before any of our code runs)
            const pair = pairsOf([[`${field}${suffix}`, value]]);
            const count = Math.min(1000, Math.floor(14_000 / (pair.length + 1)));
            const url = `/api/${r.name}?_end=1&${Array.from({ length: count }, () => pair).join('&')}`;
            const res = await fetch(server.url + url, { headers: { cookie: cookies.admin ?? '' } });
            const body = (await res.json()) as { message?: unknown; errors?: unknown };
            if (res.status >= 500) problems.push(`${res.status} for ${url.slice(0, 80)}…`);
            if (res.status >= 400 && (typeof body.message !== 'string' || typeof body.errors !== 'object')) problems.push(`error body not { message, errors } for ${url.slice(0, 80)}…`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers the router\'s own refusals (bad escapes, over-long ids) in the usual error shape', async () => {
    for (const [url, status, message] of [
      ['/api/regions/%zz', 400, 'The address is not valid'],
      [`/api/regions/${'9'.repeat(150)}`, 414, 'The address is too long'],
    ] as const) {
      const res = await fetch(server.url + url, { headers: { cookie: cookies.admin! } });
      expect(res.status, url).toBe(status);
      expect(await res.json(), url).toEqual({ message, errors: {} });
    }
  });
});
