import { sql } from 'kysely';
import type { Resource } from '../resources/define.ts';
import type { Db, Transaction } from './database.ts';
import { isPostgres } from './dialect.ts';
import { buildIfChanged } from './maintained.ts';

/**
 * Trigram indexes over every resource's searchable fields, so that `q` and `_like` find a
 * substring without reading the whole table.
 *
 * - SQLite: an FTS5 table `<table>Search` (trigram tokenizer, case-sensitive) holding each row's
 *   searchable fields folded by the registered Unicode `lower()`, kept by triggers on the table.
 *   The folded text and a folded term give the same substring matches as `lower(field) LIKE`.
 * - PostgreSQL: a pg_trgm GIN index on `lower(field)` per field, which LIKE uses by itself.
 *
 * Built from the resource definitions when the database is opened (after the migrations), and
 * rebuilt when a resource's searchable fields change (maintained.ts).
 */
export async function ensureSearchIndexes(db: Db, resources: readonly Resource[]): Promise<void> {
  const searchable = resources.filter((resource) => resource.search.length > 0);
  if (isPostgres(db)) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const resource of searchable) {
      for (const field of resource.search) {
        const name = `${resource.table}_${field}_trgm`;
        await sql`create index if not exists ${sql.id(name)} on ${sql.table(resource.table)} using gin ((lower((${sql.ref(field)} collate "default"))) gin_trgm_ops)`.execute(db);
      }
    }
    return;
  }
  for (const resource of searchable) {
    await buildIfChanged(db, searchTableOf(resource), resource.search.join(','), (trx) => buildSqliteIndex(trx, resource));
  }
}

/** The FTS5 table holding a resource's folded searchable text, by row id. */
export const searchTableOf = (resource: Pick<Resource, 'table'>) => `${resource.table}Search`;

/**
 * The shortest term the trigram index can look up: shorter terms hold no trigram, and are matched
 * by LIKE over the table.
 */
export const MIN_INDEXED_TERM = 3;

/** An FTS5 query matching `term` (already folded) as a substring: one phrase, quotes doubled; within one column when given. */
export function substringQuery(term: string, column?: string): string {
  const phrase = `"${term.replace(/"/g, '""')}"`;
  return column ? `{${column}} : ${phrase}` : phrase;
}

/** How many characters a term has as the trigram tokenizer counts them (code points). */
export const termLength = (term: string) => [...term].length;

async function buildSqliteIndex(trx: Transaction, resource: Resource): Promise<void> {
  const index = searchTableOf(resource);
  const columns = sql.join(resource.search.map((field) => sql.ref(field)));
  const folded = sql.join(resource.search.map((field) => sql`lower(new.${sql.ref(field)})`));
  const trigger = (suffix: string) => sql.id(`${index}_${suffix}`);
  for (const suffix of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${trigger(suffix)}`.execute(trx);
  await sql`drop table if exists ${sql.table(index)}`.execute(trx);
  await sql`create virtual table ${sql.table(index)} using fts5(${columns}, tokenize = 'trigram case_sensitive 1')`.execute(trx);
  await sql`insert into ${sql.table(index)} (rowid, ${columns}) select "id", ${sql.join(resource.search.map((field) => sql`lower(${sql.ref(field)})`))} from ${sql.table(resource.table)}`.execute(trx);
  await sql`create trigger ${trigger('insert')} after insert on ${sql.table(resource.table)} begin
    insert into ${sql.table(index)} (rowid, ${columns}) values (new."id", ${folded}); end`.execute(trx);
  await sql`create trigger ${trigger('update')} after update of ${columns} on ${sql.table(resource.table)} begin
    update ${sql.table(index)} set ${sql.join(resource.search.map((field) => sql`${sql.ref(field)} = lower(new.${sql.ref(field)})`))} where rowid = new."id"; end`.execute(trx);
  await sql`create trigger ${trigger('delete')} after delete on ${sql.table(resource.table)} begin
    delete from ${sql.table(index)} where rowid = old."id"; end`.execute(trx);
}
