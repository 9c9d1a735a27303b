import { missingAnswers, scoreAudit, validateTemplate, type Answers, type PriorAudit, type Severity } from '../../audits/index.ts';
import type { Transaction } from '../db/database.ts';
import { HttpError, conflict } from '../rest/errors.ts';
import { findAuthorized } from '../rest/authorize.ts';
import { createLogged, updateLogged, type WriteContext } from '../rest/logged-write.ts';
import { audits, correctiveActions, findings } from '../resources/audits.ts';
import { recomputeCenterRating } from './rating.ts';
import { correctiveActionValues, findingValues, scoredAuditValues } from './result-values.ts';

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
    const id = row.id;
    if (excluded.includes(id)) continue;
    let prior = byAudit.get(id);
    if (!prior) byAudit.set(id, (prior = { id, date: row.auditDate, findings: [] }));
    if (row.requirement != null) {
      prior.findings.push({
        requirement: row.requirement,
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
export async function submitAudit(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const { trx, user } = ctx;
  const before = await findAuthorized(trx, user, 'submit', audits, id, version);

  const templateRow = await trx.selectFrom('auditTemplates').select(['definition']).where('id', '=', before.templateId as number).executeTakeFirstOrThrow();
  const checked = validateTemplate(JSON.parse(templateRow.definition));
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
  const counts = result.findings.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.severity]: (acc[f.severity] ?? 0) + 1 }), {});
  const summary = `Submitted: ${String(result.percent)} % (${result.band?.label ?? 'no band'}), ${result.findings.length} findings${
    result.findings.length ? ` (${Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ')})` : ''
  }`;
  const after = await updateLogged(ctx, audits, before, scoredAuditValues(result, now.toISOString(), user.name), { action: 'submit', summary }, now);
  for (const finding of result.findings) {
    const found = await createLogged(ctx, findings, findingValues(finding, id, serviceCenterId), {}, now);
    await createLogged(ctx, correctiveActions, correctiveActionValues(finding, Number(found.id), id, serviceCenterId), {}, now);
  }
  await recomputeCenterRating(ctx, serviceCenterId, `after audit ${id}`, now);
  return after;
}
