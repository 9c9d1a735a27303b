import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, versionBody, type App } from '../../rest/schemas.ts';
import { verifyDocument } from './verify.ts';

/** POST /api/documents/:id/verify. */
export function registerDocumentRoutes(app: App, db: Db) {
  app.post('/api/documents/:id/verify', { schema: { params: idParams, body: versionBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => verifyDocument({ trx, user }, request.params.id, request.body.version));
  });
}
