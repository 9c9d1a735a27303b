import type { FastifyInstance } from 'fastify';
import type { ReferencedBy, Resource } from '../resources/define.ts';
import type { Db } from '../db/database.ts';
import { decide, scopeOf } from '../auth/policy.ts';
import { userOf } from '../auth/request-user.ts';
import { assertAllowed, decisionsOn } from './authorize.ts';
import { parseListQuery, type QueryString } from './list-query.ts';
import { selectList } from './sql-list.ts';
import { toRecord } from './records.ts';
import { findRecord } from './logged-write.ts';
import { createRecord, deleteRecord, updateRecord } from './writes.ts';
import { parseId } from './params.ts';

/**
 * The json-server routes of one resource: list, one, create, update (PUT/PATCH), delete, and the
 * dry run of the policy on one record (`GET /api/<resource>/:id/actions`). Every route asks the
 * permission policy; reads run within the user's row scope, so what lies outside it is never
 * listed, counted or found.
 */
export function registerCrudRoutes(app: FastifyInstance, db: Db, resource: Resource, referencedBy: ReferencedBy) {
  const base = `/api/${resource.name}`;
  type WithId = { Params: { id: string } };

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

  app.get<WithId>(`${base}/:id`, async (request) => {
    const { user } = readScope(request);
    const id = parseId(request.params.id);
    return findRecord(db, resource, id, user);
  });

  // What the user may do to this record, each action allowed or refused with the reason (the SPA shows it before they try).
  app.get<WithId>(`${base}/:id/actions`, async (request) => {
    const { user } = readScope(request);
    const id = parseId(request.params.id);
    return decisionsOn(db, user, resource.name, await findRecord(db, resource, id, user));
  });

  if (resource.readOnly) return;

  app.post(base, async (request, reply) => {
    const user = userOf(request);
    const record = await db.transaction().execute((trx) => createRecord({ trx, user }, resource, request.body));
    return reply.status(201).send(record);
  });

  const update = async (request: Parameters<typeof userOf>[0] & { params: { id: string } }) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => updateRecord({ trx, user }, resource, id, request.body));
  };
  app.put<WithId>(`${base}/:id`, update);
  app.patch<WithId>(`${base}/:id`, update);

  app.delete<WithId>(`${base}/:id`, async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => deleteRecord({ trx, user }, resource, id, referencedBy));
  });
}
