import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { userOf } from '../auth/request-user.ts';
import { decide } from '../auth/policy.ts';
import { writeAudit } from '../auth/audit.ts';
import { HttpError } from '../rest/errors.ts';
import { findRow } from '../rest/writes.ts';
import { toRecord } from '../rest/records.ts';
import { resourceByName } from '../resources/index.ts';

const ratings = resourceByName.get('ratings')!;
const serviceCenters = resourceByName.get('service-centers')!;
import { submitAudit } from './submit.ts';
import { recomputeCenterRating } from './rating.ts';
import { parseId } from '../rest/params.ts';

/** POST /api/audits/:id/submit and POST /api/service-centers/:id/rating. */
export function registerAuditRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/audits/:id/submit', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => submitAudit(trx, user, id));
  });

  app.post<{ Params: { id: string } }>('/api/service-centers/:id/rating', async (request) => {
    const user = userOf(request);
    if (!['admin', 'compliance'].includes(user.role)) throw new HttpError(403, `A ${user.role} may not recompute ratings`);
    const read = decide(user, 'read', 'service-centers');
    if (!read.allowed) throw new HttpError(403, read.reason);
    const id = parseId(request.params.id);
    return db.transaction().execute(async (trx) => {
      await findRow(trx, serviceCenters, id, user);
      const rated = await recomputeCenterRating(trx, id);
      await writeAudit(trx, {
        userId: user.id,
        userName: user.name,
        action: 'rate',
        resource: 'service-centers',
        recordId: id,
        summary: `Rating ${String(rated.rating.score ?? 'none')} (${rated.rating.grade ?? 'unrated'}) recomputed`,
      });
      return toRecord(ratings, await findRow(trx, ratings, rated.id, user));
    });
  });
}
