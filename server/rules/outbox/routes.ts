import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { retryBody, retryMessage } from './retry.ts';

/** POST /api/outbox/:id/retry. */
export function registerOutboxRoutes(app: App, db: Db) {
  app.post('/api/outbox/:id/retry', { schema: { params: idParams, body: retryBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => retryMessage({ trx, user }, request.params.id, request.body));
  });
}
