/**
 * `npm run load -- [--clients 200] [--seconds 60] [--max-requests 2000000] [--scale large|demo] [--database FILE] [--workers N] [--rate N]`
 * A realistic mix of requests — the back office's (react-admin's lists, shows, writes, commands)
 * and the portals' (a center's agenda and statement, a customer's dashboard and payments, the
 * public locator) — against the real server (a child process, `server/main.ts`, with --workers
 * processes, default one per CPU) on the large data set, over loopback only.
 * Closed loop by default: --clients clients each send their next request when the last answered.
 * --rate N is an open loop: N requests arrive every second whatever the answers do.
 * Reports throughput and p50/p99 per request kind and the server's memory; exits non-zero if any
 * request failed. Bounded in time (--seconds, plus a watchdog) and in count (--max-requests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { looseDb, openDatabase, type Db } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { generateDemoData } from '../../server/db/demo-data/seed.ts';
import { SCALES, type ScaleName } from '../../server/db/demo-data/scale.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { percentile } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'load-pass-1';
/** Signed-in users of each kind the clients share (each client uses one session, as a browser tab would). */
const USERS = 20;
/** What a customer pays in one request of the mix (their balance is set to cover a run). */
const PAYMENT = 1;
/** ZIP codes the public locator is asked about. */
const ZIPS = ['98101', '10001', '60601', '73301', '33101', '94105', '85001', '80202'];

function options() {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '60' },
      'max-requests': { type: 'string', default: '2000000' },
      scale: { type: 'string', default: 'large' },
      database: { type: 'string' },
      workers: { type: 'string' },
      rate: { type: 'string' },
    },
  });
  const int = (name: string, raw: string) => {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  if (!(values.scale in SCALES)) throw new Error('--scale must be demo or large');
  return {
    clients: int('clients', values.clients),
    seconds: int('seconds', values.seconds),
    maxRequests: int('max-requests', values['max-requests']),
    scale: values.scale as ScaleName,
    database: values.database,
    workers: values.workers === undefined ? undefined : int('workers', values.workers),
    rate: values.rate === undefined ? undefined : int('rate', values.rate),
  };
}

/** The resident set size in bytes of a process and of its children (the server's workers), from /proc (Linux). */
function processTreeRss(pid: number): number[] {
  const rss = (id: number) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'));
      return match ? Number(match[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  };
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return [rss(pid), ...children.map(rss)];
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** The data set: generated into a temporary file, or an existing SQLite file reused (--database). */
async function prepareDatabase(file: string, scale: ScaleName, generate: boolean) {
  const database = openDatabase(`sqlite:${file}`);
  await migrateToLatest(database.db);
  if (generate) {
    const t = performance.now();
    let lastStage = '';
    await generateDemoData(database.db, {
      scale,
      onProgress: (_done, _total, stage) => {
        if (stage !== lastStage) console.log(`  generating: ${stage}`);
        lastStage = stage;
      },
    });
    console.log(`Generated the ${scale} data set in ${((performance.now() - t) / 1000).toFixed(0)} s.`);
  }
  const inputs = await workingSet(database.db);
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(PASSWORD);
  const customers = await database.db.selectFrom('customers').select('id').where('id', 'not in', database.db.selectFrom('users').select('customerId').where('customerId', 'is not', null)).orderBy('id').limit(USERS).execute();
  for (let i = 0; i < USERS; i++) {
    const users = [
      { name: `Load Reviewer ${i}`, email: emailOf('staff', i), role: 'compliance', serviceCenterId: null, customerId: null },
      { name: `Load Center ${i}`, email: emailOf('center', i), role: 'center-staff', serviceCenterId: pick(inputs.liveCenters, i), customerId: null },
      { name: `Load Customer ${i}`, email: emailOf('customer', i), role: 'customer', serviceCenterId: null, customerId: customers[i].id },
    ];
    for (const user of users) {
      await database.db
        .insertInto('users')
        .values({ ...user, active: 1, passwordHash, createdAt: now, updatedAt: now, version: 1 })
        .onConflict((oc) => oc.column('email').doNothing())
        .execute();
    }
  }
  // The load's customers owe enough for every payment of a run.
  await database.db.updateTable('customers').set({ balance: 900_000 }).where('id', 'in', customers.map((c) => c.id)).execute();
  // The load books work at any hour of its days: the centers keep no weekly hours or closures here.
  await database.db.updateTable('serviceCenters').set({ openingHours: null }).execute();
  await database.db.deleteFrom('centerClosures').execute();
  await database.close();
  return inputs;
}

type Role = 'staff' | 'center' | 'customer' | 'public';
const emailOf = (role: Role, i: number) => `load-${role}${i}@load.local`;

/** A signed-in session: its headers, and the center or customer (and saved card) it is tied to. */
interface Session {
  headers: Record<string, string>;
  centerId?: number;
  customerId?: number;
  cardId?: number;
}

/** Ids the clients pick from: live centers (where work orders may go), work orders, customers. */
async function workingSet(db: Db) {
  const ids = async (table: string, where?: [string, string]) => {
    let query = looseDb(db).selectFrom(table).select('id').orderBy('id').limit(5000);
    if (where) query = query.where(where[0], '=', where[1]);
    return (await query.execute()).map((r) => Number(r.id));
  };
  const [{ maxId }] = await db.selectFrom('workOrders').select((eb) => eb.fn.max('id').as('maxId')).execute();
  return {
    liveCenters: await ids('serviceCenters', ['onboardingStatus', 'live']),
    customers: await ids('customers'),
    maxWorkOrderId: Number(maxId),
  };
}

function startServer(file: string, port: number, workers: number | undefined): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', OUTBOX_DISABLED: '1', ...(workers ? { WORKERS: String(workers) } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 120 s')), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Interlock Back Office')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${String(code)})`)));
  });
}

/** Signs a load user in; a customer saves the sandbox test card to pay with. */
async function sessionOf(base: string, role: Exclude<Role, 'public'>, i: number): Promise<Session> {
  const headers = await signIn(base, emailOf(role, i));
  const me = (await (await fetch(`${base}/api/auth/me`, { headers })).json()) as { serviceCenterId: number | null; customerId: number | null };
  if (role !== 'customer') return { headers, centerId: me.serviceCenterId ?? undefined };
  const year = new Date().getUTCFullYear() + 2;
  const response = await fetch(`${base}/api/payment-methods`, { method: 'POST', headers, body: JSON.stringify({ cardNumber: '4242424242424242', expMonth: 12, expYear: year, cvc: '123' }) });
  if (response.status !== 201) throw new Error(`saving a card failed: ${response.status} ${await response.text()}`);
  return { headers, customerId: me.customerId!, cardId: Number(((await response.json()) as { id: number }).id) };
}

async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return { cookie: response.headers.getSetCookie()[0].split(';')[0], 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' };
}

type Working = Awaited<ReturnType<typeof workingSet>>;
interface Kind {
  name: string;
  weight: number;
  /** Who sends it (staff: a compliance reviewer; center: a center's staff; customer: in the client portal; public: nobody signed in). */
  as: Role;
  /** The request of one iteration: method, path, body, the status it must answer. */
  make(w: Working, n: number, created: number[], session: Session): { method: string; url: string; body?: unknown; status: number };
}

const pick = <T>(list: T[], n: number) => list[n % list.length];
const workOrderId = (w: Working, n: number) => 1 + ((n * 7919) % w.maxWorkOrderId);

const month = (monthsAgo: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - monthsAgo);
  return d.toISOString().slice(0, 7);
};
const day = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset)).toISOString();

/** The mix: mostly the back office's reads (lists, getMany, show), then writes and commands, and the portals' pages. */
const KINDS: Kind[] = [
  { name: 'list work orders (sorted page)', weight: 20, as: 'staff', make: (_w, n) => ({ method: 'GET', url: `/api/work-orders?_sort=scheduledAt&_order=DESC&_start=${(n % 20) * 25}&_end=${(n % 20) * 25 + 25}`, status: 200 }) },
  { name: 'list work orders of a center', weight: 10, as: 'staff', make: (w, n) => ({ method: 'GET', url: `/api/work-orders?serviceCenterId=${pick(w.liveCenters, n)}&_sort=scheduledAt&_order=DESC&_start=0&_end=25`, status: 200 }) },
  { name: 'list centers by rating', weight: 8, as: 'staff', make: (_w, n) => ({ method: 'GET', url: `/api/service-centers?onboardingStatus=live&_sort=rating&_order=${n % 2 ? 'ASC' : 'DESC'}&_start=0&_end=25`, status: 200 }) },
  { name: 'search customers', weight: 7, as: 'staff', make: (_w, n) => ({ method: 'GET', url: `/api/customers?q=${['smith', 'jo', 'garcia', 'lee', 'ann'][n % 5]}&_start=0&_end=25`, status: 200 }) },
  { name: 'getMany 25 work orders', weight: 10, as: 'staff', make: (w, n) => ({ method: 'GET', url: `/api/work-orders?${Array.from({ length: 25 }, (_, k) => `id=${workOrderId(w, n * 25 + k)}`).join('&')}`, status: 200 }) },
  { name: 'show work order', weight: 15, as: 'staff', make: (w, n) => ({ method: 'GET', url: `/api/work-orders/${workOrderId(w, n)}`, status: 200 }) },
  { name: 'show center', weight: 5, as: 'staff', make: (w, n) => ({ method: 'GET', url: `/api/service-centers/${pick(w.liveCenters, n)}`, status: 200 }) },
  {
    name: 'create work order',
    weight: 8,
    as: 'staff',
    make: (w, n) => ({
      method: 'POST',
      url: '/api/work-orders',
      // a provider request: no customer, no equipment to reserve
      body: { type: ['vehicle-inspection', 'cord-exchange', 'camera-adjustment'][n % 3], status: 'scheduled', serviceCenterId: pick(w.liveCenters, n), scheduledAt: new Date(Date.UTC(2027, 0, 1 + (n % 300), 15)).toISOString(), notes: `Load ${n}` },
      status: 201,
    }),
  },
  { name: 'update work order', weight: 10, as: 'staff', make: (_w, n, created) => ({ method: 'PATCH', url: `/api/work-orders/${pick(created, n)}`, body: { notes: `Load update ${n}` }, status: 200 }) },
  { name: 'center agenda (portal)', weight: 4, as: 'center', make: (_w, n, _c, s) => ({ method: 'GET', url: `/api/service-centers/${s.centerId}/agenda?from=${day(n % 7)}&to=${day((n % 7) + 7)}`, status: 200 }) },
  { name: 'center statement (portal)', weight: 2, as: 'center', make: (_w, n, _c, s) => ({ method: 'GET', url: `/api/service-centers/${s.centerId}/statement?month=${month(n % 12)}`, status: 200 }) },
  { name: 'customer dashboard (portal)', weight: 5, as: 'customer', make: (_w, _n, _c, s) => ({ method: 'GET', url: `/api/customers/${s.customerId}/dashboard`, status: 200 }) },
  { name: 'customer pays (portal)', weight: 2, as: 'customer', make: (_w, _n, _c, s) => ({ method: 'POST', url: '/api/payments', body: { amount: PAYMENT, paymentMethodId: s.cardId }, status: 201 }) },
  { name: 'locator (public)', weight: 3, as: 'public', make: (_w, n) => ({ method: 'GET', url: `/api/locator?zip=${ZIPS[n % ZIPS.length]}`, status: 200 }) },
  { name: 'print work order (command)', weight: 7, as: 'staff', make: (w, n) => ({ method: 'POST', url: `/api/work-orders/${workOrderId(w, n)}/print`, body: {}, status: 200 }) },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, k) => sum + k.weight, 0);
if (TOTAL_WEIGHT % 31 === 0) throw new Error('the mix steps through its kinds by 31: keep the total weight prime to it');
const kindFor = (r: number) => {
  let left = r % TOTAL_WEIGHT;
  for (const kind of KINDS) {
    if (left < kind.weight) return kind;
    left -= kind.weight;
  }
  return KINDS[0];
};

async function main() {
  const opts = options();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-load-'));
  const file = opts.database ? path.resolve(opts.database) : path.join(dir, 'load.db');
  let server: ChildProcess | undefined;
  const cleanUp = () => {
    server?.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error('Load run still going after its time limit and 10 minutes: stopping.');
    cleanUp();
    process.exit(2);
  }, (opts.seconds + 600) * 1000);
  watchdog.unref();
  try {
    const working = await prepareDatabase(file, opts.scale, !opts.database);
    const port = await freePort();
    server = await startServer(file, port, opts.workers);
    const base = `http://127.0.0.1:${port}`;
    const sessions: Record<Role, Session[]> = { staff: [], center: [], customer: [], public: [{ headers: { 'x-requested-with': 'XMLHttpRequest' } }] };
    for (let i = 0; i < USERS; i++) {
      for (const role of ['staff', 'center', 'customer'] as const) sessions[role].push(await sessionOf(base, role, i));
    }
    // Updates touch open work orders this run created: a few made before the clock starts.
    const created: number[] = [];
    const create = KINDS.find((k) => k.name === 'create work order')!;
    for (let n = 0; n < 100; n++) {
      const request = create.make(working, n, created, sessions.staff[0]);
      const response = await fetch(`${base}${request.url}`, { method: 'POST', headers: sessions.staff[0].headers, body: JSON.stringify(request.body) });
      if (response.status !== 201) throw new Error(`preparing work orders failed: ${response.status} ${await response.text()}`);
      created.push(Number(((await response.json()) as { id: number }).id));
    }

    const samples = new Map<string, number[]>(KINDS.map((k) => [k.name, []]));
    const errors = new Map<string, string[]>();
    let sent = 0;
    /** One request of the mix, timed; a wrong status or a failure is an error of its kind. */
    const one = async (n: number, c: number) => {
      // the n-th request of the run, whoever sends it: 31 is prime to the total weight, so every kind gets its share
      const kind = kindFor(n * 31);
      const list = sessions[kind.as];
      const session = list[c % list.length];
      const request = kind.make(working, n, created, session);
      const t0 = performance.now();
      try {
        const response = await fetch(`${base}${request.url}`, { method: request.method, headers: session.headers, body: request.body === undefined ? undefined : JSON.stringify(request.body) });
        const text = await response.text();
        if (response.status !== request.status) throw new Error(`${request.method} ${request.url} answered ${response.status}: ${text.slice(0, 200)}`);
        if (kind.name === 'create work order') created.push(Number((JSON.parse(text) as { id: number }).id));
        samples.get(kind.name)!.push(performance.now() - t0);
      } catch (error) {
        const failures = errors.get(kind.name) ?? [];
        failures.push(error instanceof Error ? error.message : String(error));
        errors.set(kind.name, failures);
      }
    };
    const deadline = performance.now() + opts.seconds * 1000;
    const started = performance.now();
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, ...processTreeRss(server!.pid!))), 1000);
    if (opts.rate) {
      // Open loop: every 10 ms, the requests due by then start, whether or not earlier ones answered.
      console.log(`Load: ${opts.rate} requests/s arriving for ${opts.seconds} s (open loop) against ${base} …`);
      const inFlight = new Set<Promise<void>>();
      while (performance.now() < deadline && sent < opts.maxRequests) {
        const due = Math.floor(((performance.now() - started) / 1000) * opts.rate);
        while (sent < due && sent < opts.maxRequests) {
          const n = sent++;
          const request = one(n, n % (USERS * 3)).finally(() => inFlight.delete(request));
          inFlight.add(request);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await Promise.all(inFlight);
    } else {
      console.log(`Load: ${opts.clients} concurrent clients for ${opts.seconds} s (at most ${opts.maxRequests.toLocaleString('en-US')} requests) against ${base} …`);
      const client = async (c: number) => {
        while (performance.now() < deadline && sent < opts.maxRequests) await one(sent++, c);
      };
      await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
    }
    clearInterval(sampler);
    const elapsed = (performance.now() - started) / 1000;

    const rows = KINDS.map((k) => {
      const ms = samples.get(k.name)!;
      return { kind: k.name, requests: ms.length, errors: errors.get(k.name)?.length ?? 0, p50: percentile(ms, 50), p99: percentile(ms, 99) };
    });
    const done = rows.reduce((sum, r) => sum + r.requests, 0);
    const failed = rows.reduce((sum, r) => sum + r.errors, 0);
    console.log();
    console.log(`| request kind | requests | errors | p50 ms | p99 ms |`);
    console.log(`|---|--:|--:|--:|--:|`);
    for (const r of rows) console.log(`| ${r.kind} | ${r.requests.toLocaleString('en-US')} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
    console.log();
    const all = [...samples.values()].flat();
    console.log(`${done.toLocaleString('en-US')} requests in ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(0)} requests/s, ${failed} errors; all kinds p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms.`);
    console.log(`Server memory: the largest process's resident set peaked at ${(peakRss / 1e6).toFixed(0)} MB (sampled each second, supervisor and workers).`);
    for (const [kind, list] of errors) console.log(`  ${kind}: ${list.length} errors, first: ${list[0]}`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
