import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type Transaction as KyselyTransaction } from 'kysely';

/**
 * The generic REST layer addresses tables and columns by name at run time, so the database is
 * typed loosely here; the resource definitions are the typed source of truth for records.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Transaction = KyselyTransaction<any>;

export interface Database {
  db: Db;
  /** Where the data lives, for messages. */
  description: string;
  close(): Promise<void>;
}

/** `sqlite:data/interlock.db`, `sqlite::memory:` (tests). PostgreSQL arrives with its own dialect. */
export function openDatabase(url: string): Database {
  const match = /^sqlite:(.+)$/.exec(url);
  if (!match) throw new Error(`Unsupported DATABASE_URL "${url}": use sqlite:<file>`);
  const file = match[1];
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's lower() folds ASCII only; full Unicode case folding keeps `q` and `_like` case-insensitive for every name.
  sqlite.function('lower', { deterministic: true }, (s: unknown) => (s == null ? null : String(s).toLowerCase()));
  const db: Db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, description: `SQLite ${file}`, close: () => db.destroy() };
}
