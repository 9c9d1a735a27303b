import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { resolveBody, resolveComplaint } from './resolve.ts';
import { customerVisits } from './visits.ts';

/** POST /api/complaints/:id/resolve (compliance) and GET /api/customers/:id/visits (what a complaint may be about). */
export function registerComplaintRoutes(app: App, db: Db) {
  app.post('/api/complaints/:id/resolve', { schema: { params: idParams, body: resolveBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => resolveComplaint({ trx, user }, request.params.id, request.body));
  });
  app.get('/api/customers/:id/visits', { schema: { params: idParams } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => customerVisits(trx, user, request.params.id));
  });
}
