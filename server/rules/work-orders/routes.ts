import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { badRequest } from '../../rest/errors.ts';
import { authorizeWorkOrder, completeWorkOrder, printWorkOrder } from './commands.ts';

function parseId(raw: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw badRequest('The id must be a positive whole number', { id: 'Invalid id' });
  return Number(raw);
}

/** POST /api/work-orders/:id/authorize, /complete and /print. */
export function registerWorkOrderRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/work-orders/:id/authorize', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => authorizeWorkOrder({ trx, user }, id));
  });
  app.post<{ Params: { id: string } }>('/api/work-orders/:id/complete', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => completeWorkOrder({ trx, user }, id, request.body));
  });
  app.post<{ Params: { id: string } }>('/api/work-orders/:id/print', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => printWorkOrder({ trx, user }, id));
  });
}
