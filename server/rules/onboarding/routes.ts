import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { decide, documentChangeDecision, onboardingBoardDecision } from '../../auth/policy.ts';
import { diffRecords, writeAudit } from '../../auth/audit.ts';
import { onboardingStalledDays } from '../../config.ts';
import { HttpError, badRequest, notFound } from '../../rest/errors.ts';
import { findRow } from '../../rest/writes.ts';
import { toRecord, toRow } from '../../rest/records.ts';
import { resourceByName } from '../../resources/index.ts';
import { goLive } from './go-live.ts';
import { onboardingGates } from './gates.ts';
import { isoToday, loadGateInputs } from './load.ts';
import { onboardingBoard } from './board.ts';
import { UPLOAD_BODY_LIMIT, attachmentHeader, checkUpload } from './upload.ts';
import { parseId } from '../../rest/params.ts';
import { idParams, wholeNumber, type App } from '../../rest/schemas.ts';

const serviceCenters = resourceByName.get('service-centers')!;
const documents = resourceByName.get('documents')!;

function allow(decision: { allowed: true } | { allowed: false; reason: string }) {
  if (!decision.allowed) throw new HttpError(403, decision.reason);
}

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
    allow(decide(user, 'read', 'service-centers'));
    const { id } = request.params;
    await findRow(db, serviceCenters, id, user);
    const gates = onboardingGates((await loadGateInputs(db, [id], isoToday())).get(id)!);
    return { ready: gates.every((g) => g.met), gates };
  });

  app.post<{ Params: { id: string } }>('/api/service-centers/:id/go-live', async (request) => {
    const user = userOf(request);
    const id = parseId(request.params.id);
    return db.transaction().execute((trx) => goLive(trx, user, id));
  });

  app.post<{ Params: { id: string } }>('/api/service-centers/:id/documents', { bodyLimit: UPLOAD_BODY_LIMIT }, async (request, reply) => {
    const user = userOf(request);
    allow(documentChangeDecision(user));
    const id = parseId(request.params.id);
    const upload = checkUpload(request.body);
    const record = await db.transaction().execute(async (trx) => {
      const center = toRecord(serviceCenters, await findRow(trx, serviceCenters, id, user));
      allow(documentChangeDecision(user, center));
      if (upload.installerId !== null) {
        const installer = await trx.selectFrom('installers').select('serviceCenterId').where('id', '=', upload.installerId).executeTakeFirst();
        if (!installer || Number(installer.serviceCenterId) !== id) {
          throw badRequest('Some fields are invalid', { installerId: 'Not a staff member of this center' });
        }
      }
      const at = new Date().toISOString();
      const row = toRow(documents, {
        serviceCenterId: id,
        installerId: upload.installerId,
        kind: upload.kind,
        fileName: upload.fileName,
        contentType: upload.contentType,
        size: upload.bytes.length,
        sha256: upload.sha256,
        uploadedBy: user.name,
        notes: upload.notes,
      });
      const { id: documentId } = (await trx
        .insertInto('documents')
        .values({ ...row, createdAt: at, updatedAt: at, version: 1 })
        .returning('id')
        .executeTakeFirstOrThrow()) as { id: number };
      await trx.insertInto('documentFiles').values({ documentId, data: upload.bytes.toString('base64'), createdAt: at, updatedAt: at, version: 1 }).execute();
      const created = toRecord(documents, await findRow(trx, documents, documentId, user));
      await writeAudit(trx, {
        userId: user.id,
        userName: user.name,
        action: 'upload',
        resource: 'documents',
        recordId: documentId,
        summary: `Uploaded ${upload.kind} "${upload.fileName}" (${upload.bytes.length} bytes) for center ${id}`,
        diff: diffRecords(null, created),
      });
      return created;
    });
    return reply.status(201).send(record);
  });

  app.get('/api/documents/:id/file', { schema: { params: idParams } }, async (request, reply) => {
    const user = userOf(request);
    allow(decide(user, 'read', 'documents'));
    const { id } = request.params;
    const document = toRecord(documents, await findRow(db, documents, id, user));
    const file = await db.selectFrom('documentFiles').select('data').where('documentId', '=', id).executeTakeFirst();
    if (!file) throw notFound(`The file of document ${id} is missing`);
    return reply
      .header('Content-Type', String(document.contentType))
      .header('Content-Disposition', attachmentHeader(String(document.fileName)))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(Buffer.from(String(file.data), 'base64'));
  });

  app.get('/api/onboarding/board', { schema: { querystring: boardQuery } }, async (request) => {
    const user = userOf(request);
    allow(onboardingBoardDecision(user));
    return onboardingBoard(db, user, request.query.stalledAfterDays ?? stalledDays);
  });
}
