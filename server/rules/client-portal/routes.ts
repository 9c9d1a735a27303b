import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { customerDashboard } from './dashboard.ts';

/** The client portal's reads: a customer's dashboard. */
export function registerClientPortalRoutes(app: App, db: Db) {
  app.get('/api/customers/:id/dashboard', { schema: { params: idParams } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => customerDashboard(trx, user, request.params.id));
  });
}
