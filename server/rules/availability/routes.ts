import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { decide } from '../../auth/policy.ts';
import { assertAllowed } from '../../rest/authorize.ts';
import { findRecord } from '../../rest/logged-write.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { centerClosures } from '../../resources/center-closures.ts';
import { addDaysToIsoDay, today } from '../../dates.ts';
import { appointmentsOnClosures } from './to-move.ts';

/**
 * GET /api/center-closures/appointments: the booked appointments on closures not over yet;
 * GET /api/center-closures/:id/appointments: those on one closure. Both `{ data, total }`.
 */
export function registerAvailabilityRoutes(app: App, db: Db) {
  app.get('/api/center-closures/appointments', async (request) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', 'center-closures'));
    // Yesterday by UTC is still today somewhere west of Greenwich.
    const data = await appointmentsOnClosures(db, user, { endingFrom: addDaysToIsoDay(today(), -1) });
    return { data, total: data.length };
  });
  app.get('/api/center-closures/:id/appointments', { schema: { params: idParams } }, async (request) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', 'center-closures'));
    await findRecord(db, centerClosures, request.params.id, user);
    const data = await appointmentsOnClosures(db, user, { closureId: request.params.id });
    return { data, total: data.length };
  });
}
