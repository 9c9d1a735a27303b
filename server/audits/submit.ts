import { missingAnswers, scoreAudit, validateTemplate, type Answers, type PriorAudit, type Severity } from '../../audits/index.ts';
import type { Transaction } from '../db/database.ts';
import type { SignedInUser } from '../auth/sessions.ts';
import { decide } from '../auth/policy.ts';
import { diffRecords, writeAudit } from '../auth/audit.ts';
import { HttpError, conflict } from '../rest/errors.ts';
import { findRow } from '../rest/writes.ts';
import { toRecord } from '../rest/records.ts';
import { resourceByName } from '../resources/index.ts';

const audits = resourceByName.get('audits')!;
import { recomputeCenterRating } from './rating.ts';

/** Lists at most this many missing item keys in the message. */
const LISTED = 10;

/** "N items unanswered: a, b, c…" */
export function unansweredMessage(keys: string[]): string {
  const listed = keys.slice(0, LISTED).join(', ');
  return `${keys.length} ${keys.length === 1 ? 'item' : 'items'} unanswered: ${listed}${keys.length > LISTED ? '…' : ''}`;
}

/** The findings of the center's earlier submitted audits, for the escalation of repeated findings. */
export async function auditHistory(trx: Transaction, serviceCenterId: number, auditId: number, excluded: number[] = []): Promise<PriorAudit[]> {
  const rows = await trx
    .selectFrom('audits')
    .leftJoin('findings', 'findings.auditId', 'audits.id')
    .select(['audits.id', 'audits.auditDate', 'findings.requirement', 'findings.severity', 'findings.escalatedFrom'])
    .where('audits.serviceCenterId', '=', serviceCenterId)
    .where('audits.status', 'in', ['submitted', 'closed'])
    .where('audits.id', '!=', auditId)
    .orderBy('audits.auditDate')
    .orderBy('audits.id')
    .execute();
  const byAudit = new Map<number, PriorAudit & { findings: { requirement: string; severity: Severity; baseSeverity?: Severity }[] }>();
  for (const row of rows) {
    const id = Number(row.id);
    if (excluded.includes(id)) continue;
    let prior = byAudit.get(id);
    if (!prior) byAudit.set(id, (prior = { id, date: String(row.auditDate), findings: [] }));
    if (row.requirement != null) {
      prior.findings.push({
        requirement: String(row.requirement),
        severity: row.severity as Severity,
        baseSeverity: (row.escalatedFrom ?? row.severity) as Severity,
      });
    }
  }
  return [...byAudit.values()];
}

/**
 * Submits a draft audit in the caller's transaction: scores it on the server, stores the result,
 * its findings and their corrective actions, logs it and recomputes the center's rating.
 */
export async function submitAudit(trx: Transaction, user: SignedInUser, id: number, now = new Date()) {
  const allowed = decide(user, 'update', 'audits');
  if (!allowed.allowed) throw new HttpError(403, allowed.reason);
  const before = toRecord(audits, await findRow(trx, audits, id, user));
  const rule = decide(user, 'update', 'audits', before, { status: 'submitted' });
  if (!rule.allowed) throw new HttpError(403, rule.reason);
  if (before.status !== 'draft') throw conflict('This audit was already submitted; record corrections in an amending audit', { status: 'Not a draft' });

  const templateRow = await trx.selectFrom('auditTemplates').select(['definition']).where('id', '=', before.templateId as number).executeTakeFirstOrThrow();
  const checked = validateTemplate(JSON.parse(String(templateRow.definition)));
  if (!checked.ok) throw new HttpError(500, 'The stored template is invalid');
  const template = checked.template;
  const answers = (before.answers ?? {}) as Answers;
  const missing = missingAnswers(template, answers);
  if (missing.length) {
    const keys = missing.map((m) => m.itemKey);
    throw conflict('The audit is incomplete', { answers: unansweredMessage(keys) });
  }

  const serviceCenterId = before.serviceCenterId as number;
  const excluded = before.amendsAuditId != null ? [before.amendsAuditId as number] : [];
  const history = await auditHistory(trx, serviceCenterId, id, excluded);
  const result = scoreAudit(template, answers, { auditDate: String(before.auditDate), history });
  const at = now.toISOString();

  await trx
    .updateTable('audits')
    .set({
      status: 'submitted',
      score: result.percent,
      rawScore: result.rawPercent,
      band: result.band?.key ?? null,
      nextAuditDue: result.nextAuditDue,
      criticalFailure: result.criticalFailures.length > 0 ? 1 : 0,
      sectionResults: JSON.stringify(result.sections),
      submittedAt: at,
      submittedBy: user.name,
      updatedAt: at,
      version: Number(before.version) + 1,
    })
    .where('id', '=', id)
    .execute();

  for (const finding of result.findings) {
    const { id: findingId } = (await trx
      .insertInto('findings')
      .values({
        createdAt: at,
        updatedAt: at,
        version: 1,
        auditId: id,
        serviceCenterId,
        itemKey: finding.itemKey,
        requirement: finding.requirement,
        severity: finding.severity,
        title: finding.title,
        detail: finding.detail,
        escalatedFrom: finding.escalation ? finding.baseSeverity : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    await trx
      .insertInto('correctiveActions')
      .values({
        createdAt: at,
        updatedAt: at,
        version: 1,
        findingId,
        auditId: id,
        serviceCenterId,
        severity: finding.severity,
        description: finding.correctiveAction,
        owner: null,
        dueDate: finding.dueDate,
        evidence: null,
        status: 'open',
        closedAt: null,
      })
      .execute();
  }

  const after = toRecord(audits, await findRow(trx, audits, id, user));
  const counts = result.findings.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.severity]: (acc[f.severity] ?? 0) + 1 }), {});
  const summary = `Submitted: ${String(result.percent)} % (${result.band?.label ?? 'no band'}), ${result.findings.length} findings${
    result.findings.length ? ` (${Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ')})` : ''
  }`;
  await writeAudit(trx, { userId: user.id, userName: user.name, action: 'submit', resource: 'audits', recordId: id, summary, diff: diffRecords(before, after) }, now);
  const rated = await recomputeCenterRating(trx, serviceCenterId, now);
  await writeAudit(
    trx,
    {
      userId: user.id,
      userName: user.name,
      action: 'rate',
      resource: 'service-centers',
      recordId: serviceCenterId,
      summary: `Rating ${String(rated.rating.score ?? 'none')} (${rated.rating.grade ?? 'unrated'}) after audit ${id}`,
    },
    now,
  );
  return after;
}
