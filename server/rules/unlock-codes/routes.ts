import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { commandBody, idParams, type App } from '../../rest/schemas.ts';
import { issueUnlockCode, prepareUnlockCode } from './issue.ts';

const body = commandBody({ reason: z.string().trim().max(500, 'At most 500 characters').nullish() });

/** POST /api/devices/:id/unlock-codes: issues a code (201 with the code, shown this once). */
export function registerUnlockCodeRoutes(app: App, db: Db) {
  app.post('/api/devices/:id/unlock-codes', { schema: { params: idParams, body } }, async (request, reply) => {
    const user = userOf(request);
    const { reason, version } = request.body;
    const prepared = await prepareUnlockCode();
    const issued = await db.transaction().execute((trx) => issueUnlockCode({ trx, user }, request.params.id, { reason: reason || null, version }, prepared));
    return reply.code(201).send(issued);
  });
}
