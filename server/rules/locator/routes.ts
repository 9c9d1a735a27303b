import type { Db } from '../../db/database.ts';
import type { App } from '../../rest/schemas.ts';
import { nearestCenters } from './nearest.ts';
import { DEFAULT_LIMIT, locatorQuery, originOf } from './query.ts';

/**
 * GET /api/locator?zip=98101 (or lat, lng; limit, radius): the nearest live service centers with
 * their distance, address, phone and hours. Public (no sign-in: the PUBLIC paths of auth/routes.ts).
 */
export function registerLocatorRoutes(app: App, db: Db) {
  app.get('/api/locator', { schema: { querystring: locatorQuery } }, async (request) => {
    const origin = originOf(request.query);
    const centers = await nearestCenters(db, origin, { limit: request.query.limit ?? DEFAULT_LIMIT, radius: request.query.radius });
    return { origin, centers };
  });
}
