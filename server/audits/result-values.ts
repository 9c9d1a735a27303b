import type { AuditEvaluation, Finding } from '../../audits/index.ts';

/** The audit's columns once the engine has scored it (API values): submit and the demo data store the same. */
export const scoredAuditValues = (result: AuditEvaluation, submittedAt: string, submittedBy: string) => ({
  status: 'submitted',
  score: result.percent,
  rawScore: result.rawPercent,
  band: result.band?.key ?? null,
  nextAuditDue: result.nextAuditDue,
  criticalFailure: result.criticalFailures.length > 0,
  sectionResults: result.sections,
  submittedAt,
  submittedBy,
});

/** A finding of a scored audit as a `findings` record's values. */
export const findingValues = (finding: Finding, auditId: number, serviceCenterId: number) => ({
  auditId,
  serviceCenterId,
  itemKey: finding.itemKey,
  requirement: finding.requirement,
  severity: finding.severity,
  title: finding.title,
  detail: finding.detail,
  escalatedFrom: finding.escalation ? finding.baseSeverity : null,
});

/** The corrective action a finding calls for, open, as a `corrective-actions` record's values. */
export const correctiveActionValues = (finding: Finding, findingId: number, auditId: number, serviceCenterId: number) => ({
  findingId,
  auditId,
  serviceCenterId,
  severity: finding.severity,
  description: finding.correctiveAction,
  owner: null,
  dueDate: finding.dueDate,
  evidence: null,
  status: 'open',
  closedAt: null,
});
