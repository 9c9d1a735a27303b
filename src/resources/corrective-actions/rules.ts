import { SCORING_POLICY, type Severity } from '../../../audits/index.ts';

/** Closing (done or verified) a corrective action of these severities needs an evidence file (the scoring policy's rule). */
export const needsEvidence = (severity: Severity | string | null | undefined) =>
  severity != null && (SCORING_POLICY.evidenceRequired as readonly string[]).includes(severity);

const closing = (status: unknown) => status === 'done' || status === 'verified';

/**
 * The form's check of the rules the server enforces: an evidence file attached before a major or
 * critical action is closed, a reason with a new due date.
 */
export function validateCorrectiveAction(
  values: { severity?: string | null; status?: string | null; dueDate?: string | null; dueDateReason?: string | null },
  record?: { dueDate?: string | null; dueDateReason?: string | null },
  evidenceFiles = 0,
) {
  const errors: Record<string, string> = {};
  const moved = record !== undefined && (values.dueDate ?? null) !== (record.dueDate ?? null);
  if (moved && (!values.dueDateReason?.trim() || values.dueDateReason === record.dueDateReason)) {
    errors.dueDateReason = 'resources.corrective-actions.errors.dueDateReasonRequired';
  }
  if (closing(values.status) && needsEvidence(values.severity) && evidenceFiles === 0) {
    errors.evidence = 'resources.corrective-actions.errors.evidenceRequired';
  }
  return errors;
}
