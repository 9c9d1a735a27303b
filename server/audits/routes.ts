import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { userOf } from '../auth/request-user.ts';
import { writeAudit } from '../auth/audit.ts';
import { findAuthorized } from '../rest/authorize.ts';
import { findRecord } from '../rest/logged-write.ts';
import { serviceCenters } from '../resources/service-centers.ts';
import { ratings } from '../resources/audits.ts';
import { submitAudit } from './submit.ts';
import { recomputeCenterRating } from './rating.ts';
import { parseId } from '../rest/params.ts';

/** POST /api/audits/:id/submit and POST /api/service-centers/:id/rating. */
export function registerAuditRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/audits/:id/submit', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => submitAudit({ trx, user }, id));
  });

  app.post<{ Params: { id: string } }>('/api/service-centers/:id/rating', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute(async (trx) => {
      await findAuthorized(trx, user, 'recompute-rating', serviceCenters, id);
      const rated = await recomputeCenterRating(trx, id);
      await writeAudit(trx, {
        userId: user.id,
        userName: user.name,
        action: 'rate',
        resource: 'service-centers',
        recordId: id,
        summary: `Rating ${String(rated.rating.score ?? 'none')} (${rated.rating.grade ?? 'unrated'}) recomputed`,
      });
      return findRecord(trx, ratings, rated.id, user);
    });
  });
}
