import type { Db } from '../db/database.ts';
import { userOf } from '../auth/request-user.ts';
import { findAuthorized } from '../rest/authorize.ts';
import { idParams, type App } from '../rest/schemas.ts';
import { correctiveActions } from '../resources/audits.ts';
import { UPLOAD_BODY_LIMIT, checkUpload, uploadBody } from '../rules/onboarding/upload.ts';
import { storeDocument } from '../rules/onboarding/store-document.ts';

/** The evidence upload's body: the file and a note (its kind is evidence, it names no staff member and expires not). */
const evidenceBody = uploadBody.omit({ kind: true, installerId: true, expiresOn: true });

/** POST /api/corrective-actions/:id/evidence: attaches a file (PDF, PNG, JPEG) as the action's evidence. */
export function registerEvidenceRoutes(app: App, db: Db) {
  app.post('/api/corrective-actions/:id/evidence', { bodyLimit: UPLOAD_BODY_LIMIT, schema: { params: idParams, body: evidenceBody } }, async (request, reply) => {
    const user = userOf(request);
    const upload = checkUpload({ ...request.body, kind: 'corrective-action-evidence', installerId: null, expiresOn: null });
    const record = await db.transaction().execute(async (trx) => {
      const action = await findAuthorized(trx, user, 'upload-evidence', correctiveActions, request.params.id);
      return storeDocument(
        { trx, user },
        { serviceCenterId: action.serviceCenterId as number, correctiveActionId: request.params.id },
        upload,
        `Evidence "${upload.fileName}" (${upload.bytes.length} bytes) for corrective action ${request.params.id}`,
        'none',
      );
    });
    return reply.status(201).send(record);
  });
}
