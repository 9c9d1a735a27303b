import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { badRequest } from '../../rest/errors.ts';
import { retryMessage } from './retry.ts';

function parseId(raw: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw badRequest('The id must be a positive whole number', { id: 'Invalid id' });
  return Number(raw);
}

/** POST /api/outbox/:id/retry. */
export function registerOutboxRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/outbox/:id/retry', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => retryMessage(trx, user, id, request.body));
  });
}
