/**
 * `npm run load -- [--clients 200] [--seconds 60] [--max-requests 2000000] [--scale large|demo] [--database FILE]`
 * A realistic mix of react-admin's requests from many concurrent clients against the real server
 * (a child process, `server/main.ts`) on the large data set, over loopback only. Reports
 * throughput and p50/p99 per request kind; exits non-zero if any request failed.
 * Bounded in time (--seconds, plus a watchdog) and in count (--max-requests).
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
/** Signed-in users the clients share (each client uses one session, as a browser tab would). */
const USERS = 20;

function options() {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '60' },
      'max-requests': { type: 'string', default: '2000000' },
      scale: { type: 'string', default: 'large' },
      database: { type: 'string' },
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
  };
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
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < USERS; i++) {
    await database.db
      .insertInto('users')
      .values({ name: `Load Reviewer ${i}`, email: `load${i}@load.local`, role: 'compliance', active: 1, passwordHash, createdAt: now, updatedAt: now, version: 1 })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
  }
  const inputs = await workingSet(database.db);
  await database.close();
  return inputs;
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

function startServer(file: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', OUTBOX_DISABLED: '1' },
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
  /** The request of one iteration: method, path, body, the status it must answer. */
  make(w: Working, n: number, created: number[]): { method: string; url: string; body?: unknown; status: number };
}

const pick = <T>(list: T[], n: number) => list[n % list.length];
const workOrderId = (w: Working, n: number) => 1 + ((n * 7919) % w.maxWorkOrderId);

/** The mix: mostly reads (lists, getMany, show), then creates, updates and commands. */
const KINDS: Kind[] = [
  { name: 'list work orders (sorted page)', weight: 20, make: (_w, n) => ({ method: 'GET', url: `/api/work-orders?_sort=scheduledAt&_order=DESC&_start=${(n % 20) * 25}&_end=${(n % 20) * 25 + 25}`, status: 200 }) },
  { name: 'list work orders of a center', weight: 10, make: (w, n) => ({ method: 'GET', url: `/api/work-orders?serviceCenterId=${pick(w.liveCenters, n)}&_sort=scheduledAt&_order=DESC&_start=0&_end=25`, status: 200 }) },
  { name: 'list centers by rating', weight: 8, make: (_w, n) => ({ method: 'GET', url: `/api/service-centers?onboardingStatus=live&_sort=rating&_order=${n % 2 ? 'ASC' : 'DESC'}&_start=0&_end=25`, status: 200 }) },
  { name: 'search customers', weight: 7, make: (_w, n) => ({ method: 'GET', url: `/api/customers?q=${['smith', 'jo', 'garcia', 'lee', 'ann'][n % 5]}&_start=0&_end=25`, status: 200 }) },
  { name: 'getMany 25 work orders', weight: 10, make: (w, n) => ({ method: 'GET', url: `/api/work-orders?${Array.from({ length: 25 }, (_, k) => `id=${workOrderId(w, n * 25 + k)}`).join('&')}`, status: 200 }) },
  { name: 'show work order', weight: 15, make: (w, n) => ({ method: 'GET', url: `/api/work-orders/${workOrderId(w, n)}`, status: 200 }) },
  { name: 'show center', weight: 5, make: (w, n) => ({ method: 'GET', url: `/api/service-centers/${pick(w.liveCenters, n)}`, status: 200 }) },
  {
    name: 'create work order',
    weight: 8,
    make: (w, n) => ({
      method: 'POST',
      url: '/api/work-orders',
      // a provider request: no customer, no equipment to reserve
      body: { type: ['vehicle-inspection', 'cord-exchange', 'camera-adjustment'][n % 3], status: 'scheduled', serviceCenterId: pick(w.liveCenters, n), scheduledAt: new Date(Date.UTC(2027, 0, 1 + (n % 300), 15)).toISOString(), notes: `Load ${n}` },
      status: 201,
    }),
  },
  { name: 'update work order', weight: 10, make: (_w, n, created) => ({ method: 'PATCH', url: `/api/work-orders/${pick(created, n)}`, body: { notes: `Load update ${n}` }, status: 200 }) },
  { name: 'print work order (command)', weight: 7, make: (w, n) => ({ method: 'POST', url: `/api/work-orders/${workOrderId(w, n)}/print`, body: {}, status: 200 }) },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, k) => sum + k.weight, 0);
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
    server = await startServer(file, port);
    const base = `http://127.0.0.1:${port}`;
    const sessions: Record<string, string>[] = [];
    for (let i = 0; i < USERS; i++) sessions.push(await signIn(base, `load${i}@load.local`));
    // Updates touch open work orders this run created: a few made before the clock starts.
    const created: number[] = [];
    const create = KINDS.find((k) => k.name === 'create work order')!;
    for (let n = 0; n < 100; n++) {
      const request = create.make(working, n, created);
      const response = await fetch(`${base}${request.url}`, { method: 'POST', headers: sessions[0], body: JSON.stringify(request.body) });
      if (response.status !== 201) throw new Error(`preparing work orders failed: ${response.status} ${await response.text()}`);
      created.push(Number(((await response.json()) as { id: number }).id));
    }

    const samples = new Map<string, number[]>(KINDS.map((k) => [k.name, []]));
    const errors = new Map<string, string[]>();
    let sent = 0;
    const deadline = performance.now() + opts.seconds * 1000;
    const started = performance.now();
    const client = async (c: number) => {
      const headers = sessions[c % sessions.length];
      for (let i = 0; performance.now() < deadline && sent < opts.maxRequests; i++) {
        const n = sent++;
        const kind = kindFor(n * 31 + c);
        const request = kind.make(working, n, created);
        const t0 = performance.now();
        try {
          const response = await fetch(`${base}${request.url}`, { method: request.method, headers, body: request.body === undefined ? undefined : JSON.stringify(request.body) });
          const text = await response.text();
          if (response.status !== request.status) throw new Error(`${request.method} ${request.url} answered ${response.status}: ${text.slice(0, 200)}`);
          if (kind.name === 'create work order') created.push(Number((JSON.parse(text) as { id: number }).id));
          samples.get(kind.name)!.push(performance.now() - t0);
        } catch (error) {
          const list = errors.get(kind.name) ?? [];
          list.push(error instanceof Error ? error.message : String(error));
          errors.set(kind.name, list);
        }
      }
    };
    console.log(`Load: ${opts.clients} concurrent clients for ${opts.seconds} s (at most ${opts.maxRequests.toLocaleString('en-US')} requests) against ${base} …`);
    await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
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
    console.log(`${done.toLocaleString('en-US')} requests in ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(0)} requests/s, ${failed} errors.`);
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
