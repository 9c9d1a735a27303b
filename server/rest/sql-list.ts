import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Resource } from '../resources/define.ts';
import { looseDb, type Db } from '../db/database.ts';
import { MAX_ROWS, type Condition, type ListQuery } from './list-query.ts';
import { badRequest } from './errors.ts';
import type { Scope } from '../auth/policy.ts';
import { scopeWhere } from './scope.ts';
import { containsText, isPostgres } from '../db/dialect.ts';
import { countingOf } from '../db/maintained-structures.ts';
import { maintainedCount, maintainedRegionCount } from '../db/row-counts.ts';
import { MIN_INDEXED_TERM, searchTableOf, substringQuery, termLength } from '../db/search-index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Eb = ExpressionBuilder<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Select = SelectQueryBuilder<any, any, any>;

/** `%term%` for LIKE, with LIKE's own wildcards taken literally. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Rows whose searchable text holds `term` (folded) — in one field when given — looked up in the
 * trigram index on SQLite; null where the index cannot answer (PostgreSQL's LIKE uses its own
 * index; a term too short for a trigram, a field that is not searchable).
 */
function indexedMatch(db: Db, eb: Eb, resource: Resource, term: string, field?: string): Expression<SqlBool> | null {
  const index = searchIndexFor(db, resource, term, field);
  return index === null ? null : eb('id', 'in', sql<number>`(select rowid from ${sql.table(index)} where ${sql.table(index)} match ${substringQuery(term, field)})`);
}

/** The trigram index table that answers `term` (in one field when given), or null where it cannot (see indexedMatch). */
function searchIndexFor(db: Db, resource: Resource, term: string, field?: string): string | null {
  if (isPostgres(db) || termLength(term) < MIN_INDEXED_TERM || (field !== undefined && !resource.search.includes(field))) return null;
  return searchTableOf(resource);
}

function condition(db: Db, eb: Eb, resource: Resource, { field, operator, values }: Condition): Expression<SqlBool> {
  const ref = eb.ref(field);
  switch (operator) {
    case 'eq':
      return eb(ref, 'in', values);
    case 'ne': // json-server: every value must differ, and a null never matches
      return eb(ref, 'not in', values);
    case 'gte':
      return eb.or(values.map((v) => eb(ref, '>=', v)));
    case 'lte':
      return eb.or(values.map((v) => eb(ref, '<=', v)));
    case 'like':
      return eb.or(
        values.map((v) => {
          const term = String(v).toLowerCase();
          return indexedMatch(db, eb, resource, term, field) ?? containsText(db, eb, field, containsPattern(term));
        }),
      );
  }
}

/** The WHERE of a list request: the row scope, every condition, the full-text term over the searchable fields. */
export function whereOf(db: Db, resource: Resource, query: ListQuery, scope: Scope) {
  return (eb: Eb) => {
    const parts = [scopeWhere(scope)(eb), ...query.conditions.map((c) => condition(db, eb, resource, c))];
    if (query.search) {
      const term = query.search.toLowerCase();
      const pattern = containsPattern(term);
      parts.push(indexedMatch(db, eb, resource, term) ?? eb.or(resource.search.map((field) => containsText(db, eb, field, pattern))));
    }
    return eb.and(parts);
  };
}

/**
 * ORDER BY as lodash's orderBy sorts (json-server): nulls after values ascending, before them
 * descending; ties keep storage order, i.e. by id.
 */
function orderBy(qb: Select, resource: Resource, query: ListQuery): Select {
  for (const { field, descending } of query.sort) {
    if (!resource.notNull.has(field)) {
      qb = qb.orderBy(sql`(${sql.ref(field)} is null)`, descending ? 'desc' : 'asc');
    }
    qb = qb.orderBy(field, descending ? 'desc' : 'asc');
  }
  return query.sort.some((s) => s.field === 'id') ? qb : qb.orderBy('id', 'asc');
}

/** Every row a list request matches within a row scope, in its order (no slice). */
export function orderedRows(db: Db, resource: Resource, query: ListQuery, scope: Scope): Select {
  return orderBy(looseDb(db).selectFrom(resource.table).selectAll().where(whereOf(db, resource, query, scope)), resource, query);
}

/** The SELECT of a list's page (or of everything it matches, up to one row past the cap). */
export function rowsQuery(db: Db, resource: Resource, query: ListQuery, scope: Scope): Select {
  return orderedRows(db, resource, query, scope)
    .limit(query.slice?.limit ?? MAX_ROWS + 1)
    .offset(query.slice?.offset ?? 0);
}

/**
 * The total of a list from the maintained row counts, when it asks for nothing but a row scope or
 * one center (the counted column): the whole table, one center's rows, a region's centers' rows.
 * Undefined when the list needs counting.
 */
async function keptCount(db: Db, resource: Resource, query: ListQuery, scope: Scope): Promise<number | undefined> {
  if (query.search) return undefined;
  const { table, byColumn } = countingOf(resource);
  const [only, ...more] = query.conditions;
  if (more.length) return undefined;
  if (only) {
    const oneCenter = scope.kind === 'all' && only.field === byColumn && only.operator === 'eq' && only.values.length === 1 && typeof only.values[0] === 'number';
    return oneCenter ? maintainedCount(db, table, { column: only.field, value: only.values[0] as number }) : undefined;
  }
  if (scope.kind === 'all') return maintainedCount(db, table);
  if (scope.kind === 'none') return 0;
  if (scope.column !== byColumn) return undefined;
  if (scope.kind === 'equals') return maintainedCount(db, table, { column: byColumn, value: scope.value });
  if (scope.kind === 'center-in-region') return maintainedRegionCount(db, table, byColumn, scope.regionId);
  return undefined;
}

/**
 * The total of a search (`q`) over a whole table with nothing else asked, counted in the trigram
 * index alone (each row of a table has exactly one row in its index). Undefined otherwise.
 */
async function searchOnlyCount(db: Db, resource: Resource, query: ListQuery, scope: Scope): Promise<number | undefined> {
  if (!query.search || query.conditions.length || scope.kind !== 'all') return undefined;
  const term = query.search.toLowerCase();
  const index = searchIndexFor(db, resource, term);
  if (index === null) return undefined;
  const { rows } = await sql<{ count: number }>`select count(*) as count from ${sql.table(index)} where ${sql.table(index)} match ${substringQuery(term)}`.execute(db);
  return Number(rows[0].count);
}

/** How many rows a list request matches within a row scope (its X-Total-Count): kept counts where they answer, else counted. */
export async function countList(db: Db, resource: Resource, query: ListQuery, scope: Scope): Promise<number> {
  const kept = (await keptCount(db, resource, query, scope)) ?? (await searchOnlyCount(db, resource, query, scope));
  if (kept !== undefined) return kept;
  const { count } = (await looseDb(db)
    .selectFrom(resource.table)
    .select((eb) => eb.fn.countAll().as('count'))
    .where(whereOf(db, resource, query, scope))
    .executeTakeFirstOrThrow()) as { count: number | string | bigint };
  return Number(count);
}

/** Runs a list request within a row scope: the page of rows and, when asked for, the total that matched. */
export async function selectList(db: Db, resource: Resource, query: ListQuery, scope: Scope) {
  const rows = (await rowsQuery(db, resource, query, scope).execute()) as Record<string, unknown>[];
  if (!query.slice && rows.length > MAX_ROWS) {
    throw badRequest(`More than ${MAX_ROWS} records match; ask for a page with _start and _end`, {
      _end: 'Paginate this request',
    });
  }
  return { rows, total: query.counted ? await countList(db, resource, query, scope) : undefined };
}
