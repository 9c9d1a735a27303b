import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { HttpError } from '../../rest/errors.ts';
import { writeAudit } from '../../auth/audit.ts';
import { authorizeWorkOrder, completeWorkOrder, printWorkOrder } from './commands.ts';
import { parseId } from '../../rest/params.ts';

/** POST /api/work-orders/:id/authorize, /complete and /print. */
export function registerWorkOrderRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/work-orders/:id/authorize', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => authorizeWorkOrder({ trx, user }, id));
  });
  app.post<{ Params: { id: string } }>('/api/work-orders/:id/complete', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    try {
      return await db.transaction().execute((trx) => completeWorkOrder({ trx, user }, id, request.body));
    } catch (error) {
      // Removing or exchanging equipment without compliance's authorisation is a compliance event:
      // the refused attempt is recorded (after the rolled-back request), like a failed sign-in.
      if (error instanceof HttpError && error.status === 409 && 'authorizedAt' in error.errors) {
        await writeAudit(db, { userId: user.id, userName: user.name, action: 'complete-refused', resource: 'work-orders', recordId: id, summary: error.message });
      }
      throw error;
    }
  });
  app.post<{ Params: { id: string } }>('/api/work-orders/:id/print', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => printWorkOrder({ trx, user }, id));
  });
}
