import type { z } from 'zod';
import { findAuthorized } from '../../rest/authorize.ts';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { commandBody, requiredText } from '../../rest/schemas.ts';
import { complaints } from '../../resources/complaints.ts';

/** POST /api/complaints/:id/resolve: what was done about it (the customer reads it). */
export const resolveBody = commandBody({ resolution: requiredText(4000) });

/** Compliance resolves an open complaint with its resolution (an already resolved one is a 409: the policy's record rule). */
export async function resolveComplaint(ctx: WriteContext, id: number, body: z.output<typeof resolveBody>, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'resolve', complaints, id, body.version);
  const changes = { status: 'resolved', resolution: body.resolution, resolvedAt: now.toISOString(), resolvedById: ctx.user.id, resolvedBy: ctx.user.name };
  return updateLogged(ctx, complaints, before, changes, { action: 'resolve', summary: `Resolved by ${ctx.user.name}` }, now);
}
