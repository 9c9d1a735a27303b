import type { Resource } from '../resources/define.ts';
import type { Db } from '../db/database.ts';
import type { Scope } from '../auth/policy.ts';
import { csvLine } from '../csv/csv-line.ts';
import { badRequest } from './errors.ts';
import { afterRow } from './keyset.ts';
import { parseListQuery, type ListQuery, type QueryString } from './list-query.ts';
import { toRecord } from './records.ts';
import { orderedRows } from './sql-list.ts';

/** Rows read per query of an export: each query is short, so no lock or snapshot is held while the client downloads. */
export const EXPORT_BATCH_ROWS = 1000;

/** A list request as an export reads it: the list's filters, `q` and sort, and no page (an export is the whole list). */
export function parseExportQuery(query: QueryString, columns: Resource['columns']): ListQuery {
  const parsed = parseListQuery(query, columns);
  if (parsed.slice) throw badRequest('An export is the whole list: leave out _start, _end, _limit and _page', { _end: 'Not for an export' });
  return parsed;
}

/** What an export asked for, for its audit-log row: filters, search and sort, as the list request wrote them. */
export function describeExport(query: ListQuery): string {
  const suffix = { eq: '', ne: '_ne', gte: '_gte', lte: '_lte', like: '_like' } as const;
  const parts = query.conditions.map(({ field, operator, values }) => `${field}${suffix[operator]}=${values.join('|')}`);
  if (query.search) parts.push(`q=${query.search}`);
  if (query.sort.length) parts.push(`sort ${query.sort.map((s) => `${s.field} ${s.descending ? 'desc' : 'asc'}`).join(', ')}`);
  return parts.length ? parts.join('; ') : 'no filter';
}

/**
 * The CSV of every row a list request matches within a row scope, in the list's order: a header
 * of the resource's fields (as the list's JSON has them), then one line per record, read in
 * batches of `batchRows` by keyset (each batch starts after the last row of the one before), so
 * memory stays flat and each query is short.
 */
export async function* csvOfList(db: Db, resource: Resource, query: ListQuery, scope: Scope, batchRows = EXPORT_BATCH_ROWS): AsyncGenerator<string> {
  yield csvLine(Object.keys(resource.columns));
  let last: Record<string, unknown> | undefined;
  for (;;) {
    let rows = orderedRows(db, resource, query, scope);
    if (last) rows = rows.where(afterRow(resource, query, last));
    const batch = (await rows.limit(batchRows).execute()) as Record<string, unknown>[];
    if (batch.length) {
      yield batch.map((row) => csvLine(Object.values(toRecord(resource, row)))).join('');
    }
    if (batch.length < batchRows) return;
    last = batch[batch.length - 1];
  }
}
