import { TEMPLATES, scoreAudit, type Answer, type AuditTemplate, type PriorAudit } from '../../../audits/index.ts';
import { sampleAnswer } from '../../../audits/sample-answers.ts';
import { correctiveActionValues, findingValues, scoredAuditValues } from '../../audits/result-values.ts';
import { audits, correctiveActions, findings } from '../../resources/audits.ts';
import { toRow } from '../../rest/records.ts';
import type { Db } from '../database.ts';
import { insertShippedTemplates } from '../../audits/shipped-templates.ts';
import type { Clock } from './clock.ts';
import { DAY_MS, isoTime } from './clock.ts';
import { insertRows } from './insert.ts';
import { person } from './people.ts';
import type { CenterPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { Row } from './row.ts';

/** How well a center keeps to the rules: the chance that any one item fails, and a critical one. */
const QUALITY = {
  excellent: { fail: 0.01, critical: 0 },
  good: { fail: 0.06, critical: 0.003 },
  complies: { fail: 0.13, critical: 0.01 },
  poor: { fail: 0.24, critical: 0.03 },
} as const;
const QUALITY_SHARE = { excellent: 20, good: 35, complies: 30, poor: 15 } as const;

const EVIDENCE = [
  'Photos of the corrected installation on file',
  'Calibration certificate renewed, copy attached',
  'Signed training record uploaded',
  'Invoice for the replacement tools',
  'Updated complaint log reviewed on site',
  'Follow-up visit confirmed the fix',
];
const OWNERS_TITLES = ['Center manager', 'Lead technician', 'Office manager'];

const personName = (random: Random) => {
  const p = person(random);
  return `${p.firstName} ${p.lastName}`;
};

/** Stages past the initial assessment (their assessment is on file). */
const ASSESSED_BEFORE_LIVE: readonly string[] = ['training', 'state-notified', 'state-inspection'];

function sampleAnswers(random: Random, template: AuditTemplate, quality: (typeof QUALITY)[keyof typeof QUALITY]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const section of template.sections) {
    for (const item of section.items) {
      if (item.allowNotApplicable && random.chance(0.08)) {
        answers[item.key] = { na: true };
        continue;
      }
      const failChance = item.critical ? quality.critical : quality.fail;
      answers[item.key] = sampleAnswer(item, !random.chance(failChance), () => random.next());
    }
  }
  return answers;
}

/** A demo login's center had its annual audit this many days ago: its major findings' actions are overdue, its minor ones due soon. */
const PORTAL_AUDIT_AGO = 20;

/** At least one corrective action already overdue and two due in the coming weeks. */
function hasFindingsToShow(list: readonly { dueDate: string | null }[], today: number): boolean {
  const dueDays = list.flatMap((f) => (f.dueDate === null ? [] : [Math.round(Date.parse(f.dueDate) / DAY_MS)]));
  return dueDays.some((d) => d < today) && dueDays.filter((d) => d >= today).length >= 2;
}

export interface AuditRows {
  audits: Row[];
  findings: Row[];
  correctiveActions: Row[];
}

/**
 * Every live center gets its initial location assessment (shortly before it went live) and one to
 * three annual audits (the latest within the last year), scored by the audit engine in date order
 * with the center's earlier findings. Corrective actions of old audits are mostly verified; recent
 * ones are open, some already overdue.
 */
export function generateAudits(random: Random, clock: Clock, centers: CenterPlan[], templateIds: Map<string, number>): AuditRows {
  const initial = TEMPLATES.find((t) => t.kind === 'initial')!;
  const annual = TEMPLATES.find((t) => t.kind === 'annual')!;
  const out: AuditRows = { audits: [], findings: [], correctiveActions: [] };
  const today = clock.today;
  for (const center of centers) {
    const assessed = ASSESSED_BEFORE_LIVE.includes(center.status);
    if (!assessed && (center.status !== 'live' || center.liveSince === null)) continue;
    // a demo login's center complies, with findings to answer
    const quality = center.portal ? QUALITY.complies : QUALITY[random.weighted(QUALITY_SHARE)];
    const history: PriorAudit[] = [];
    const dates: number[] = [];
    let schedule: [AuditTemplate, number][];
    if (center.liveSince === null) {
      // on its way to live: the initial assessment came before the current stage
      schedule = [[initial, Math.min(center.stageSince - random.int(1, 20), today - 1)]];
    } else {
      const first = Math.min(today - 1, center.liveSince + random.int(14, 90));
      let day = center.portal ? today - PORTAL_AUDIT_AGO : Math.max(first, today - random.int(5, 330));
      for (let n = 0; n < 3 && day >= first; n++) {
        dates.unshift(day);
        day -= random.int(345, 385);
      }
      schedule = [[initial, Math.min(center.liveSince - random.int(10, 60), today - 2)], ...dates.map((d) => [annual, d] as [AuditTemplate, number])];
    }
    for (const [template, auditDay] of schedule) {
      const auditDate = clock.iso(auditDay);
      const showcase = center.portal && auditDay === today - PORTAL_AUDIT_AGO;
      let overdueLeftOpen = false;
      let answers: Record<string, Answer>;
      let result: ReturnType<typeof scoreAudit>;
      // the initial assessment a center moved on after was passed (a go-live gate)
      do {
        answers = sampleAnswers(random, template, quality);
        result = scoreAudit(template, answers, { auditDate, history });
      } while ((template.kind === 'initial' && result.band?.reauditRequired !== false) || (showcase && !hasFindingsToShow(result.findings, today)));
      const id = out.audits.length + 1;
      const auditor = personName(random);
      const submittedMs = (auditDay + 1) * DAY_MS - 6 * 3_600_000;
      const createdMs = auditDay * DAY_MS + 13 * 3_600_000;
      out.audits.push({
        id,
        createdAt: isoTime(createdMs),
        updatedAt: isoTime(submittedMs),
        version: 2,
        serviceCenterId: center.id,
        templateId: templateIds.get(`${template.key}@${template.version}`),
        kind: template.kind,
        amendsAuditId: null,
        auditor,
        auditDate,
        answers: JSON.stringify(answers),
        notes: null,
        ...toRow(audits, scoredAuditValues(result, isoTime(submittedMs), auditor)),
      });
      const auditRow = out.audits[out.audits.length - 1];
      history.push({ id, date: auditDate, findings: result.findings.map((f) => ({ requirement: f.requirement, severity: f.severity, baseSeverity: f.baseSeverity })) });
      for (const finding of result.findings) {
        const findingId = out.findings.length + 1;
        out.findings.push({
          id: findingId,
          createdAt: isoTime(submittedMs),
          updatedAt: isoTime(submittedMs),
          version: 1,
          ...toRow(findings, findingValues(finding, id, center.id)),
        });
        const dueDay = finding.dueDate === null ? auditDay + 60 : Math.round(Date.parse(finding.dueDate) / DAY_MS);
        // Actions due half a year ago are closed, older ones mostly; the latest weeks' are open, some past their due date.
        const closeChance = dueDay < today - 180 ? 1 : dueDay < today - 60 ? 0.93 : dueDay < today ? 0.55 : 0.2;
        // the demo login's latest audit: what is due later is open, and one overdue action too
        const closed = showcase ? dueDay < today && overdueLeftOpen : random.chance(closeChance);
        if (showcase && dueDay < today) overdueLeftOpen = true;
        const closedDay = Math.min(today - 1, Math.max(auditDay + 1, dueDay - random.int(-5, 10)));
        const status = closed ? (random.chance(0.7) ? 'verified' : 'done') : 'open';
        const owner = random.chance(0.8) ? `${random.pick(OWNERS_TITLES)}: ${personName(random)}` : null;
        out.correctiveActions.push({
          id: out.correctiveActions.length + 1,
          createdAt: isoTime(submittedMs),
          updatedAt: isoTime(closed ? Math.max(submittedMs, closedDay * DAY_MS + 15 * 3_600_000) : submittedMs),
          version: closed ? 2 : 1,
          ...toRow(correctiveActions, {
            ...correctiveActionValues(finding, findingId, id, center.id),
            owner,
            evidence: closed || random.chance(0.2) ? random.pick(EVIDENCE) : null,
            status,
            closedAt: closed ? isoTime(Math.max(submittedMs, closedDay * DAY_MS + 15 * 3_600_000)) : null,
          }),
        });
        if (!closed) auditRow.open = true;
      }
      // closed once none of its corrective actions is open
      if (!auditRow.open) auditRow.status = 'closed';
      delete auditRow.open;
    }
  }
  return out;
}

/** The demo's audits step: stores the templates, the audits with their findings and actions. */
export async function insertDemoAudits(db: Db, random: Random, clock: Clock, centers: CenterPlan[]): Promise<Record<string, number>> {
  await insertShippedTemplates(db, isoTime(clock.nowMs));
  const templates = await db.selectFrom('auditTemplates').select(['id', 'key', 'version']).execute();
  const ids = new Map(templates.map((t) => [`${t.key}@${t.version}`, t.id]));
  const rows = generateAudits(random, clock, centers, ids);
  return {
    audits: await insertRows(db, 'audits', rows.audits),
    findings: await insertRows(db, 'findings', rows.findings),
    correctiveActions: await insertRows(db, 'correctiveActions', rows.correctiveActions),
  };
}
