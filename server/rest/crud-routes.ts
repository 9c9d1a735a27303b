import { Readable } from 'node:stream';
import type { ReferencedBy, Resource } from '../resources/define.ts';
import type { Db } from '../db/database.ts';
import { decide, scopeOf } from '../auth/policy.ts';
import { userOf } from '../auth/request-user.ts';
import { assertAllowed } from './authorize.ts';
import { dryRun } from './dry-run.ts';
import { parseListQuery, type QueryString } from './list-query.ts';
import { countList, selectList } from './sql-list.ts';
import { csvOfList, describeExport, parseExportQuery } from './csv-export.ts';
import { writeAudit } from '../auth/audit.ts';
import { toRecord } from './records.ts';
import { findRecord } from './logged-write.ts';
import { createRecord, deleteRecord, updateRecord } from './writes.ts';
import { idParams, type App } from './schemas.ts';

/**
 * The json-server routes of one resource: list, one, create, update (PUT/PATCH), delete, the
 * dry run of the policy on one record (`GET /api/<resource>/:id/actions`) and the list as CSV
 * (`GET /api/<resource>.csv`). Every route asks the permission policy; reads run within the
 * user's row scope, so what lies outside it is never listed, counted, exported or found.
 */
export function registerCrudRoutes(app: App, db: Db, resource: Resource, referencedBy: ReferencedBy, { exportBatchRows }: { exportBatchRows?: number } = {}) {
  const base = `/api/${resource.name}`;
  const withId = { schema: { params: idParams } };

  const readScope = (request: Parameters<typeof userOf>[0]) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', resource.name));
    return { user, scope: scopeOf(user, resource.name) };
  };

  app.get<{ Querystring: QueryString }>(base, async (request, reply) => {
    const { scope } = readScope(request);
    const query = parseListQuery(request.query, resource.columns);
    const { rows, total } = await selectList(db, resource, query, scope);
    if (total !== undefined) {
      reply.header('X-Total-Count', String(total));
      reply.header('Access-Control-Expose-Headers', 'X-Total-Count');
    }
    return rows.map((row) => toRecord(resource, row));
  });

  // The whole list as CSV, streamed: the list's rule, scope, filters and order, no page; its total first (for progress), one audit-log row.
  // No HEAD twin: an export is audited, so only a real download counts as one.
  app.get<{ Querystring: QueryString }>(`${base}.csv`, { exposeHeadRoute: false }, async (request, reply) => {
    const { user, scope } = readScope(request);
    const query = parseExportQuery(request.query, resource.columns);
    const total = await countList(db, resource, query, scope);
    const summary = `Exported ${total} rows: ${describeExport(query)}`.slice(0, 500);
    await writeAudit(db, { userId: user.id, userName: user.name, action: 'export', resource: resource.name, summary });
    return reply
      .header('X-Total-Count', String(total))
      .header('Access-Control-Expose-Headers', 'X-Total-Count')
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${resource.name}.csv"`)
      .send(Readable.from(csvOfList(db, resource, query, scope, exportBatchRows), { highWaterMark: 1 }));
  });

  app.get(`${base}/:id`, withId, async (request) => {
    const { user } = readScope(request);
    return findRecord(db, resource, request.params.id, user);
  });

  // What the user may do to this record, each action allowed or refused with the reason (the SPA shows it before they try).
  app.get(`${base}/:id/actions`, withId, async (request) => {
    const { user } = readScope(request);
    return dryRun(db, user, resource.name, await findRecord(db, resource, request.params.id, user));
  });

  if (resource.readOnly) return;

  app.post(base, async (request, reply) => {
    const user = userOf(request);
    const record = await db.transaction().execute((trx) => createRecord({ trx, user }, resource, request.body));
    return reply.status(201).send(record);
  });

  const update = async (request: Parameters<typeof userOf>[0] & { params: { id: number } }) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => updateRecord({ trx, user }, resource, request.params.id, request.body));
  };
  app.put(`${base}/:id`, withId, update);
  app.patch(`${base}/:id`, withId, update);

  app.delete(`${base}/:id`, withId, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => deleteRecord({ trx, user }, resource, request.params.id, referencedBy));
  });
}
