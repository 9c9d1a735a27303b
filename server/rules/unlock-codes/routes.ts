import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { badRequest, fieldErrors } from '../../rest/errors.ts';
import { issueUnlockCode, prepareUnlockCode } from './issue.ts';
import { parseId } from '../../rest/params.ts';

const body = z.strictObject({
  reason: z.string().trim().max(500, 'At most 500 characters').nullish(),
});

/** POST /api/devices/:id/unlock-codes: issues a code (201 with the code, shown this once). */
export function registerUnlockCodeRoutes(app: FastifyInstance, db: Db) {
  app.post<{ Params: { id: string } }>('/api/devices/:id/unlock-codes', async (request, reply) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    const parsed = body.safeParse(request.body ?? {});
    if (!parsed.success) throw badRequest('Invalid request', fieldErrors(parsed.error));
    const reason = parsed.data.reason ? parsed.data.reason : null;
    const prepared = await prepareUnlockCode();
    const issued = await db.transaction().execute((trx) => issueUnlockCode({ trx, user }, id, { reason }, prepared));
    return reply.code(201).send(issued);
  });
}
