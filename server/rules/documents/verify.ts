import type { Transaction } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { decide } from '../../auth/policy.ts';
import { centerFacts, findAuthorized } from '../../rest/authorize.ts';
import { findRecord, updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { documents } from '../../resources/documents.ts';
import { serviceCenters } from '../../resources/service-centers.ts';
import type { Verification } from '../onboarding/store-document.ts';
import { centerChangesOf } from './effect.ts';

/** How a center's upload counts: at once when its uploader may verify it (onboarding, administrators), else once verified. */
export async function uploadVerification(trx: Transaction, user: Actor, serviceCenterId: number): Promise<Verification> {
  const changes = { serviceCenterId };
  const decision = decide(user, 'verify', documents.name, { changes, centers: await centerFacts(trx, documents.name, undefined, changes) });
  return decision.allowed ? 'verified' : 'awaiting';
}

/**
 * POST /api/documents/:id/verify: the document counts from now; a renewed binder sets the center's
 * insurance dates, a W-9 its received date (logged changes of the center, in the same transaction).
 */
export async function verifyDocument(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'verify', documents, id, version);
  const verified = { awaitingVerification: false, verifiedAt: now.toISOString(), verifiedById: ctx.user.id, verifiedBy: ctx.user.name };
  const after = await updateLogged(ctx, documents, before, verified, { action: 'verify', summary: `Verified ${String(before.kind)} "${String(before.fileName)}"` }, now);
  const changes = centerChangesOf(before);
  if (Object.keys(changes).length) {
    const center = await findRecord(ctx.trx, serviceCenters, before.serviceCenterId as number, ctx.user);
    await updateLogged(ctx, serviceCenters, center, changes, { summary: `From ${String(before.kind)} "${String(before.fileName)}", verified by ${ctx.user.name}` }, now);
  }
  return after;
}
