import { findAuthorized } from '../../rest/authorize.ts';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { customerNotes } from '../../resources/customer-notes.ts';

/** POST /api/customer-notes/:id/acknowledge: compliance has read the note (the customer sees it was read). */
export async function acknowledgeNote(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'acknowledge', customerNotes, id, version);
  const acknowledged = { acknowledgedAt: now.toISOString(), acknowledgedById: ctx.user.id, acknowledgedBy: ctx.user.name };
  return updateLogged(ctx, customerNotes, before, acknowledged, { action: 'acknowledge', summary: `Acknowledged by ${ctx.user.name}` }, now);
}
