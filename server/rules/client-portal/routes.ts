import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { answerLanguage } from '../../i18n/answer-language.ts';
import { inLanguage } from '../../i18n/translate.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { customerDashboard } from './dashboard.ts';

/** The client portal's reads: a customer's dashboard, with why a device gets no unlock code now in the portal's language. */
export function registerClientPortalRoutes(app: App, db: Db) {
  app.get('/api/customers/:id/dashboard', { schema: { params: idParams } }, async (request) => {
    const user = userOf(request);
    const dashboard = await db.transaction().execute((trx) => customerDashboard(trx, user, request.params.id));
    const language = answerLanguage(request.headers['accept-language']);
    const devices = dashboard.devices.map((device) =>
      device.unlockCode.allowed ? device : { ...device, unlockCode: { ...device.unlockCode, reason: inLanguage(device.unlockCode.reason, language) } },
    );
    return { ...dashboard, devices };
  });
}
