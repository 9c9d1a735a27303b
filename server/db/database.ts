import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { isBusy, PostgresQueryPlugin } from './dialect.ts';
import type { Tables } from './schema.ts';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig, type Transaction as KyselyTransaction } from 'kysely';

/** The database, typed by the resource definitions (see schema.ts). */
export type Db = Kysely<Tables>;
export type Transaction = KyselyTransaction<Tables>;

/**
 * The same database addressed by table and column names known only at run time (`resource.table`,
 * a list's filter fields): the generic json-server layer's one untyped view.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseDb = Kysely<any>;

/** The untyped view of a database or transaction, for the generic json-server layer. */
export const looseDb = (db: Db | Transaction): LooseDb => db as unknown as LooseDb;

export interface Database {
  db: Db;
  /** Where the data lives, for messages. */
  description: string;
  close(): Promise<void>;
}

/** How long a write waits for another process's write lock before its request answers 503: long enough for the largest import (20,000 rows). */
const WRITE_LOCK_WAIT_MS = 15_000;

/**
 * SQLite transactions take the write lock when they begin (`begin immediate`): with several
 * server processes on one file, a writer then waits its turn instead of failing when its
 * transaction, having read, tries to write after another process wrote. It waits without
 * blocking its process: SQLite's own busy handler would sleep inside the synchronous driver,
 * freezing every other request of that process for up to 100 ms per try; here each try fails at
 * once (busy_timeout 0 for the `begin`) and the next comes after a short timer, 1 ms doubling to
 * 16 ms, for as long as the connection's busy_timeout (WRITE_LOCK_WAIT_MS).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const { rows } = await connection.executeQuery<{ timeout: number }>(CompiledQuery.raw('pragma busy_timeout'));
    const wait = Number(rows[0]?.timeout ?? WRITE_LOCK_WAIT_MS);
    await connection.executeQuery(CompiledQuery.raw('pragma busy_timeout = 0'));
    try {
      const deadline = Date.now() + wait;
      for (let pause = 1; ; pause = Math.min(pause * 2, 16)) {
        try {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'));
          return;
        } catch (error) {
          if (!isBusy(error) || Date.now() + pause > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${wait}`));
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Keeps the compiled form of up to `size` distinct statements (the oldest forgotten first): Kysely
 * prepares every query anew, and compiling its SQL was over a third of a write's CPU time (10,000
 * customers imported: 3.7 s → 2.3 s of CPU). better-sqlite3 runs a statement to its end before
 * another starts, and Kysely reads rows with `all` (`iterate` only for `.stream()`, which nothing
 * here uses), so a cached statement is never found busy.
 */
function cachePreparedStatements(sqlite: SQLite.Database, size = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      cache.set(source, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * `sqlite:data/interlock.db`, `sqlite::memory:` (tests), or `postgres://user@host:5432/db`
 * (also `postgresql://`; PG_POOL_MAX connections per server process, default 10).
 */
export function openDatabase(url: string, env: NodeJS.ProcessEnv = process.env): Database {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, env);
  const match = /^sqlite:(.+)$/.exec(url);
  if (!match) throw new Error(`Unsupported DATABASE_URL "${url.replace(/\/\/[^@/]*@/, '//***@')}": use sqlite:<file> or postgres://user@host/database`);
  const file = match[1];
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // statements outside a transaction (which waits without blocking, see ImmediateSqliteDriver)
  sqlite.pragma(`busy_timeout = ${WRITE_LOCK_WAIT_MS}`);
  // SQLite's lower() folds ASCII only; full Unicode case folding keeps `q` and `_like` case-insensitive for every name.
  sqlite.function('lower', { deterministic: true }, (s: unknown) => (s == null ? null : String(s).toLowerCase()));
  cachePreparedStatements(sqlite);
  const db: Db = new Kysely({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return { db, description: `SQLite ${file}`, close: () => db.destroy() };
}

/** PostgreSQL's bigint (count, sum of integers) and numeric (sums, averages) arrive as numbers, as on SQLite. */
const NUMERIC_TYPES = new Set<number>([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);

function openPostgres(url: string, env: NodeJS.ProcessEnv): Database {
  const max = Number(env.PG_POOL_MAX ?? 10);
  if (!Number.isInteger(max) || max < 1) throw new Error(`PG_POOL_MAX must be a whole number of connections (at least 1), got "${env.PG_POOL_MAX}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        NUMERIC_TYPES.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle pooled connection that the server ends (a restart, an administrator's command) is
  // dropped from the pool and replaced on the next query: logged, never a crash of the process.
  pool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection (${error.message}); the pool opens another when needed.`));
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }), plugins: [new PostgresQueryPlugin()] });
  const where = new URL(url);
  return { db, description: `PostgreSQL ${where.host}${where.pathname}`, close: () => db.destroy() };
}
