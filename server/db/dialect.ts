import {
  ColumnDefinitionNode,
  DataTypeNode,
  FunctionNode,
  GeneratedNode,
  OperationNodeTransformer,
  PostgresAdapter,
  RawNode,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  type UnknownRow,
} from 'kysely';
import type { Db, Transaction } from './database.ts';

// Everything that differs between SQLite and PostgreSQL lives in this file; the rest of the
// server writes portable Kysely.

export function isPostgres(db: Db | Transaction): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Maps the migrations' portable column definitions onto PostgreSQL: an auto-increment integer key
 * becomes an identity column, and text columns compare in code-point order (`COLLATE "C"`), as
 * SQLite's text does and as the JavaScript the oracle tests compare with.
 */
class PostgresColumns extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node);
    if (column.autoIncrement) {
      return ColumnDefinitionNode.cloneWith(column, { autoIncrement: false, generated: GeneratedNode.create({ byDefault: true, identity: true }) });
    }
    if (DataTypeNode.is(column.dataType) && column.dataType.dataType === 'text') {
      return ColumnDefinitionNode.cloneWithFrontModifier(column, RawNode.createWithSql('collate "C"'));
    }
    return column;
  }
}

class PostgresSchemaPlugin implements KyselyPlugin {
  readonly #transformer = new PostgresColumns();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * PostgreSQL applies a text value's collation when it changes case, and the columns' "C" folds
 * ASCII only: `lower()` folds its argument under the database's default collation instead, as
 * the function registered on SQLite folds all of Unicode.
 */
class PostgresLower extends OperationNodeTransformer {
  protected override transformFunction(node: FunctionNode): FunctionNode {
    const call = super.transformFunction(node);
    if (call.func !== 'lower') return call;
    return { ...call, arguments: call.arguments.map((argument) => RawNode.create(['(', ' collate "default")'], [argument])) };
  }
}

/** Query-time adaptations on PostgreSQL (installed by `openDatabase`). */
export class PostgresQueryPlugin implements KyselyPlugin {
  readonly #transformer = new PostgresLower();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * Case-insensitive substring match of a text column against a lowercased, LIKE-escaped (`\`)
 * pattern, folding all of Unicode on both databases. On SQLite, LIKE itself folds ASCII at C
 * speed; only values holding other characters go through the registered Unicode `lower()`
 * (a JavaScript call per value, about three times slower over a whole table).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function containsText(db: Db, eb: ExpressionBuilder<any, any>, field: string, pattern: string): Expression<SqlBool> {
  const ref = eb.ref(field);
  const folded = sql<SqlBool>`${eb.fn('lower', [ref])} like ${pattern} escape '\\'`;
  if (isPostgres(db)) return folded;
  return sql<SqlBool>`(${ref} like ${pattern} escape '\\' or (length(cast(${ref} as blob)) <> length(${ref}) and ${folded}))`;
}

/** The database as migrations see it: schema statements adapted to the dialect. */
export function forMigrations(db: Db): Db {
  return isPostgres(db) ? db.withPlugin(new PostgresSchemaPlugin()) : db;
}

/**
 * After rows were inserted with explicit ids (demo data), the next generated id must follow the
 * largest: SQLite does that by itself, a PostgreSQL identity column needs its sequence moved on.
 */
export async function syncIdSequence(db: Db | Transaction, table: string): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select setval(pg_get_serial_sequence(${sql.lit(`"${table}"`)}, 'id'), coalesce((select max(${sql.ref('id')}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
}

/**
 * Locks the selected rows until the transaction ends, for check-then-write rules that several
 * server processes may run at once on PostgreSQL. SQLite has no row locks (and no `for update`):
 * its write transactions already run one at a time. `skipLocked` passes over rows another
 * transaction holds (taking the first free one of a pool, such as warehouse stock).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function forUpdate<Q extends SelectQueryBuilder<any, any, any>>(trx: Transaction, query: Q, options: { skipLocked?: boolean } = {}): Q {
  if (!isPostgres(trx)) return query;
  const locked = query.forUpdate();
  return (options.skipLocked ? locked.skipLocked() : locked) as Q;
}

/** A write refused by a unique index (PostgreSQL's SQLSTATE 23505, better-sqlite3's code): another writer got there first. */
/** The database stayed locked by another process's write for the whole busy timeout (SQLite; PostgreSQL waits for its locks). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
