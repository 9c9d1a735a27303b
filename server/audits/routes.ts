import type { Db } from '../db/database.ts';
import { userOf } from '../auth/request-user.ts';
import { findAuthorized } from '../rest/authorize.ts';
import { serviceCenters } from '../resources/service-centers.ts';
import { submitAudit } from './submit.ts';
import { recomputeCenterRating } from './rating.ts';
import { ratingWhatIf, whatIfBody } from './what-if.ts';
import { versionBody, idParams, type App } from '../rest/schemas.ts';

/** POST /api/audits/:id/submit, POST /api/service-centers/:id/rating and its what-if (POST .../rating/what-if, writes nothing). */
export function registerAuditRoutes(app: App, db: Db) {
  const command = { schema: { params: idParams, body: versionBody } };
  app.post('/api/audits/:id/submit', command, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => submitAudit({ trx, user }, request.params.id, request.body.version));
  });

  app.post('/api/service-centers/:id/rating', command, async (request) => {
    const user = userOf(request);
    const { id } = request.params;
    return db.transaction().execute(async (trx) => {
      await findAuthorized(trx, user, 'recompute-rating', serviceCenters, id, request.body.version);
      return recomputeCenterRating({ trx, user }, id, 'recomputed');
    });
  });

  app.post('/api/service-centers/:id/rating/what-if', { schema: { params: idParams, body: whatIfBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => ratingWhatIf(trx, user, request.params.id, request.body));
  });
}
