import { createLogged, type WriteContext } from '../../rest/logged-write.ts';
import { documents } from '../../resources/documents.ts';
import type { CheckedUpload } from './upload.ts';

/** What a stored document belongs to: its center, and the staff member or corrective action it is for. */
export interface DocumentOwner {
  serviceCenterId: number;
  installerId?: number | null;
  correctiveActionId?: number | null;
}

/**
 * Whether a center's paperwork counts at once (uploaded by whom may verify it), awaits verification
 * (the center's own upload), or is not verified at all (a corrective action's evidence, reviewed with the action).
 */
export type Verification = 'verified' | 'awaiting' | 'none';

/** Stores a checked upload: the document record (a logged write, action `upload`) and its file, in the caller's transaction. */
export async function storeDocument(ctx: WriteContext, owner: DocumentOwner, upload: CheckedUpload, summary: string, verification: Verification, now = new Date()) {
  const verified = verification === 'verified';
  const created = await createLogged(
    ctx,
    documents,
    {
      serviceCenterId: owner.serviceCenterId,
      installerId: owner.installerId ?? null,
      correctiveActionId: owner.correctiveActionId ?? null,
      kind: upload.kind,
      fileName: upload.fileName,
      contentType: upload.contentType,
      size: upload.bytes.length,
      sha256: upload.sha256,
      uploadedBy: ctx.user.name,
      notes: upload.notes,
      expiresOn: upload.expiresOn,
      awaitingVerification: verification === 'awaiting',
      verifiedAt: verified ? now.toISOString() : null,
      verifiedById: verified ? ctx.user.id : null,
      verifiedBy: verified ? ctx.user.name : null,
    },
    { action: 'upload', summary },
    now,
  );
  const at = now.toISOString();
  await ctx.trx.insertInto('documentFiles').values({ documentId: created.id as number, data: upload.bytes.toString('base64'), createdAt: at, updatedAt: at, version: 1 }).execute();
  return created;
}
