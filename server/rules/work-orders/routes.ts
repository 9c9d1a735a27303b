import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { HttpError } from '../../rest/errors.ts';
import { writeAudit } from '../../auth/audit.ts';
import { COMPLETE_REFUSED } from '../../stats/compliance.ts';
import { rateAfterRecord } from '../../audits/rate-on-record.ts';
import { versionBody, idParams, type App } from '../../rest/schemas.ts';
import { authorizeWorkOrder, completeWorkOrder, completionBody, printWorkOrder } from './commands.ts';
import { markNoShow, startBody, startWorkOrder } from './progress.ts';
import { findWalkInCustomers, walkInLookupQuery } from './walk-in-lookup.ts';
import { reportRefusedRemoval } from '../reporting/work-order-events.ts';

/** POST /api/work-orders/:id/authorize, /start, /complete, /no-show and /print; GET /api/walk-ins/customers. */
export function registerWorkOrderRoutes(app: App, db: Db) {
  const command = { schema: { params: idParams, body: versionBody } };
  app.post('/api/work-orders/:id/authorize', command, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => authorizeWorkOrder({ trx, user }, request.params.id, request.body.version));
  });
  app.post('/api/work-orders/:id/start', { schema: { params: idParams, body: startBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => startWorkOrder({ trx, user }, request.params.id, request.body));
  });
  app.post('/api/work-orders/:id/no-show', command, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => markNoShow({ trx, user }, request.params.id, request.body.version));
  });
  app.post('/api/work-orders/:id/complete', { schema: { params: idParams, body: completionBody } }, async (request) => {
    const user = userOf(request);
    const { id } = request.params;
    try {
      return await db.transaction().execute((trx) => completeWorkOrder({ trx, user }, id, request.body));
    } catch (error) {
      // Removing or exchanging equipment without compliance's authorisation is a compliance event:
      // the refused attempt is recorded (after the rolled-back request), like a failed sign-in.
      // It counts as a compliance exception of the center, whose rating is computed again, and the
      // attempt may be owed to the customer's state: its obligation is created in the same transaction.
      if (error instanceof HttpError && error.status === 409 && 'authorizedAt' in error.errors) {
        await db.transaction().execute(async (trx) => {
          const now = new Date();
          await writeAudit(trx, { userId: user.id, userName: user.name, action: COMPLETE_REFUSED, resource: 'work-orders', recordId: id, summary: error.message }, now);
          await reportRefusedRemoval({ trx, user }, id, error.message, now);
          const order = await trx.selectFrom('workOrders').select(['serviceCenterId', 'number']).where('id', '=', id).executeTakeFirstOrThrow();
          await rateAfterRecord(trx, order.serviceCenterId, `after a refused completion of ${String(order.number)}`);
        });
      }
      throw error;
    }
  });
  app.get('/api/walk-ins/customers', { schema: { querystring: walkInLookupQuery } }, async (request) => findWalkInCustomers(db, userOf(request), request.query));
  app.post('/api/work-orders/:id/print', command, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => printWorkOrder({ trx, user }, request.params.id, request.body.version));
  });
}
