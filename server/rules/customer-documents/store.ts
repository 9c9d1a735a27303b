import { createLogged, type WriteContext } from '../../rest/logged-write.ts';
import { customerDocuments } from '../../resources/customer-documents.ts';
import type { CheckedFile } from '../onboarding/upload.ts';

/** What the uploader says of a customer's file: its kind and an optional note. */
export interface CustomerFileFacts {
  kind: string;
  notes: string | null;
}

/** Stores a checked file of a customer: the record (a logged write, action `upload`) and its bytes, in the caller's transaction. */
export async function storeCustomerDocument(ctx: WriteContext, customerId: number, file: CheckedFile, facts: CustomerFileFacts, now = new Date()) {
  const created = await createLogged(
    ctx,
    customerDocuments,
    { customerId, kind: facts.kind, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length, sha256: file.sha256, uploadedBy: ctx.user.name, notes: facts.notes },
    { action: 'upload', summary: `Uploaded ${facts.kind} "${file.fileName}" (${file.bytes.length} bytes) for customer ${customerId}` },
    now,
  );
  const at = now.toISOString();
  await ctx.trx.insertInto('customerDocumentFiles').values({ customerDocumentId: created.id as number, data: file.bytes.toString('base64'), createdAt: at, updatedAt: at, version: 1 }).execute();
  return created;
}
