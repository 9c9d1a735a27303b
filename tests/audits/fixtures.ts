// Small templates and answer builders for the audit-engine tests.
import type { Answer, Answers, AuditTemplate, TemplateItem } from '../../audits/index.ts';

type NewItem = Omit<TemplateItem, 'requirement' | 'text' | 'correctiveAction' | 'weight'> &
  Partial<Pick<TemplateItem, 'requirement' | 'text' | 'correctiveAction' | 'weight'>>;

/** Fills the fields a test does not care about. */
export function item<T extends NewItem>(i: T): TemplateItem {
  return {
    requirement: `req.${i.key}`,
    text: `Item ${i.key}`,
    correctiveAction: `Fix ${i.key}.`,
    weight: 1,
    ...i,
  } as unknown as TemplateItem;
}

export const yn = (key: string, extra: Partial<TemplateItem> = {}): TemplateItem => item({ key, kind: 'yesNo', ...extra } as NewItem);

/** A template with the given sections (section key → items). */
export function template(sections: Record<string, TemplateItem[]>, extra: Partial<AuditTemplate> = {}): AuditTemplate {
  return {
    key: 'test-template',
    version: 1,
    kind: 'annual',
    title: 'Test template',
    sections: Object.entries(sections).map(([key, items]) => ({ key, title: `Section ${key}`, items })),
    ...extra,
  };
}

export const single = (i: TemplateItem): AuditTemplate => template({ s: [i] });

/** The answer that earns full marks on an item. */
export function perfectAnswer(i: TemplateItem): Answer {
  switch (i.kind) {
    case 'yesNo':
      return { value: 'yes' };
    case 'count':
      return { value: i.minimum };
    case 'choice':
      return { value: i.options.find((o) => o.score === 1)!.key };
    case 'measurement': {
      const c = i.check;
      if (c.type === 'range') return { value: c.min ?? c.max! };
      const reference = c.reference ?? (c.referenceRange ? (c.referenceRange.min + c.referenceRange.max) / 2 : 1);
      return c.reference === undefined ? { value: reference, reference } : { value: reference };
    }
  }
}

/** Full marks everywhere, with overrides. */
export function perfectAnswers(t: AuditTemplate, overrides: Record<string, Answer> = {}): Answers {
  const answers: Record<string, Answer> = {};
  for (const s of t.sections) for (const i of s.items) answers[i.key] = perfectAnswer(i);
  return { ...answers, ...overrides };
}

export const YES: Answer = { value: 'yes' };
export const NO: Answer = { value: 'no' };
export const NA: Answer = { na: true };
