import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { workOrders } from '../../resources/work-orders.ts';
import { workOrderSheet } from '../work-orders/sheet.ts';
import { agendaQuery, centerAgenda } from './agenda.ts';
import { monthQuery } from './month.ts';
import { centerStatement } from './statement.ts';

/** The service-center portal's reads: a center's agenda and statement, a work order's sheet. */
export function registerPortalRoutes(app: App, db: Db) {
  app.get('/api/service-centers/:id/agenda', { schema: { params: idParams, querystring: agendaQuery } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => centerAgenda(trx, user, request.params.id, request.query));
  });
  app.get('/api/service-centers/:id/statement', { schema: { params: idParams, querystring: monthQuery } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => centerStatement(trx, user, request.params.id, request.query.month));
  });
  // The printed sheet's fields on the page, for who may see the customer; not a print, so not logged.
  app.get('/api/work-orders/:id/sheet', { schema: { params: idParams } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute(async (trx) => workOrderSheet({ trx, user }, await findAuthorized(trx, user, 'read-customer', workOrders, request.params.id)));
  });
}
