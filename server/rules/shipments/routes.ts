import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { receiveBody, receivePackage } from './receive.ts';

/** POST /api/shipment-packages/:id/receive. */
export function registerShipmentRoutes(app: App, db: Db) {
  app.post('/api/shipment-packages/:id/receive', { schema: { params: idParams, body: receiveBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => receivePackage({ trx, user }, request.params.id, request.body));
  });
}
