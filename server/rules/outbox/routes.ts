import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { retryMessage } from './retry.ts';
import { parseId } from '../../rest/params.ts';

/** POST /api/outbox/:id/retry. */
export function registerOutboxRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/outbox/:id/retry', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => retryMessage({ trx, user }, id, request.body));
  });
}
