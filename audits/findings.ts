// Findings from failed and partial items: severity, escalation of repeats, corrective action, due date.
import type { EscalationInfo, Finding, IsoDate, ItemResult, PriorAudit, Severity, TemplateItem } from './types.ts';
import { SEVERITIES } from './types.ts';
import type { EscalationRule, ScoringPolicy } from './policy.ts';
import { addDays, dayNumber } from './dates.ts';
import { fmt } from './util.ts';

const rank = (s: Severity) => SEVERITIES.indexOf(s); // 0 = critical … 3 = observation
const milder = (a: Severity, b: Severity): Severity => (rank(a) >= rank(b) ? a : b);

/** The base severity of a failed or partial item, and why. */
export function baseSeverity(item: TemplateItem, result: ItemResult, policy: ScoringPolicy): { severity: Severity; reason: string } {
  const own = item.severity ?? policy.defaultFailSeverity;
  const ownReason = item.severity ? `the item's severity (${own})` : `the policy's default severity (${own})`;
  if (result.status === 'fail') {
    if (item.critical) return { severity: 'critical', reason: 'critical item failed' };
    return { severity: own, reason: `failed: ${ownReason}` };
  }
  // partial
  if (item.critical) return { severity: policy.criticalPartialSeverity, reason: `critical item only partly met (${fmt((result.score ?? 0) * 100)} %)` };
  if (result.optionSeverity) {
    const s = milder(result.optionSeverity, own);
    return { severity: s, reason: `partly met: the answer's severity (${result.optionSeverity})${s !== result.optionSeverity ? `, limited to ${ownReason}` : ''}` };
  }
  const byFraction: Severity = (result.score ?? 0) < policy.partialMinorBelow ? 'minor' : 'observation';
  const s = milder(byFraction, own);
  return {
    severity: s,
    reason: `partly met (${fmt((result.score ?? 0) * 100)} %): ${byFraction} ${byFraction === 'minor' ? 'below' : 'at or above'} ${fmt(policy.partialMinorBelow * 100)} %${s !== byFraction ? `, limited to ${ownReason}` : ''}`,
  };
}

/** Earlier audits (not after `auditDate`), most recent first; ties keep the given order. */
export function priorAuditsBefore(history: readonly PriorAudit[], auditDate: IsoDate): PriorAudit[] {
  const day = dayNumber(auditDate);
  return history
    .map((a, i) => ({ a, i, d: dayNumber(a.date) }))
    .filter((x) => x.d <= day)
    .sort((x, y) => y.d - x.d || x.i - y.i)
    .map((x) => x.a);
}

/** The first escalation rule that fires for a finding of `severity` on `requirement`, or null. */
export function escalate(requirement: string, severity: Severity, recent: readonly PriorAudit[], rules: readonly EscalationRule[]): EscalationInfo | null {
  for (const rule of rules) {
    if (rule.from !== severity) continue;
    const hits: EscalationInfo['priorAudits'] = [];
    for (const audit of recent.slice(0, rule.lookbackAudits)) {
      const match = audit.findings.find((f) => f.requirement === requirement && rule.priorSeverities.includes(f.baseSeverity ?? f.severity));
      if (match) hits.push({ ...(audit.id !== undefined ? { id: audit.id } : {}), date: audit.date, severity: match.baseSeverity ?? match.severity });
    }
    if (hits.length >= rule.minPriorAudits) return { ruleId: rule.id, rule: rule.description, from: rule.from, to: rule.to, priorAudits: hits };
  }
  return null;
}

/** Findings for every failed or partial item, in template order (`results[i]` is `entries[i]`'s result). */
export function buildFindings(
  entries: readonly { item: TemplateItem; sectionTitle: string }[],
  results: readonly ItemResult[],
  auditDate: IsoDate,
  history: readonly PriorAudit[],
  policy: ScoringPolicy,
): Finding[] {
  let recent: PriorAudit[] | null = null;
  const findings: Finding[] = [];
  for (let i = 0; i < entries.length; i++) {
    const result = results[i];
    if (result.status !== 'fail' && result.status !== 'partial') continue;
    const { item, sectionTitle } = entries[i];
    const base = baseSeverity(item, result, policy);
    let escalation: EscalationInfo | null = null;
    if (history.length && policy.escalationRules.some((r) => r.from === base.severity)) {
      recent ??= priorAuditsBefore(history, auditDate);
      escalation = escalate(item.requirement, base.severity, recent, policy.escalationRules);
    }
    const severity = escalation ? escalation.to : base.severity;
    const days = policy.correctiveActionDays[severity];
    findings.push({
      itemKey: item.key,
      sectionKey: result.sectionKey,
      requirement: item.requirement,
      title: `${sectionTitle}: ${item.text}`,
      detail: result.note ? `${result.detail} — ${result.note}` : result.detail,
      severity,
      baseSeverity: base.severity,
      severityReason: escalation ? `${base.reason}; escalated to ${severity} by rule ${escalation.ruleId}` : base.reason,
      escalation,
      correctiveAction: item.correctiveAction,
      dueDate: days === null ? null : addDays(auditDate, days),
      evidenceRequired: policy.evidenceRequired.includes(severity),
    });
  }
  return findings;
}
