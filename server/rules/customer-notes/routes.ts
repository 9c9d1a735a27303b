import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, versionBody, type App } from '../../rest/schemas.ts';
import { acknowledgeNote } from './acknowledge.ts';

/** POST /api/customer-notes/:id/acknowledge. */
export function registerCustomerNoteRoutes(app: App, db: Db) {
  app.post('/api/customer-notes/:id/acknowledge', { schema: { params: idParams, body: versionBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => acknowledgeNote({ trx, user }, request.params.id, request.body.version));
  });
}
