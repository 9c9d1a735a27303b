import { defineResource } from './define.ts';
import { bool, choice, date, datetime, ref, text, type RecordOf } from './fields.ts';
import { storedFileFields } from './stored-file.ts';
import { DOCUMENT_KINDS } from './choices.ts';
import { installers } from './installers.ts';
import { serviceCenters } from './service-centers.ts';
import { correctiveActions } from './audits.ts';
import { users } from './users.ts';

/** An onboarding document of a center (agreement, W-9, binder, authorisations); the file is uploaded by a command. */
export const documents = defineResource({
  name: 'documents',
  table: 'documents',
  fields: {
    serviceCenterId: ref(() => serviceCenters).required().serverOwned(),
    installerId: ref(() => installers).serverOwned(),
    /** Evidence that a corrective action was carried out (uploaded with the action's evidence command). */
    correctiveActionId: ref(() => correctiveActions).serverOwned(),
    kind: choice(DOCUMENT_KINDS).required(),
    ...storedFileFields(),
    notes: text(500),
    /** A center's own upload of a renewed binder or W-9: effective once verified (the verify command). */
    awaitingVerification: bool().serverOwned(),
    verifiedAt: datetime().serverOwned(),
    verifiedById: ref(() => users).serverOwned(),
    verifiedBy: text(100).serverOwned(),
    /** An insurance binder's expiry, given with the upload. */
    expiresOn: date().serverOwned(),
  },
  search: ['fileName', 'notes'],
  createdByServer: true,
  check: async (trx, action, before) => {
    // The file goes with its record (inside the delete's transaction, before the record).
    if (action === 'delete' && before) await trx.deleteFrom('documentFiles').where('documentId', '=', before.id as number).execute();
  },
});

export type DocumentRecord = RecordOf<typeof documents.fields>;
