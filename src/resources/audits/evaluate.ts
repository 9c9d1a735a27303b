import { scoreAudit, type Answers, type AuditEvaluation, type AuditTemplate } from '../../../audits/index.ts';
import { today } from '../../dates.ts';

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The engine's evaluation of the answers so far, for the form's live preview. Earlier audits are
 * not passed, so repeated minors are not escalated here (the server does that on submit). An
 * unusable audit date falls back to today; an invalid template gives null.
 */
export function previewAudit(template: AuditTemplate, answers: Answers | null | undefined, auditDate: unknown): AuditEvaluation | null {
  const date = typeof auditDate === 'string' && DATE.test(auditDate) ? auditDate.slice(0, 10) : today();
  try {
    return scoreAudit(template, answers ?? {}, { auditDate: date, history: [] });
  } catch {
    return null;
  }
}
