// Speed of the audit engine on the large dataset's shape: 3,000 centers × 10 audits (an initial
// assessment and nine annual audits, 55–58 items each) = 30,000 audits scored in date order with the
// center's earlier findings (escalation), then every center's rating recomputed from its audits,
// open/overdue corrective actions and operational counts. Not a test: the benchmark runner calls
// measureEngineSpeed() and reports what it returns. Data is synthetic and deterministic (fixed seed).
import {
  addMonths,
  countCorrectiveActions,
  latestTemplate,
  rateCenter,
  scoreAudit,
  type Answer,
  type Answers,
  type AuditTemplate,
  type OperationalSignals,
  type PriorAudit,
  type RatingInputs,
  type TemplateItem,
} from '../../audits/index.ts';

const WARMUP_CENTERS = 200;

export interface EngineSpeedOptions {
  centers?: number;
  auditsPerCenter?: number;
  seed?: number;
}

export interface EngineSpeed {
  centers: number;
  audits: number;
  itemsScored: number;
  findings: number;
  /** Building the synthetic answers (not engine time). */
  buildMs: number;
  /** Centers scored once and rated ten times before timing (JIT warm-up), and how long that took. */
  warmupCenters: number;
  warmupMs: number;
  /** scoreAudit for every audit, with each center's earlier findings as history. */
  scoreMs: number;
  /** rateCenter for every center from stored percents, corrective-action counts and operational numbers. */
  rateMs: number;
  /** scoreMs + rateMs. */
  engineMs: number;
  /** Process CPU time (all threads, incl. GC) of the two phases: less sensitive to other load on the machine. */
  scoreCpuMs: number;
  rateCpuMs: number;
  scorePerAuditMicros: number;
  ratePerCenterMicros: number;
  /**
   * A fixed integer loop (10 million additions) timed just before: a yardstick for how fast the machine
   * is right now (≈ 10–20 ms on an idle modern core), so figures from a busy machine can be read.
   */
  yardstickMs: number;
  /** Check value: mean rating score, so the work cannot be optimised away and runs can be compared. */
  meanRating: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An answer: mostly full marks, sometimes a failure, a partial answer or N/A (per-center quality). */
function answerFor(i: TemplateItem, rnd: () => number, quality: number): Answer {
  if (i.allowNotApplicable && rnd() < 0.15) return { na: true };
  const good = rnd() < quality;
  switch (i.kind) {
    case 'yesNo':
      return { value: good ? 'yes' : 'no' };
    case 'count':
      return { value: good ? i.minimum + Math.floor(rnd() * 3) : Math.floor(rnd() * i.minimum) };
    case 'choice': {
      const o = good ? i.options.find((x) => x.score === 1)! : i.options[1 + Math.floor(rnd() * (i.options.length - 1))];
      return { value: o.key };
    }
    case 'measurement': {
      const c = i.check;
      if (c.type === 'range') {
        const hi = c.max ?? (c.min ?? 0) + 1;
        const lo = c.min ?? hi - 1;
        return { value: Math.round((good ? lo + rnd() * (hi - lo) : hi + 0.1 + rnd()) * 10) / 10 };
      }
      const reference = c.reference ?? 0.03 + Math.round(rnd() * 20) / 1000;
      const tol = c.tolerancePercent !== undefined ? (reference * c.tolerancePercent) / 100 : (c.toleranceAbsolute ?? 0);
      // As the instruments show them: breath alcohol to 3 decimals, temperatures to 0.1.
      const step = reference < 1 ? 1000 : 10;
      const value = Math.round((reference + (good ? (rnd() * 2 - 1) * tol : tol * (1.2 + rnd()))) * step) / step;
      return c.reference === undefined ? { value, reference } : { value };
    }
  }
}

function yardstick(): number {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < 10_000_000; i++) s = (s + (i % 7)) | 0;
  const ms = performance.now() - t0;
  return s === -1 ? -1 : ms;
}

interface SyntheticAudit {
  template: AuditTemplate;
  date: string;
  answers: Answers;
}

export function measureEngineSpeed(options: EngineSpeedOptions = {}): EngineSpeed {
  const centers = options.centers ?? 3000;
  const perCenter = options.auditsPerCenter ?? 10;
  const rnd = mulberry32(options.seed ?? 20260101);
  const initial = latestTemplate('initial');
  const annual = latestTemplate('annual');
  const asOf = '2026-06-30';

  let t0 = performance.now();
  const data = Array.from({ length: centers }, () => {
    const quality = 0.9 + rnd() * 0.095;
    const start = `20${16 + Math.floor(rnd() * 5)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
    const audits: SyntheticAudit[] = Array.from({ length: perCenter }, (_, k) => {
      const template = k === 0 ? initial : annual;
      const answers: Record<string, Answer> = {};
      for (const s of template.sections) for (const i of s.items) answers[i.key] = answerFor(i, rnd, quality);
      return { template, date: addMonths(start, k * 7), answers };
    });
    const completed = 50 + Math.floor(rnd() * 400);
    const scheduled = 30 + Math.floor(rnd() * 200);
    const walkIns = Math.floor(rnd() * 150);
    const operations: OperationalSignals = {
      workOrdersCompleted: completed,
      workOrdersWithComplianceException: Math.floor(rnd() * completed * 0.05),
      appointmentsScheduled: scheduled,
      appointmentsKept: scheduled - Math.floor(rnd() * scheduled * 0.1),
      walkInServices: walkIns,
      walkInsUnder5Minutes: walkIns - Math.floor(rnd() * walkIns * 0.2),
      services: completed + walkIns,
      complaints: Math.floor(rnd() * 8),
    };
    return { audits, operations };
  });
  const buildMs = performance.now() - t0;

  // Warm up the engine (JIT) on the first centers, so the timings are those of a running server.
  t0 = performance.now();
  const warmupCenters = Math.min(centers, WARMUP_CENTERS);
  const warmupInputs: RatingInputs[] = data.slice(0, warmupCenters).map((c) => {
    const history: PriorAudit[] = [];
    for (const a of c.audits) history.push({ date: a.date, findings: scoreAudit(a.template, a.answers, { auditDate: a.date, history }).findings });
    const [baseline, ...annual] = history.map((h, k) => ({ date: h.date, percent: 60 + ((k * 7) % 40) }));
    return { asOf, baseline, audits: annual, correctiveActions: { open: 2, overdue: 1 }, operations: c.operations };
  });
  for (let pass = 0; pass < 10; pass++) for (const i of warmupInputs) rateCenter(i);
  const warmupMs = performance.now() - t0;

  const yardstickMs = yardstick();

  // Score every audit in date order, each with its center's earlier findings.
  let cpu0 = process.cpuUsage();
  t0 = performance.now();
  let itemsScored = 0;
  let findings = 0;
  const stored = data.map((c) => {
    const history: PriorAudit[] = [];
    const results: { date: string; percent: number; dueDates: (string | null)[]; kind: string }[] = [];
    for (const a of c.audits) {
      const r = scoreAudit(a.template, a.answers, { auditDate: a.date, history });
      itemsScored += r.itemCount;
      findings += r.findings.length;
      history.push({ date: a.date, findings: r.findings });
      results.push({ date: a.date, percent: r.percent ?? 0, dueDates: r.findings.map((f) => f.dueDate), kind: a.template.kind });
    }
    return { results, operations: c.operations };
  });
  const scoreMs = performance.now() - t0;
  const scoreCpu = process.cpuUsage(cpu0);

  // The server keeps corrective actions in a table and counts them in SQL; here the last audit's are open.
  const inputs: RatingInputs[] = stored.map(({ results, operations }) => {
    const last = results[results.length - 1];
    return {
      asOf,
      baseline: results.find((r) => r.kind === 'initial') ?? null,
      audits: results.filter((r) => r.kind === 'annual'),
      correctiveActions: countCorrectiveActions(last.dueDates.map((dueDate) => ({ dueDate })), asOf),
      operations,
    };
  });

  cpu0 = process.cpuUsage();
  t0 = performance.now();
  let sum = 0;
  for (const i of inputs) sum += rateCenter(i).score ?? 0;
  const rateMs = performance.now() - t0;
  const rateCpu = process.cpuUsage(cpu0);

  const audits = centers * perCenter;
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    centers,
    audits,
    itemsScored,
    findings,
    buildMs: r3(buildMs),
    warmupCenters,
    warmupMs: r3(warmupMs),
    scoreMs: r3(scoreMs),
    rateMs: r3(rateMs),
    engineMs: r3(scoreMs + rateMs),
    scoreCpuMs: r3((scoreCpu.user + scoreCpu.system) / 1000),
    rateCpuMs: r3((rateCpu.user + rateCpu.system) / 1000),
    scorePerAuditMicros: r3((scoreMs * 1000) / audits),
    ratePerCenterMicros: r3((rateMs * 1000) / centers),
    yardstickMs: r3(yardstickMs),
    meanRating: Math.round((sum / centers) * 100) / 100,
  };
}
