// Scoring an audit: item points × weight (N/A excluded), section scores, the critical cap, band,
// next audit date and findings. Used by the server on submit and by the SPA on every answer change.
import type {
  AuditEvaluation,
  AuditTemplate,
  Answers,
  IsoDate,
  ItemResult,
  MissingAnswer,
  PriorAudit,
  SectionResult,
  TemplateItem,
} from './types.ts';
import type { ScoringPolicy } from './policy.ts';
import { SCORING_POLICY } from './policy.ts';
import { validateTemplate } from './template-check.ts';
import { evaluateItem } from './items.ts';
import { bandFor, nextAuditDue } from './bands.ts';
import { buildFindings } from './findings.ts';
import { toIsoDate } from './dates.ts';
import { round } from './util.ts';

export class InvalidTemplateError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid audit template: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    this.name = 'InvalidTemplateError';
  }
}

export interface ScoreOptions {
  /** The audit's date: due dates and the next audit date count from it. */
  auditDate: IsoDate;
  /** Earlier audits of the same center with their findings (for escalation of repeats). */
  history?: readonly PriorAudit[];
  policy?: ScoringPolicy;
}

interface Compiled {
  entries: { item: TemplateItem; sectionIndex: number; sectionKey: string; sectionTitle: string }[];
}

const compiled = new WeakMap<AuditTemplate, Compiled>();

/** Validates once per template object and caches its flat item list. */
function compile(template: AuditTemplate): Compiled {
  let c = compiled.get(template);
  if (!c) {
    const v = validateTemplate(template);
    if (!v.ok) throw new InvalidTemplateError(v.issues);
    c = {
      entries: template.sections.flatMap((s, sectionIndex) =>
        s.items.map((item) => ({ item, sectionIndex, sectionKey: s.key, sectionTitle: s.title })),
      ),
    };
    compiled.set(template, c);
  }
  return c;
}

/** Items not answered, or answered with something their kind does not accept. Empty = ready to submit. */
export function missingAnswers(template: AuditTemplate, answers: Answers): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  for (const { item, sectionKey } of compile(template).entries) {
    const o = evaluateItem(item, answers[item.key], 0);
    if (o.status === 'missing') missing.push({ itemKey: item.key, sectionKey, reason: 'unanswered', message: o.detail });
    else if (o.status === 'invalid') missing.push({ itemKey: item.key, sectionKey, reason: 'invalid', message: o.detail });
  }
  return missing;
}

const percentOf = (achieved: number, possible: number) => (possible > 0 ? (achieved / possible) * 100 : null);

/**
 * Scores the answers against the template. Unanswered (and invalid) items are left out of the
 * possible points and listed in `missing` (`complete` is false): the SPA shows the score so far,
 * the server accepts a submission only when `complete`.
 */
export function scoreAudit(template: AuditTemplate, answers: Answers, options: ScoreOptions): AuditEvaluation {
  const policy = options.policy ?? SCORING_POLICY;
  const auditDate = toIsoDate(options.auditDate);
  const { entries } = compile(template);
  const cap = policy.criticalFailure.capPercent;
  const decimals = policy.percentDecimals;

  const sections: SectionResult[] = template.sections.map((s) => ({
    key: s.key,
    title: s.title,
    achieved: 0,
    possible: 0,
    rawPercent: null,
    percent: null,
    failed: false,
    criticalFailures: [],
  }));
  const items: ItemResult[] = [];
  const missing: MissingAnswer[] = [];
  const criticalFailures: string[] = [];
  let answeredCount = 0;

  for (const { item, sectionIndex, sectionKey } of entries) {
    const answer = answers[item.key];
    const o = evaluateItem(item, answer, policy.measurementEpsilon);
    const counted = o.score !== null;
    const result: ItemResult = {
      itemKey: item.key,
      sectionKey,
      requirement: item.requirement,
      kind: item.kind,
      critical: item.critical === true,
      status: o.status,
      score: o.score,
      weight: item.weight,
      possible: counted ? item.weight : 0,
      achieved: counted ? item.weight * (o.score as number) : 0,
      detail: o.detail,
      optionSeverity: o.optionSeverity,
      note: answer?.note || null,
    };
    items.push(result);
    if (o.status === 'missing' || o.status === 'invalid') {
      missing.push({ itemKey: item.key, sectionKey, reason: o.status === 'missing' ? 'unanswered' : 'invalid', message: o.detail });
    } else answeredCount++;
    const section = sections[sectionIndex];
    section.achieved += result.achieved;
    section.possible += result.possible;
    if (item.critical && o.status === 'fail') {
      section.failed = true;
      section.criticalFailures.push(item.key);
      criticalFailures.push(item.key);
    }
  }

  let achieved = 0;
  let possible = 0;
  for (const s of sections) {
    achieved += s.achieved;
    possible += s.possible;
    const raw = percentOf(s.achieved, s.possible);
    s.rawPercent = raw;
    s.percent = raw === null ? null : round(s.failed ? Math.min(raw, cap) : raw, decimals);
  }
  const rawPercent = percentOf(achieved, possible);
  const capped = criticalFailures.length > 0 && rawPercent !== null && round(rawPercent, decimals) > cap;
  const percent = rawPercent === null ? null : round(criticalFailures.length ? Math.min(rawPercent, cap) : rawPercent, decimals);
  const band = percent === null ? null : bandFor(percent, policy);

  const findings = buildFindings(entries, items, auditDate, options.history ?? [], policy);

  return {
    templateKey: template.key,
    templateVersion: template.version,
    policyVersion: policy.version,
    auditDate,
    complete: missing.length === 0,
    missing,
    answeredCount,
    itemCount: entries.length,
    items,
    sections,
    achieved,
    possible,
    rawPercent,
    percent,
    capped,
    criticalFailures,
    band,
    nextAuditDue: band ? nextAuditDue(auditDate, band) : null,
    findings,
  };
}
