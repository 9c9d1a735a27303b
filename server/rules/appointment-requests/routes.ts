import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { decide } from '../../auth/policy.ts';
import { assertAllowed } from '../../rest/authorize.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { liveCenters } from './centers.ts';
import { acceptBody, acceptRequest, declineBody, declineRequest } from './decide.ts';

/**
 * GET /api/appointment-requests/centers (the live centers' public facts, for those who request
 * appointments); POST /api/appointment-requests/:id/accept and /decline (compliance).
 */
export function registerAppointmentRequestRoutes(app: App, db: Db) {
  app.get('/api/appointment-requests/centers', async (request) => {
    assertAllowed(decide(userOf(request), 'create', 'appointment-requests'));
    const data = await liveCenters(db);
    return { data, total: data.length };
  });
  app.post('/api/appointment-requests/:id/accept', { schema: { params: idParams, body: acceptBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => acceptRequest({ trx, user }, request.params.id, request.body));
  });
  app.post('/api/appointment-requests/:id/decline', { schema: { params: idParams, body: declineBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => declineRequest({ trx, user }, request.params.id, request.body));
  });
}
