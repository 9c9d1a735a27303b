import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * Backups of the embedded SQLite database. A backup is `VACUUM INTO`: one read transaction, so the
 * copy is the database as of one moment even while the server keeps writing (WAL lets readers and
 * the writer work side by side), and the copy never has to start over because of those writes.
 */

/** The file of a `sqlite:<file>` DATABASE_URL; a clear error for anything else. */
export function sqliteFile(url: string): string {
  const match = /^sqlite:(.+)$/.exec(url);
  if (!match) throw new Error(`Backups here are for the embedded SQLite database; DATABASE_URL is "${url.replace(/\/\/[^@/]*@/, '//***@')}" (use the database server's own tools, e.g. pg_dump)`);
  if (match[1] === ':memory:') throw new Error('An in-memory database has nothing to back up or restore');
  return path.resolve(match[1]);
}

/** `backups/interlock-2026-11-22T06-30-00-000Z.db` (no colons: valid on every file system). */
export function defaultBackupFile(now = new Date(), dir = 'backups'): string {
  return path.join(dir, `interlock-${now.toISOString().replace(/[:.]/g, '-')}.db`);
}

const temporaryNextTo = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);

/** Why a file is not a sound backup of this application's database, or null when it is. */
export function backupProblem(file: string): string | null {
  if (!fs.existsSync(file)) return `${file} does not exist`;
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `${file} cannot be opened as a SQLite database (${(error as Error).message})`;
  }
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `${file} fails SQLite's integrity check: ${String(integrity)}`;
    const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    for (const table of ['kysely_migration', 'users', 'auditLog']) {
      if (!tables.has(table)) return `${file} is not an Interlock Back Office database (no ${table} table)`;
    }
    const applied = sqlite.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number };
    if (applied.n === 0) return `${file} is not an Interlock Back Office database (no migration applied)`;
    return null;
  } catch (error) {
    return `${file} is not a readable SQLite database (${(error as Error).message})`;
  } finally {
    sqlite.close();
  }
}

/**
 * Copies the live database at `source` into `target` (which must not exist yet), consistently
 * while other processes write. Written to a temporary file first and renamed when complete and
 * checked, so a backup file that exists is always whole.
 */
export function backupDatabase(source: string, target: string): { file: string; bytes: number } {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already: choose another name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temporary = temporaryNextTo(path.resolve(target));
  const sqlite = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    sqlite.prepare('VACUUM INTO ?').run(temporary);
  } finally {
    sqlite.close();
  }
  try {
    const problem = backupProblem(temporary);
    if (problem) throw new Error(`The copy failed its check: ${problem}`);
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return { file: path.resolve(target), bytes: fs.statSync(target).size };
}

/** Whether some connection (a running server) has the database at `file` open. */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const sqlite = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    // An exclusive lock is refused while any other connection holds the database open in WAL mode.
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
    sqlite.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    sqlite.close();
  }
}

/**
 * Replaces the database at `target` by the backup `backup`, after checking that it is a sound
 * backup of ours. Refused while a server has the target open (stop it first, or restore to a new
 * path). The copy is written next to the target and renamed over it, and the old database's
 * write-ahead log is removed first, so the target is at every moment either the old database or
 * the whole backup. The server brings the restored database up to the current migrations on start.
 */
export function restoreDatabase(backup: string, target: string): { file: string; bytes: number } {
  const problem = backupProblem(backup);
  if (problem) throw new Error(`Refusing to restore: ${problem}`);
  if (path.resolve(backup) === path.resolve(target)) throw new Error('The backup and the database are the same file');
  if (databaseInUse(target)) throw new Error(`${target} is in use: stop the server first (or restore to a new path and point DATABASE_URL at it)`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temporary = temporaryNextTo(path.resolve(target));
  try {
    fs.copyFileSync(backup, temporary);
    fsyncFile(temporary);
    // a stale log would be replayed onto the restored pages: it goes before the new file takes the name
    fs.rmSync(`${target}-wal`, { force: true });
    fs.rmSync(`${target}-shm`, { force: true });
    fs.rmSync(`${target}-journal`, { force: true });
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return { file: path.resolve(target), bytes: fs.statSync(target).size };
}

function fsyncFile(file: string) {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
