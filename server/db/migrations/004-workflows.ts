import type { Kysely } from 'kysely';
import { addColumns, fk, index, req, table } from './builders.ts';

/**
 * The service network's workflows: onboarding gates and documents, work-order authorisation,
 * consolidated shipments, the outbox, unlock codes and calibration tracking.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'serviceCenters', {
    agreementSignedOn: ['text'],
    w9ReceivedOn: ['text'],
    insuranceReceivedOn: ['text'],
    insuranceExpiresOn: ['text'],
    stateNotifiedOn: ['text'],
    stateNotifiedHow: ['text'],
    stateInspectionPassedOn: ['text'],
    wentLiveAt: ['text'],
  });
  await index(db, 'serviceCenters', ['insuranceExpiresOn']);
  await index(db, 'serviceCenters', ['onboardingStatus', 'statusChangedAt']);

  await addColumns(db, 'installers', { duties: ['text'], trainingMethod: ['text'], trainer: ['text'] });
  await db.updateTable('installers').set({ duties: 'installer' }).execute();

  await addColumns(db, 'jurisdictions', {
    unlockCodeValidHours: ['integer'],
    unlockCodesPerDay: ['integer'],
    unlockCodesPerProgram: ['integer'],
  });

  await table(db, 'documents', {
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    installerId: ['integer', fk('installers')],
    kind: ['text', req],
    fileName: ['text', req],
    contentType: ['text', req],
    size: ['integer', req],
    sha256: ['text', req],
    uploadedBy: ['text'],
    notes: ['text'],
  });
  await index(db, 'documents', ['serviceCenterId', 'kind']);
  await index(db, 'documents', ['installerId']);
  // The bytes, base64, apart from the metadata so that lists never read them.
  await table(db, 'documentFiles', { documentId: ['integer', fk('documents', true)], data: ['text', req] });
  await index(db, 'documentFiles', ['documentId'], true);

  await addColumns(db, 'workOrders', {
    authorizedAt: ['text'],
    authorizedById: ['integer', fk('users')],
    authorizedBy: ['text'],
  });
  await index(db, 'workOrders', ['type', 'status']);
  await index(db, 'workOrders', ['authorizedAt']);

  await addColumns(db, 'devices', { workOrderId: ['integer', fk('workOrders')], lockoutOn: ['text'] });
  await index(db, 'devices', ['workOrderId']);
  await index(db, 'devices', ['lockoutOn']);
  await index(db, 'devices', ['status', 'nextCalibrationDue']);

  // One open (preparing) shipment per center and ship day: "<centerId>:<shipDate>", null once shipped.
  await addColumns(db, 'shipments', { consolidationKey: ['text'] });
  await index(db, 'shipments', ['consolidationKey'], true);
  await index(db, 'shipments', ['trackingNumber']);

  await table(db, 'outbox', {
    kind: ['text', req],
    recipient: ['text', req],
    subject: ['text', req],
    body: ['text', req],
    status: ['text', req],
    dedupeKey: ['text', req],
    resource: ['text'],
    recordId: ['integer'],
    attempts: ['integer', req],
    sentAt: ['text'],
    lastError: ['text'],
  });
  await index(db, 'outbox', ['dedupeKey'], true);
  await index(db, 'outbox', ['status', 'createdAt']);
  await index(db, 'outbox', ['kind']);

  await table(db, 'unlockCodes', {
    deviceId: ['integer', fk('devices', true)],
    customerId: ['integer', fk('customers', true)],
    jurisdictionId: ['integer', fk('jurisdictions', true)],
    codeHash: ['text', req],
    issuedAt: ['text', req],
    expiresAt: ['text', req],
    issuedById: ['integer', fk('users')],
    issuedBy: ['text'],
    reason: ['text'],
  });
  await index(db, 'unlockCodes', ['deviceId', 'issuedAt']);
  await index(db, 'unlockCodes', ['customerId', 'issuedAt']);
  await index(db, 'unlockCodes', ['jurisdictionId', 'issuedAt']);
}

