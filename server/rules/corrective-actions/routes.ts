import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { closeAction, closeBody, reopenAction, reopenBody, respondBody, respondToAction } from './answers.ts';

/** POST /api/corrective-actions/:id/respond (the center), /close and /reopen (compliance). */
export function registerCorrectiveActionRoutes(app: App, db: Db) {
  app.post('/api/corrective-actions/:id/respond', { schema: { params: idParams, body: respondBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => respondToAction({ trx, user }, request.params.id, request.body));
  });
  app.post('/api/corrective-actions/:id/close', { schema: { params: idParams, body: closeBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => closeAction({ trx, user }, request.params.id, request.body));
  });
  app.post('/api/corrective-actions/:id/reopen', { schema: { params: idParams, body: reopenBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => reopenAction({ trx, user }, request.params.id, request.body));
  });
}
