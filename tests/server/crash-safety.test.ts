import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { api, signIn, TEST_ADMIN } from './test-server.ts';

/**
 * The real server (`server/main.ts`) in its own process on a SQLite file, killed with SIGKILL in
 * the middle of a write load and started again on the same file: what it acknowledged is there,
 * nothing is half-written, and the audit log matches the data.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-crash-'));
const file = path.join(dir, 'interlock.db');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  url: string;
  /** The worker processes' ids as the supervisor announces them, in order of start (WORKERS > 1). */
  workers: number[];
  /** Those of them that run the background jobs. */
  jobs: number[];
  /** Everything it printed so far (for a failure's message). */
  output: () => string;
}

/**
 * `node --import tsx server/main.ts` on `dbFile`: one process by default (so SIGKILL hits the
 * server itself), or a supervisor and `workers` worker processes; resolves when it answers.
 */
async function startServer(port: number, { dbFile = file, workers = 1, jobs = false }: { dbFile?: string; workers?: number; jobs?: boolean } = {}): Promise<Server> {
  // --dev: the API alone (the SPA is not built or served), with the same database code as production
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--dev'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}`, API_PORT: String(port), DEMO_DATA: 'false', OUTBOX_DISABLED: jobs ? '0' : '1', OUTBOX_LOG: `${dbFile}.outbox.log`, WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  const started: number[] = [];
  const jobsWorkers: number[] = [];
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  // a line may arrive in two chunks: the announcements are read from everything printed so far
  let stdout = '';
  child.stdout!.on('data', (chunk) => {
    stdout += String(chunk);
    started.length = 0;
    jobsWorkers.length = 0;
    for (const match of stdout.matchAll(/worker (\d+) started( \(runs the background jobs\))?\n/g)) {
      started.push(Number(match[1]));
      if (match[2]) jobsWorkers.push(Number(match[1]));
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/api/auth/me`);
      if (res.status < 500 && started.length >= (workers > 1 ? workers : 0)) return { child, url, workers: started, jobs: jobsWorkers, output: () => `${stdout}${stderr}` };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the server did not start: ${stderr}`);
}

interface Acknowledged {
  code: string;
  name: string;
  version: number;
}

/** A database file with the migrations applied and the test administrator. */
async function prepareFile(dbFile: string) {
  const setup = openDatabase(`sqlite:${dbFile}`);
  await migrateToLatest(setup.db);
  const now = new Date().toISOString();
  await setup.db
    .insertInto('users')
    .values({ name: 'Test Admin', email: TEST_ADMIN.email, role: 'admin', active: 1, passwordHash: await hashPassword(TEST_ADMIN.password), createdAt: now, updatedAt: now, version: 1 })
    .execute();
  await setup.close();
}

/**
 * Eight clients, each creating a region, renaming it twice (with its version) and starting over,
 * until `stop()`. What the server answered is in `acknowledged`. While `tolerant()` is true, a
 * request that fails (its process died under it) makes its client start over with a new region.
 * A request unanswered for 20 s fails too: Node's cluster can lose a connection it was handing to
 * a worker at the instant that worker died (the client waits until its own timeout). `failedAt`
 * holds when each failed request was sent.
 */
function writeLoad(call: (method: string, url: string, body?: unknown) => ReturnType<typeof api>, tolerant: () => boolean) {
  const acknowledged = new Map<number, Acknowledged>();
  let stopped = false;
  const state = { acknowledged, count: 0, failures: 0, failedAt: [] as number[], error: undefined as unknown, stop: () => (stopped = true), done: Promise.resolve() as Promise<unknown> };
  const client = async (w: number) => {
    let sentAt = 0;
    const answered = (method: string, url: string, body?: unknown) => {
      sentAt = Date.now();
      return Promise.race([
        call(method, url, body),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${method} ${url}: no answer in 20 s`)), 20_000).unref()),
      ]);
    };
    for (let n = 0; !stopped; n++) {
      try {
        const code = `W${w}N${n}`;
        const created = await answered('POST', '/api/regions', { code, name: `Region ${code}` });
        if (created.status !== 201) throw new Error(`create refused: ${created.status} ${JSON.stringify(created.body)}`);
        acknowledged.set(created.body.id, { code, name: created.body.name, version: created.body.version });
        state.count++;
        for (let edit = 1; edit <= 2; edit++) {
          const current = acknowledged.get(created.body.id)!;
          const name = `Region ${code} edit ${edit}`;
          const updated = await answered('PATCH', `/api/regions/${created.body.id}`, { name, version: current.version });
          if (updated.status !== 200) throw new Error(`update refused: ${updated.status} ${JSON.stringify(updated.body)}`);
          acknowledged.set(created.body.id, { code, name: updated.body.name, version: updated.body.version });
          state.count++;
        }
      } catch (error) {
        if (!stopped && !tolerant()) {
          // the first unexpected failure stops the load, and the test says what it was
          state.error ??= error;
          stopped = true;
          throw error;
        }
        state.failures++;
        state.failedAt.push(sentAt);
      }
    }
  };
  state.done = Promise.all(Array.from({ length: 8 }, (_, w) => client(w)));
  return state;
}

/** Waits for a condition, failing with what it waited for after `seconds`, or with the load's first unexpected failure. */
const until = async (condition: () => boolean, what: string, load?: { error: unknown }, seconds = 120) => {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (load?.error) throw load.error;
    if (Date.now() > deadline) throw new Error(`waited ${seconds} s for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
};

/**
 * What the server holds against what it acknowledged: every acknowledged write there (at most one
 * unheard write after it), unacknowledged creates only whole, the file intact, one audit-log row per write.
 */
async function verifyAgainst(url: string, cookie: string, dbFile: string, acknowledged: Map<number, Acknowledged>) {
  const list = await api(url, 'GET', '/api/regions?_start=0&_end=5000', undefined, { cookie });
  expect(list.status).toBe(200);
  const rows = new Map<number, { code: string; name: string; version: number }>((list.body as { id: number; code: string; name: string; version: number }[]).map((r) => [r.id, r]));
  for (const [id, ack] of acknowledged) {
    const row = rows.get(id);
    expect(row, `acknowledged region ${ack.code}`).toBeDefined();
    expect(row!.code).toBe(ack.code);
    // at most one write the client never heard back about may have landed after the acknowledged one
    expect([ack.version, ack.version + 1], ack.code).toContain(row!.version);
    if (row!.version === ack.version) expect(row!.name, ack.code).toBe(ack.name);
    else expect(row!.name, ack.code).toBe(`Region ${ack.code} edit ${row!.version - 1}`);
  }
  // unacknowledged creates may have landed, but only whole
  for (const [id, row] of rows) if (!acknowledged.has(id)) expect(row.version, row.code).toBe(1);
  const sqlite = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const audit = sqlite.prepare("SELECT recordId, action, diff FROM auditLog WHERE resource = 'regions' ORDER BY id").all() as { recordId: number; action: string; diff: string | null }[];
    const creates = audit.filter((a) => a.action === 'create').map((a) => a.recordId);
    expect(new Set(creates).size).toBe(creates.length);
    expect([...creates].sort((a, b) => a - b)).toEqual([...rows.keys()].sort((a, b) => a - b));
    // one update row per version past the first, and the last one's name is the stored one
    for (const [id, row] of rows) {
      const updates = audit.filter((a) => a.recordId === id && a.action === 'update');
      expect(updates.length, row.code).toBe(row.version - 1);
      if (updates.length) expect(JSON.parse(updates.at(-1)!.diff!).name[1], row.code).toBe(row.name);
    }
  } finally {
    sqlite.close();
  }
  return [...rows].filter(([id, row]) => !acknowledged.has(id) || row.version > acknowledged.get(id)!.version).length;
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('crash safety', () => {
  it('keeps every acknowledged write and nothing half-written when killed mid-load', async () => {
    await prepareFile(file);
    const port = await freePort();
    const first = await startServer(port);
    const cookie = await signIn(first.url, TEST_ADMIN.email, TEST_ADMIN.password);
    let crashed = false;
    const load = writeLoad((method, url, body) => api(first.url, method, url, body, { cookie }), () => crashed);
    const KILL_AFTER = 240;
    await until(() => load.count >= KILL_AFTER, `${KILL_AFTER} acknowledged writes`, load);
    crashed = true;
    load.stop();
    first.child.kill('SIGKILL');
    await load.done;
    await stopped(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(load.count).toBeGreaterThanOrEqual(KILL_AFTER);

    // Started again on the same file: SQLite replays its write-ahead log.
    const second = await startServer(port);
    try {
      // the session written before the crash still signs the admin in
      const landedUnheard = await verifyAgainst(second.url, cookie, file, load.acknowledged);
      console.log(`crash safety: ${load.count} writes acknowledged before SIGKILL, ${landedUnheard} written but never acknowledged`);
      // and it goes on taking writes
      const after = await api(second.url, 'POST', '/api/regions', { code: 'AFTER', name: 'After the crash' }, { cookie });
      expect(after.status).toBe(201);
    } finally {
      second.child.kill('SIGTERM');
      await stopped(second.child);
    }
  }, 90_000);
  it('with two workers on one file: the one running the jobs killed mid-load is replaced (jobs included), and no acknowledged write is lost', async () => {
    const dbFile = path.join(dir, 'workers.db');
    await prepareFile(dbFile);
    const server = await startServer(await freePort(), { dbFile, workers: 2, jobs: true });
    try {
      expect(server.workers).toHaveLength(2);
      // the background jobs run in exactly one of them
      expect(server.jobs).toHaveLength(1);
      const cookie = await signIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
      let killed = false;
      const load = writeLoad((method, url, body) => api(server.url, method, url, body, { cookie }), () => killed);
      // soon after start (a worker that dies after it listens is replaced, however young it is)
      await until(() => load.count >= 20, '20 acknowledged writes', load);
      killed = true;
      const jobsWorker = server.jobs[0];
      process.kill(jobsWorker, 'SIGKILL');
      await until(() => {
        if (server.child.exitCode !== null) throw new Error(`the server stopped instead of replacing the worker: ${server.output()}`);
        return server.workers.length === 3;
      }, 'the replacement worker');
      expect(server.jobs).toEqual([jobsWorker, server.workers[2]]);
      const afterRestart = load.count;
      const replacedAt = Date.now();
      // both processes serve again: the load goes on, and no request sent from now on fails
      await until(() => load.count >= afterRestart + 60, '60 more acknowledged writes', load);
      expect(load.failedAt.filter((sent) => sent >= replacedAt)).toEqual([]);
      load.stop();
      await load.done;
      const landedUnheard = await verifyAgainst(server.url, cookie, dbFile, load.acknowledged);
      console.log(`crash safety (2 workers): ${load.count} writes acknowledged, ${load.failures} requests lost with the killed worker, ${landedUnheard} written but never acknowledged`);
    } finally {
      server.child.kill('SIGTERM');
      await stopped(server.child);
    }
  }, 300_000);
});
