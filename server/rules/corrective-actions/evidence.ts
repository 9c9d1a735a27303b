import type { Db, Transaction } from '../../db/database.ts';
import { SCORING_POLICY } from '../../../audits/index.ts';
import { HttpError } from '../../rest/errors.ts';

export const EVIDENCE_REQUIRED = 'A major or critical corrective action closes only with an evidence file attached';

/** Why a corrective action may not close yet: a major or critical one without an evidence file (null when it may). */
export async function evidenceMissing(db: Db | Transaction, action: Record<string, unknown>): Promise<string | null> {
  if (!(SCORING_POLICY.evidenceRequired as readonly string[]).includes(String(action.severity))) return null;
  const file = await db.selectFrom('documents').select('id').where('correctiveActionId', '=', action.id as number).limit(1).executeTakeFirst();
  return file ? null : EVIDENCE_REQUIRED;
}

/** Refuses (409 under `evidence`) to close a major or critical corrective action that has no evidence file. */
export async function assertEvidence(db: Db | Transaction, action: Record<string, unknown>): Promise<void> {
  const missing = await evidenceMissing(db, action);
  if (missing) throw new HttpError(409, missing, { evidence: 'Attach an evidence file to close a major or critical corrective action' });
}
