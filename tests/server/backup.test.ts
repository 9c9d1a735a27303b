import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { buildApp } from '../../server/app.ts';
import { backupProblem, databaseInUse, defaultBackupFile, sqliteFile } from '../../server/db/backup.ts';
import { api, signIn, startTestServer, TEST_ADMIN, type TestServer } from './test-server.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** The backup command line as an operator runs it: another process than the server. */
async function cli(databaseFile: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['server/db/backup-cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `sqlite:${databaseFile}` },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let server: TestServer;
let work: string;
let next = 0;

/** Creates regions one after another until told to stop; returns the ids the server acknowledged. */
function writeLoop() {
  let stop = false;
  const acknowledged: { id: number; code: string; at: number }[] = [];
  const done = (async () => {
    while (!stop) {
      const code = `B${++next}`;
      const res = await api(server.url, 'POST', '/api/regions', { code, name: `Region ${code}` });
      if (res.status !== 201) throw new Error(`write refused: ${res.status} ${JSON.stringify(res.body)}`);
      acknowledged.push({ id: res.body.id, code, at: Date.now() });
    }
  })();
  return { acknowledged, finish: async () => ((stop = true), await done) };
}

beforeAll(async () => {
  server = await startTestServer();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-backup-'));
});

afterAll(async () => {
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('backup and restore of the embedded database', () => {
  it('takes a consistent copy while the server writes, and a restored copy serves exactly what was there', async () => {
    const live = path.join(server.dir, 'test.db');
    const backup = path.join(work, 'nightly.db');

    const before = writeLoop();
    while (before.acknowledged.length < 20) await new Promise((r) => setTimeout(r, 10));
    const startedAt = Date.now();
    const taken = await cli(live, 'backup', '--out', backup);
    const finishedAt = Date.now();
    await before.finish();
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    expect(taken.stdout).toContain(backup);
    expect(backupProblem(backup)).toBeNull();
    // more writes after the backup
    const after = writeLoop();
    while (after.acknowledged.length < 10) await new Promise((r) => setTimeout(r, 10));
    await after.finish();

    const restored = path.join(work, 'restored', 'interlock.db');
    const restoring = await cli(restored, 'restore', backup);
    expect(restoring.stderr).toBe('');
    expect(restoring.code).toBe(0);

    const database = openDatabase(`sqlite:${restored}`);
    await migrateToLatest(database.db);
    const app = await buildApp({ database });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      const url = `http://127.0.0.1:${address.port}`;
      const cookie = await signIn(url, TEST_ADMIN.email, TEST_ADMIN.password);
      const res = await api(url, 'GET', '/api/regions?_start=0&_end=5000', undefined, { cookie });
      expect(res.status).toBe(200);
      const there = new Map<number, string>((res.body as { id: number; code: string }[]).map((r) => [r.id, r.code]));
      // acknowledged before the backup started: there, as written
      const settled = before.acknowledged.filter((w) => w.at <= startedAt);
      expect(settled.length).toBeGreaterThanOrEqual(20);
      for (const w of settled) expect(there.get(w.id), w.code).toBe(w.code);
      // written after it: not there
      for (const w of after.acknowledged) expect(there.has(w.id), w.code).toBe(false);
      for (const w of before.acknowledged.filter((w) => w.at > finishedAt)) expect(there.has(w.id), w.code).toBe(false);
      // the copy is one moment: the regions it has are a prefix of those written, each with its audit row
      const ids = [...there.keys()].sort((a, b) => a - b);
      const written = before.acknowledged.map((w) => w.id);
      expect(ids).toEqual(written.slice(0, ids.length));
      const audited = await database.db.selectFrom('auditLog').select('recordId').where('resource', '=', 'regions').where('action', '=', 'create').orderBy('recordId').execute();
      expect(audited.map((a) => a.recordId)).toEqual(ids);
      expect(backupProblem(restored)).toBeNull();
    } finally {
      await app.close();
    }
  }, 60_000);

  it('refuses to restore over a database a server has open, or a file that is not our backup', async () => {
    const live = path.join(server.dir, 'test.db');
    const backup = path.join(work, 'second.db');
    expect((await cli(live, 'backup', '--out', backup)).code).toBe(0);
    expect(databaseInUse(live)).toBe(true);
    const rowsBefore = (await server.db.selectFrom('regions').select('id').execute()).length;

    const over = await cli(live, 'restore', backup);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('in use: stop the server first');
    expect((await server.db.selectFrom('regions').select('id').execute()).length).toBe(rowsBefore);

    const junk = path.join(work, 'junk.db');
    fs.writeFileSync(junk, 'not a database at all, just some text'.repeat(200));
    const target = path.join(work, 'target.db');
    const refused = await cli(target, 'restore', junk);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Refusing to restore');
    expect(fs.existsSync(target)).toBe(false);

    const foreign = path.join(work, 'foreign.db');
    const other = openDatabase(`sqlite:${foreign}`);
    await other.db.schema.createTable('notes').addColumn('id', 'integer').execute();
    await other.close();
    const notOurs = await cli(target, 'restore', foreign);
    expect(notOurs.code).toBe(1);
    expect(notOurs.stderr).toContain('not an Interlock Back Office database');

    // an existing backup is never overwritten
    const again = await cli(live, 'backup', '--out', backup);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
  }, 60_000);

  it('says plainly that PostgreSQL databases are backed up with their own tools', () => {
    expect(() => sqliteFile('postgres://app:secret@db.example.org/interlock')).toThrow(/embedded SQLite database.*pg_dump/);
    expect(() => sqliteFile('postgres://app:secret@db.example.org/interlock')).not.toThrow(/secret/);
    expect(() => sqliteFile('sqlite::memory:')).toThrow(/in-memory/);
    expect(defaultBackupFile(new Date('2026-11-22T06:30:00.123Z'))).toBe(path.join('backups', 'interlock-2026-11-22T06-30-00-123Z.db'));
  });
});
