// Records of the audit resources as the API sends them (see the API contract); the engine's
// types (templates, answers, results) come from audits/index.ts.
import type { Answers, AuditTemplate, RatingContribution, SectionResult, Severity } from '../../../audits/index.ts';

export const AUDIT_STATUSES = ['draft', 'submitted', 'closed'] as const;
export const AUDIT_KINDS = ['initial', 'annual', 'amending'] as const;
export const AUDIT_BANDS = ['excellent', 'good', 'complies', 'fails'] as const;
export const CORRECTIVE_ACTION_STATUSES = ['open', 'done', 'verified'] as const;
export const TEMPLATE_KINDS = ['initial', 'annual'] as const;

export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditTemplateRecord {
  id: number;
  key: string;
  version: number;
  kind: (typeof TEMPLATE_KINDS)[number];
  title: string;
  definition: AuditTemplate;
  fingerprint: string;
  status: 'draft' | 'published' | 'retired';
  publishedAt: string | null;
  publishedById: number | null;
}

export interface AuditRecord {
  id: number;
  serviceCenterId: number;
  templateId: number;
  kind: AuditKind;
  amendsAuditId: number | null;
  auditor: string;
  auditDate: string;
  answers: Answers | null;
  notes: string | null;
  status: AuditStatus;
  score: number | null;
  rawScore: number | null;
  band: string | null;
  nextAuditDue: string | null;
  criticalFailure: boolean;
  sectionResults: SectionResult[] | null;
  submittedAt: string | null;
  submittedBy: number | string | null;
  version: number;
}

export interface FindingRecord {
  id: number;
  auditId: number;
  serviceCenterId: number;
  itemKey: string;
  requirement: string;
  severity: Severity;
  title: string;
  detail: string;
  escalatedFrom: Severity | null;
}

export interface CorrectiveActionRecord {
  id: number;
  findingId: number;
  auditId: number;
  serviceCenterId: number;
  severity: Severity;
  description: string;
  owner: string | null;
  dueDate: string | null;
  evidence: string | null;
  status: (typeof CORRECTIVE_ACTION_STATUSES)[number];
  closedAt: string | null;
  /** The center's answer, and compliance's word on closing or reopening it. */
  response?: string | null;
  respondedAt?: string | null;
  respondedBy?: string | null;
  reviewComment?: string | null;
  reviewedAt?: string | null;
  reviewedBy?: string | null;
  version?: number;
}

export interface RatingRecord {
  id: number;
  serviceCenterId: number;
  computedAt: string;
  score: number | null;
  stars: number | null;
  grade: string | null;
  methodologyVersion: string;
  explanation: (Partial<RatingContribution> & { reason?: string })[] | null;
  inputs: unknown;
}

/** Today in the browser's time zone, re-exported for AmendButton.tsx. */
export { today } from '../../dates.ts';
