import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { decide } from '../../auth/policy.ts';
import { onboardingStalledDays } from '../../config.ts';
import { badRequest, notFound } from '../../rest/errors.ts';
import { assertAllowed, authorize, findAuthorized } from '../../rest/authorize.ts';
import { findRecord } from '../../rest/logged-write.ts';
import { storeDocument } from './store-document.ts';
import { uploadVerification } from '../documents/verify.ts';
import { expiryErrors } from '../documents/effect.ts';
import { serviceCenters } from '../../resources/service-centers.ts';
import { documents } from '../../resources/documents.ts';
import { goLive } from './go-live.ts';
import { onboardingGates } from './gates.ts';
import { loadGateInputs } from './load.ts';
import { today } from '../../dates.ts';
import { onboardingBoard } from './board.ts';
import { UPLOAD_BODY_LIMIT, checkUpload, sendFile, uploadBody } from './upload.ts';
import { versionBody, idParams, wholeNumber, type App } from '../../rest/schemas.ts';

/** The board's query string (other parameters are ignored). */
const boardQuery = z.object({ stalledAfterDays: wholeNumber(1, 3650).optional() });

export interface OnboardingRouteOptions {
  /** The board's default threshold (ONBOARDING_STALLED_DAYS). */
  stalledDays?: number;
}

/**
 * The onboarding of new locations: the gate checklist, the go-live command, the documents'
 * upload and download, and the board of centers by stage.
 */
export function registerOnboardingRoutes(app: App, db: Db, options: OnboardingRouteOptions = {}) {
  const stalledDays = options.stalledDays ?? onboardingStalledDays();

  app.get('/api/service-centers/:id/onboarding', { schema: { params: idParams } }, async (request) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', 'service-centers'));
    const { id } = request.params;
    await findRecord(db, serviceCenters, id, user);
    const gates = onboardingGates((await loadGateInputs(db, [id], today())).get(id)!);
    return { ready: gates.every((g) => g.met), gates };
  });

  app.post('/api/service-centers/:id/go-live', { schema: { params: idParams, body: versionBody } }, async (request) => {
    const user = userOf(request);
    return db.transaction().execute((trx) => goLive({ trx, user }, request.params.id, request.body.version));
  });

  app.post('/api/service-centers/:id/documents', { bodyLimit: UPLOAD_BODY_LIMIT, schema: { params: idParams, body: uploadBody } }, async (request, reply) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'upload-document', 'service-centers'));
    const { id } = request.params;
    const upload = checkUpload(request.body);
    const record = await db.transaction().execute(async (trx) => {
      const center = await findAuthorized(trx, user, 'upload-document', serviceCenters, id);
      // Which kinds the uploader may add (center staff: a renewed binder or a W-9) is the policy's too.
      await authorize(trx, user, 'upload-document', serviceCenters.name, center, { kind: upload.kind });
      if (upload.installerId !== null) {
        const installer = await trx.selectFrom('installers').select('serviceCenterId').where('id', '=', upload.installerId).executeTakeFirst();
        if (!installer || installer.serviceCenterId !== id) {
          throw badRequest('Some fields are invalid', { installerId: 'Not a staff member of this center' });
        }
      }
      const verification = await uploadVerification(trx, user, id);
      const expiry = expiryErrors(upload, verification === 'awaiting', today());
      if (Object.keys(expiry).length) throw badRequest('Some fields are invalid', expiry);
      const summary = `Uploaded ${upload.kind} "${upload.fileName}" (${upload.bytes.length} bytes) for center ${id}${verification === 'awaiting' ? ', awaiting verification' : ''}`;
      return storeDocument({ trx, user }, { serviceCenterId: id, installerId: upload.installerId }, upload, summary, verification);
    });
    return reply.status(201).send(record);
  });

  app.get('/api/documents/:id/file', { schema: { params: idParams } }, async (request, reply) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', 'documents'));
    const { id } = request.params;
    const document = await findRecord(db, documents, id, user);
    const file = await db.selectFrom('documentFiles').select('data').where('documentId', '=', id).executeTakeFirst();
    if (!file) throw notFound(`The file of document ${id} is missing`);
    return sendFile(reply, { fileName: String(document.fileName), contentType: String(document.contentType), data: file.data });
  });

  app.get('/api/onboarding/board', { schema: { querystring: boardQuery } }, async (request) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', 'onboarding-board'));
    return onboardingBoard(db, user, request.query.stalledAfterDays ?? stalledDays);
  });
}
