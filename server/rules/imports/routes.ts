import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import { BASE_COLUMNS } from '../../resources/define.ts';
import { resourceByName } from '../../resources/index.ts';
import { IMPORTABLE, decide, isImportable } from '../../auth/policy.ts';
import { userOf } from '../../auth/request-user.ts';
import { assertAllowed } from '../../rest/authorize.ts';
import { HttpError, badRequest, notFound } from '../../rest/errors.ts';
import type { App } from '../../rest/schemas.ts';
import { MAX_ROWS, readCsvTable } from './csv-table.ts';
import { importRows, type ImportOutcome } from './import-rows.ts';
import { importColumns, importTemplate } from './template.ts';

/** The largest import request (the CSV text inside JSON): about 20,000 rows of a resource's usual columns. */
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;
/** How many of the records a dry run shows. */
export const PREVIEW_ROWS = 20;

const params = z.strictObject({ resource: z.enum(IMPORTABLE) });
const body = z.strictObject({
  csv: z.string({ error: 'The CSV file, as text' }),
  dryRun: z.boolean({ error: 'Must be true or false' }).optional(),
});

/** An answer of the dry run or the import: how many records, the first ones as created (without bookkeeping), their ids once imported. */
export interface ImportResult {
  dryRun: boolean;
  count: number;
  preview: Record<string, unknown>[];
  ids: number[];
}

/** Who may import this resource, before anything of the request is read: 404 for what is not imported, 403 for a role that may not, 413 past the size limit. */
async function admit(request: FastifyRequest) {
  const { resource } = request.params as { resource: string };
  if (!isImportable(resource)) throw notFound(`Only ${IMPORTABLE.join(', ')} are imported`);
  assertAllowed(decide(userOf(request), 'import', resource));
  if (Number(request.headers['content-length'] ?? 0) > IMPORT_BODY_LIMIT) {
    throw new HttpError(413, `A file of at most ${IMPORT_BODY_LIMIT / 1024 / 1024} MB and ${MAX_ROWS.toLocaleString('en-US')} rows is imported at once: split it`);
  }
}

/** The 400 of a file with bad rows: how many rows of how many, and the errors shown of how many. */
function refusal({ errors, errorCount, badRows }: ImportOutcome, rows: number) {
  const shown = errorCount > Object.keys(errors).length ? ` (the first ${Object.keys(errors).length} of ${errorCount} errors shown)` : '';
  return badRequest(`${badRows} of ${rows} rows have errors; nothing was imported${shown}`, errors);
}

const withoutBookkeeping = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([key]) => !Object.hasOwn(BASE_COLUMNS, key)));

/**
 * GET /api/imports/:resource: the columns of an import file and an example row.
 * POST /api/imports/:resource `{ csv, dryRun }`: every row created as one create would be, in one
 * transaction: all or nothing; a dry run rolls back and shows the first records.
 */
export function registerImportRoutes(app: App, db: Db) {
  app.get('/api/imports/:resource', { preParsing: admit, schema: { params } }, async (request) => {
    const resource = resourceByName.get(request.params.resource)!;
    return importTemplate(db, userOf(request), request.params.resource, resource);
  });

  app.post('/api/imports/:resource', { preParsing: admit, bodyLimit: IMPORT_BODY_LIMIT, schema: { params, body } }, async (request, reply) => {
    const user = userOf(request);
    const resource = resourceByName.get(request.params.resource)!;
    const table = readCsvTable(request.body.csv, importColumns(resource).map((column) => column.name));
    if (!table.rows.length) throw badRequest('The file has no rows to import, only its header', { 'row 2': 'No rows' });
    const dryRun = request.body.dryRun ?? false;
    const trx = await db.startTransaction().execute();
    let outcome: ImportOutcome;
    try {
      outcome = await importRows({ trx, user }, resource, table);
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
    if (dryRun || outcome.errorCount) await trx.rollback().execute();
    else await trx.commit().execute();
    if (outcome.errorCount) throw refusal(outcome, table.rows.length);
    const result: ImportResult = {
      dryRun,
      count: outcome.records.length,
      preview: outcome.records.slice(0, PREVIEW_ROWS).map(withoutBookkeeping),
      ids: dryRun ? [] : outcome.records.map((record) => Number(record.id)),
    };
    return reply.status(dryRun ? 200 : 201).send(result);
  });
}
