import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { deviceEventBody, recordDeviceEvent } from './device-events.ts';
import { reportBody, reportObligation } from './report.ts';

/** POST /api/reporting-obligations/:id/report and POST /api/devices/:id/events. */
export function registerReportingRoutes(app: App, db: Db) {
  app.post('/api/reporting-obligations/:id/report', { schema: { params: idParams, body: reportBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => reportObligation({ trx, user }, request.params.id, request.body));
  });
  app.post('/api/devices/:id/events', { schema: { params: idParams, body: deviceEventBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => recordDeviceEvent({ trx, user }, request.params.id, request.body));
  });
}
