import type { Resource } from '../../resources/define.ts';
import { AuditBatch } from '../../auth/audit.ts';
import { createRecord } from '../../rest/writes.ts';
import { HttpError } from '../../rest/errors.ts';
import type { WriteContext } from '../../rest/logged-write.ts';
import { cellKey, type CsvTable } from './csv-table.ts';
import { rowBody } from './cells.ts';

type Values = Record<string, unknown>;

/** At most this many errors are answered (with the count of all of them). */
export const MAX_ERRORS = 100;

export interface ImportOutcome {
  /** The records created, in the file's order (within a transaction the caller commits or rolls back). */
  records: Values[];
  /** The first MAX_ERRORS errors, keyed `row N: column` (or `row N` for the row as a whole). */
  errors: Record<string, string>;
  /** How many errors there are in all, and in how many rows. */
  errorCount: number;
  badRows: number;
}

/** A refusal of one row's create as errors of that row: each field's under its column, a reason without fields under the row. */
function rowErrors(row: number, error: HttpError): [string, string][] {
  const fields = Object.entries(error.errors);
  return fields.length ? fields.map(([field, why]) => [cellKey(row, field), why]) : [[cellKey(row), error.message]];
}

/**
 * Creates every row of the file exactly as `POST /api/<resource>` creates one record (the create
 * schema, the resource's checks, the policy with the user's scope, the logged write with its
 * audit-log row), in the caller's transaction, and collects what each row is refused for instead
 * of stopping at the first. A row identical to an earlier one is refused as a duplicate. The
 * audit-log rows go in a few multi-row inserts at the end, and a reference is looked up once (a
 * bulk write): the same rows as one create at a time, with half the round trips.
 */
export async function importRows(writer: WriteContext, resource: Resource, { columns, rows }: CsvTable): Promise<ImportOutcome> {
  const bulk = { audit: new AuditBatch(), found: new Set<string>() };
  const ctx: WriteContext = { ...writer, bulk };
  const kinds = Object.fromEntries(columns.map((column) => [column, resource.columns[column]]));
  const seen = new Map<string, number>();
  const records: Values[] = [];

  const problemsOf = async (row: number, cells: string[]): Promise<[string, string][]> => {
    if (cells.length > columns.length) return [[cellKey(row), `${cells.length} cells, but the header names ${columns.length} columns`]];
    const key = JSON.stringify(columns.map((_, index) => (cells[index] ?? '').trim()));
    const earlier = seen.get(key);
    if (earlier !== undefined) return [[cellKey(row), `The same as row ${earlier}`]];
    seen.set(key, row);
    const { body, errors } = rowBody(kinds, columns, cells);
    if (Object.keys(errors).length) return Object.entries(errors).map(([column, why]) => [cellKey(row, column), why]);
    try {
      records.push(await createRecord(ctx, resource, body));
      return [];
    } catch (error) {
      if (error instanceof HttpError) return rowErrors(row, error);
      throw error;
    }
  };

  const all: [string, string][] = [];
  let badRows = 0;
  for (const { row, cells } of rows) {
    const problems = await problemsOf(row, cells);
    if (problems.length) badRows++;
    all.push(...problems);
  }
  await bulk.audit.flush(ctx.trx);
  return { records, errors: Object.fromEntries(all.slice(0, MAX_ERRORS)), errorCount: all.length, badRows };
}
