// Plausible answers to a template's items (passing, or failing on purpose): the demo data, the tests and the checklist editor's preview.
import type { Answer, AuditTemplate, TemplateItem } from './types.ts';

/**
 * A plausible answer to one item: passing when `pass`, failing (or partly, for choices)
 * otherwise. `pick` draws a number in [0, 1) (a seeded generator's, for the demo data).
 */
export function sampleAnswer(item: TemplateItem, pass: boolean, pick: () => number = () => 0.5): Answer {
  switch (item.kind) {
    case 'yesNo':
      return { value: pass ? 'yes' : 'no' };
    case 'count':
      return { value: pass ? item.minimum + Math.floor(pick() * 3) : Math.max(0, item.minimum - 1) };
    case 'choice': {
      const best = item.options.find((o) => o.score === 1) ?? item.options[0];
      const worse = item.options.filter((o) => o.score < 1);
      return { value: pass || worse.length === 0 ? best.key : worse[Math.floor(pick() * worse.length)].key };
    }
    case 'measurement': {
      const check = item.check;
      if (check.type === 'range') {
        const lo = check.min ?? (check.max !== undefined ? check.max - 10 : 0);
        const hi = check.max ?? lo + 10;
        if (pass) return { value: Math.round((lo + (hi - lo) * (0.25 + pick() / 2)) * 1000) / 1000 };
        return { value: check.max !== undefined ? check.max + Math.max(1, Math.abs(check.max) * 0.2) : lo - Math.max(1, Math.abs(lo) * 0.2) };
      }
      const givenReference = check.reference === undefined;
      const reference = check.reference ?? (check.referenceRange ? (check.referenceRange.min + check.referenceRange.max) / 2 : 1);
      const allowed = check.tolerancePercent !== undefined ? (Math.abs(reference) * check.tolerancePercent) / 100 : (check.toleranceAbsolute ?? 0);
      const offset = pass ? allowed * (pick() - 0.5) : allowed * (1.5 + pick());
      const value = Math.round((reference + offset) * 10_000) / 10_000;
      return givenReference ? { value, reference } : { value };
    }
  }
}

/** Answers to every item of a template; the items whose keys are in `failing` fail. */
export function sampleAnswers(template: AuditTemplate, failing: Iterable<string> = []): Record<string, Answer> {
  const fail = new Set(failing);
  const answers: Record<string, Answer> = {};
  for (const section of template.sections) for (const item of section.items) answers[item.key] = sampleAnswer(item, !fail.has(item.key));
  return answers;
}
