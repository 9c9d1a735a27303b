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

/** `node --import tsx server/main.ts` (one process, so SIGKILL hits the server itself); resolves when it answers. */
async function startServer(port: number): Promise<{ child: ChildProcess; url: string }> {
  // --dev: the API alone (the SPA is not built or served), with the same database code as production
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--dev'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, API_PORT: String(port), DEMO_DATA: 'false', OUTBOX_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/api/auth/me`);
      if (res.status < 500) return { child, url };
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

describe('crash safety', () => {
  it('keeps every acknowledged write and nothing half-written when killed mid-load', async () => {
    const setup = openDatabase(`sqlite:${file}`);
    await migrateToLatest(setup.db);
    const now = new Date().toISOString();
    await setup.db
      .insertInto('users')
      .values({ name: 'Test Admin', email: TEST_ADMIN.email, role: 'admin', active: 1, passwordHash: await hashPassword(TEST_ADMIN.password), createdAt: now, updatedAt: now, version: 1 })
      .execute();
    await setup.close();

    const port = await freePort();
    const first = await startServer(port);
    const cookie = await signIn(first.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const call = (method: string, url: string, body?: unknown) => api(first.url, method, url, body, { cookie });

    // Each worker creates a region, renames it twice (with its version), and starts over.
    const acknowledged = new Map<number, Acknowledged>();
    let count = 0;
    let crashed = false;
    const KILL_AFTER = 240;
    const worker = async (w: number) => {
      for (let n = 0; !crashed; n++) {
        try {
          const code = `W${w}N${n}`;
          const created = await call('POST', '/api/regions', { code, name: `Region ${code}` });
          if (created.status !== 201) throw new Error(`create refused: ${created.status} ${JSON.stringify(created.body)}`);
          acknowledged.set(created.body.id, { code, name: created.body.name, version: created.body.version });
          count++;
          for (let edit = 1; edit <= 2; edit++) {
            const current = acknowledged.get(created.body.id)!;
            const name = `Region ${code} edit ${edit}`;
            const updated = await call('PATCH', `/api/regions/${created.body.id}`, { name, version: current.version });
            if (updated.status !== 200) throw new Error(`update refused: ${updated.status} ${JSON.stringify(updated.body)}`);
            acknowledged.set(created.body.id, { code, name: updated.body.name, version: updated.body.version });
            count++;
          }
        } catch (error) {
          if (!crashed) throw error;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    while (count < KILL_AFTER) await new Promise((r) => setTimeout(r, 1));
    crashed = true;
    first.child.kill('SIGKILL');
    await load;
    await new Promise<void>((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve() : first.child.once('exit', () => resolve())));
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(count).toBeGreaterThanOrEqual(KILL_AFTER);

    // Started again on the same file: SQLite replays its write-ahead log.
    const second = await startServer(port);
    try {
      // the session written before the crash still signs the admin in
      const list = await api(second.url, 'GET', '/api/regions?_start=0&_end=5000', undefined, { cookie });
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
      const landedUnheard = [...rows].filter(([id, row]) => !acknowledged.has(id) || row.version > acknowledged.get(id)!.version).length;
      console.log(`crash safety: ${count} writes acknowledged before SIGKILL, ${rows.size} regions after restart, ${landedUnheard} written but never acknowledged`);

      const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
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

      // and it goes on taking writes
      const after = await api(second.url, 'POST', '/api/regions', { code: 'AFTER', name: 'After the crash' }, { cookie });
      expect(after.status).toBe(201);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise<void>((resolve) => (second.child.exitCode !== null ? resolve() : second.child.once('exit', () => resolve())));
    }
  }, 90_000);
});
