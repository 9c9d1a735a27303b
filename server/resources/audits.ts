import { z } from 'zod';
import { validateTemplate, templateFingerprint, type AuditTemplate } from '../../audits/index.ts';
import { defineResource } from './define.ts';
import { type ResourceRef, bool, choice, date, datetime, int, json, real, ref, text, type RecordOf } from './fields.ts';
import { AUDIT_KINDS, AUDIT_STATUSES, CORRECTIVE_ACTION_STATUSES, FINDING_SEVERITIES, TEMPLATE_KINDS, TEMPLATE_STATUSES } from './choices.ts';
import { badRequest, conflict } from '../rest/errors.ts';
import { serviceCenters } from './service-centers.ts';
import { dueDateErrors } from '../rules/corrective-actions/due-date.ts';
import { assertEvidence } from '../rules/corrective-actions/evidence.ts';
import { users } from './users.ts';
import { today } from '../dates.ts';
import type { Transaction } from '../db/database.ts';
import { chooseTemplate, issuePath, nextDraft } from '../rules/audit-templates/versions.ts';
import { currentTemplate, templateFacts, versionsOf } from '../rules/audit-templates/lookup.ts';

/** A template definition: the engine's template object, checked by validateTemplate (each issue under its field). */
const definitionSchema = z.unknown().superRefine((value, ctx) => {
  const result = validateTemplate(value);
  if (!result.ok) for (const issue of result.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issuePath(issue.path) });
});

/**
 * Versioned audit checklists. The record's `version` is the template's version (from the
 * definition), so key, version, kind, title and fingerprint all follow from `definition`. A new
 * version is a draft that administrators edit; publishing it makes it immutable (the policy) and
 * the checklist new audits of its kind use.
 */
export const auditTemplates = defineResource({
  name: 'audit-templates',
  table: 'auditTemplates',
  baseColumns: { id: 'int', createdAt: 'datetime', updatedAt: 'datetime' },
  fields: {
    key: text(80).required().serverOwned(),
    version: int(1).required().serverOwned(),
    kind: choice(TEMPLATE_KINDS).required().serverOwned(),
    title: text(200).required().serverOwned(),
    definition: json(definitionSchema).required(),
    fingerprint: text(80).required().serverOwned(),
    status: choice(TEMPLATE_STATUSES).required().serverOwned(),
    publishedAt: datetime().serverOwned(),
    publishedById: ref(() => users).serverOwned(),
  },
  search: ['key', 'title'],
  initial: { status: 'draft' },
  derive: (changes) => {
    if (!('definition' in changes)) return {};
    const t = changes.definition as AuditTemplate;
    return { key: t.key, version: t.version, kind: t.kind, title: t.title, fingerprint: templateFingerprint(t) };
  },
  check: async (trx, action, before, changes) => {
    if (action === 'delete' || !('definition' in changes)) return;
    const t = changes.definition as AuditTemplate;
    let query = trx.selectFrom('auditTemplates').select('id').where('key', '=', t.key).where('version', '=', t.version);
    if (before) query = query.where('id', '!=', before.id as number);
    if (await query.executeTakeFirst()) {
      throw conflict(`Template ${t.key} version ${t.version} already exists; make a new version`, { 'definition.version': 'This key and version already exist' });
    }
    const next = nextDraft((await versionsOf(trx, t.key)).filter((v) => v.id !== before?.id));
    if ('problem' in next) throw conflict(next.problem, { 'definition.key': next.problem });
  },
});

const answerSchema = z
  .strictObject({
    value: z.union([z.string().max(200), z.number()]).optional(),
    reference: z.number().optional(),
    na: z.boolean().optional(),
    note: z.string().max(2000).optional(),
  })
  .nullable();

/**
 * An audit's center, amended audit and checklist agree; a new audit gets the current published
 * checklist of its kind when it names none (returned as the templateId to store).
 */
async function checkAudit(trx: Transaction, action: string, before: Record<string, unknown> | undefined, changes: Record<string, unknown>) {
  if (action === 'delete') return;
  const audit = { ...before, ...changes };
  const errors: Record<string, string> = {};
  let kind = String(audit.kind);
  let kept = before?.templateId as number | undefined;
  if (audit.kind === 'amending') {
    if (audit.amendsAuditId == null) errors.amendsAuditId = 'Required for an amending audit';
    else {
      const amended = await trx
        .selectFrom('audits')
        .innerJoin('auditTemplates', 'auditTemplates.id', 'audits.templateId')
        .select(['audits.status', 'audits.serviceCenterId', 'audits.templateId', 'auditTemplates.kind as templateKind'])
        .where('audits.id', '=', audit.amendsAuditId as number)
        .executeTakeFirst();
      if (!amended) errors.amendsAuditId = `No audit with id ${String(audit.amendsAuditId)}`;
      else if (amended.serviceCenterId !== audit.serviceCenterId) errors.amendsAuditId = 'Must be an audit of the same service center';
      else if (amended.status === 'draft') errors.amendsAuditId = 'Must be a submitted audit';
      else {
        kind = amended.templateKind;
        kept ??= amended.templateId ?? undefined;
      }
    }
  } else if (audit.amendsAuditId != null) errors.amendsAuditId = 'Only an amending audit amends another one';
  if (Object.keys(errors).length) throw badRequest('Some fields are invalid', errors);
  const requested = audit.templateId == null ? undefined : await templateFacts(trx, audit.templateId as number);
  const chosen = chooseTemplate({ kind, amending: audit.kind === 'amending', requested, current: await currentTemplate(trx, kind), kept });
  if ('problem' in chosen) throw badRequest('Some fields are invalid', { templateId: chosen.problem });
  return audit.templateId == null ? { templateId: chosen.id } : undefined;
}

export const audits = defineResource({
  name: 'audits',
  table: 'audits',
  fields: {
    serviceCenterId: ref(() => serviceCenters).required(),
    // Left out: the current published checklist of the audit's kind (the check fills it in).
    templateId: ref(() => auditTemplates),
    kind: choice(AUDIT_KINDS).required(),
    amendsAuditId: ref((): ResourceRef => audits),
    auditor: text(120).required(),
    auditDate: date().required(),
    answers: json(z.record(z.string().max(80), answerSchema)).required(),
    notes: text(4000),
    status: choice(AUDIT_STATUSES).serverOwned(),
    score: real().serverOwned(),
    rawScore: real().serverOwned(),
    band: text(40).serverOwned(),
    nextAuditDue: date().serverOwned(),
    criticalFailure: bool().serverOwned(),
    sectionResults: json(z.unknown()).serverOwned(),
    submittedAt: datetime().serverOwned(),
    submittedBy: text(100).serverOwned(),
  },
  search: ['auditor', 'notes'],
  defaults: { answers: {} },
  initial: { status: 'draft' },
  check: checkAudit,
});

/** What an audit found: written by the server when the audit is submitted. */
export const findings = defineResource({
  name: 'findings',
  table: 'findings',
  readOnly: true,
  fields: {
    auditId: ref(() => audits).required(),
    serviceCenterId: ref(() => serviceCenters).required(),
    itemKey: text(80).required(),
    requirement: text(80).required(),
    severity: choice(FINDING_SEVERITIES).required(),
    title: text(500).required(),
    detail: text(2000),
    escalatedFrom: text(20),
  },
  search: ['title', 'detail', 'itemKey', 'requirement'],
});

/** One per finding, created on submit; compliance follows them up (owner, due date, evidence, status). */
export const correctiveActions = defineResource({
  name: 'corrective-actions',
  table: 'correctiveActions',
  createdByServer: true,
  fields: {
    findingId: ref(() => findings).required().serverOwned(),
    auditId: ref(() => audits).required().serverOwned(),
    serviceCenterId: ref(() => serviceCenters).required().serverOwned(),
    severity: choice(FINDING_SEVERITIES).required().serverOwned(),
    description: text(2000).required().serverOwned(),
    owner: text(120),
    dueDate: date(),
    /** Why the due date was last moved (required with every move). */
    dueDateReason: text(500),
    evidence: text(4000),
    status: choice(CORRECTIVE_ACTION_STATUSES).required(),
    closedAt: datetime().serverOwned(),
    /** The center's answer (the respond command): what was done; the action then awaits verification. */
    response: text(4000).serverOwned(),
    respondedAt: datetime().serverOwned(),
    respondedById: ref(() => users).serverOwned(),
    respondedBy: text(100).serverOwned(),
    /** Compliance's word when closing or reopening it (required to reopen: the center sees why). */
    reviewComment: text(2000).serverOwned(),
    reviewedAt: datetime().serverOwned(),
    reviewedBy: text(100).serverOwned(),
  },
  search: ['description', 'owner', 'evidence'],
  derive: (changes, now) => ('status' in changes ? { closedAt: changes.status === 'open' ? null : now } : {}),
  check: async (trx, action, before, changes) => {
    if (action !== 'update' || !before) return;
    const moved = dueDateErrors(before, changes, today());
    if (Object.keys(moved).length) throw badRequest('Some fields are invalid', moved);
    const closing = before.status === 'open' && changes.status !== undefined && changes.status !== 'open';
    if (closing) await assertEvidence(trx, before);
  },
});

/** Every computed rating of a center (history); the latest is copied onto the center. */
export const ratings = defineResource({
  name: 'ratings',
  table: 'ratings',
  readOnly: true,
  fields: {
    serviceCenterId: ref(() => serviceCenters).required(),
    computedAt: datetime().required(),
    score: real(),
    stars: real(),
    grade: text(2),
    methodologyVersion: text(20).required(),
    explanation: json(z.unknown()).required(),
    inputs: json(z.unknown()).required(),
  },
  search: ['grade', 'methodologyVersion'],
});

export type AuditTemplateRecord = RecordOf<typeof auditTemplates.fields>;
export type Audit = RecordOf<typeof audits.fields>;
export type FindingRecord = RecordOf<typeof findings.fields>;
export type CorrectiveAction = RecordOf<typeof correctiveActions.fields>;
export type RatingRecord = RecordOf<typeof ratings.fields>;
