import { describe, expect, it } from 'vitest';
import {
  InvalidTemplateError,
  SCORING_POLICY,
  TEMPLATES,
  canonicalJson,
  getTemplate,
  latestTemplate,
  scoreAudit,
  templateFingerprint,
  validateTemplate,
  type AuditTemplate,
  type TemplateItem,
} from '../../audits/index.ts';
import { sha256Hex } from '../../audits/sha256.ts';
import { perfectAnswers, template, yn } from './fixtures.ts';

const items = (t: AuditTemplate): TemplateItem[] => t.sections.flatMap((s) => s.items);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('the shipped templates', () => {
  it.each(TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))('%s is valid', (_l, t) => {
    expect(validateTemplate(t)).toEqual({ ok: true, template: t, issues: [] });
  });
  it.each([
    ['initial-location-assessment', 'initial', 58, 8],
    ['annual-quality-audit', 'annual', 55, 8],
  ])('%s: kind %s, %i items in %i sections', (key, kind, itemCount, sectionCount) => {
    const t = latestTemplate(key);
    expect(t.kind).toBe(kind);
    expect(items(t)).toHaveLength(itemCount);
    expect(t.sections).toHaveLength(sectionCount);
  });
  it.each(TEMPLATES.map((t) => [t.key, t] as const))('%s uses every item kind, critical items and N/A', (_k, t) => {
    expect(new Set(items(t).map((i) => i.kind))).toEqual(new Set(['yesNo', 'measurement', 'count', 'choice']));
    expect(items(t).filter((i) => i.critical).length).toBeGreaterThanOrEqual(6);
    expect(items(t).some((i) => i.allowNotApplicable)).toBe(true);
  });
  it('check the real inspection points (calibration window, ±10 %, 5 minutes, seals, soldering, waiting area, tools)', () => {
    for (const t of TEMPLATES) {
      const byKey = new Map(items(t).map((i) => [i.key, i]));
      expect(byKey.get('standard-value')).toMatchObject({ critical: true, check: { type: 'range', min: 0.03, max: 0.05 } });
      expect(byKey.get('check-1')).toMatchObject({ critical: true, check: { type: 'tolerance', tolerancePercent: 10 } });
      expect(byKey.get('check-2')).toMatchObject({ critical: true, check: { type: 'tolerance', tolerancePercent: 10 } });
      expect(byKey.get('check-interval')).toMatchObject({ check: { type: 'range', max: 5 } });
      expect(byKey.get('replacement-devices')).toMatchObject({ kind: 'count', minimum: 2 });
      for (const k of ['tamper-seals-applied', 'connections-soldered', 'waiting-area-separate', 'no-customer-viewing', 'reference-within-certificate', 'work-order-required']) {
        expect(byKey.get(k)?.critical, k).toBe(true);
      }
      for (const k of ['multimeter', 'test-light', 'battery-tester', 'heat-gun', 'wiring-diagrams', 'thermometer-certified', 'records-retention', 'complaint-log', 'fee-schedule' + (t.kind === 'annual' ? '-given' : ''), 'customer-trained', 'vehicle-checked']) {
        expect(byKey.has(k), `${t.key} ${k}`).toBe(true);
      }
    }
  });
  it('score 100 % when everything is perfect', () => {
    for (const t of TEMPLATES) {
      const r = scoreAudit(t, perfectAnswers(t), { auditDate: '2026-01-10' });
      expect([r.complete, r.percent, r.band?.key, r.findings]).toEqual([true, 100, 'excellent', []]);
    }
  });
  it('share requirement keys between the assessment and the audit, so repeats escalate across them', () => {
    const [initial, annual] = [latestTemplate('initial'), latestTemplate('annual')];
    const shared = new Set(items(initial).map((i) => i.requirement));
    expect(items(annual).filter((i) => shared.has(i.requirement)).length).toBeGreaterThan(30);
  });
  it('are frozen and found by key and version', () => {
    expect(Object.isFrozen(TEMPLATES[0].sections[0].items[0])).toBe(true);
    expect(getTemplate('annual-quality-audit', 1)).toBe(latestTemplate('annual-quality-audit'));
    expect(() => getTemplate('annual-quality-audit', 99)).toThrow(RangeError);
    expect(() => latestTemplate('nope')).toThrow(RangeError);
  });
  it('never change once shipped: a changed checklist is a new version (pinned fingerprints)', () => {
    expect(Object.fromEntries(TEMPLATES.map((t) => [`${t.key}@${t.version}`, templateFingerprint(t)]))).toEqual({
      'initial-location-assessment@1': 'sha256:d8981d0f8d6955f76d66b30550467739e1909f1f92cc65d7506dac027604524e',
      'annual-quality-audit@1': 'sha256:ac4fe790945f45d79ef18e5b6a87990c95b152898a55eb3047168ef3f7cdfa48',
    });
  });
});

describe('templateFingerprint', () => {
  const t = template({ a: [yn('x', { weight: 2 }), yn('y')], b: [yn('z')] });
  it('is a SHA-256 of the canonical JSON', () => {
    expect(templateFingerprint(t)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(templateFingerprint(t)).toBe(`sha256:${sha256Hex(canonicalJson(t))}`);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('does not depend on key order, copies or undefined members (stored JSON gives the same hash)', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const reordered = reverseKeys(t) as AuditTemplate;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(t));
    expect(templateFingerprint(reordered)).toBe(templateFingerprint(t));
    expect(templateFingerprint(clone(t))).toBe(templateFingerprint(t));
    expect(templateFingerprint({ ...t, description: undefined })).toBe(templateFingerprint(t));
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 'é' }] })).toBe('{"a":[1,{"c":"é","d":2}],"b":1}');
  });
  it.each([
    ['a weight', (c: AuditTemplate) => void (c.sections[0].items[0].weight = 3)],
    ['a text', (c: AuditTemplate) => void (c.sections[0].items[1].text += '.')],
    ['the version', (c: AuditTemplate) => void (c.version = 2)],
    ['item order', (c: AuditTemplate) => void c.sections[0].items.reverse()],
    ['a critical flag', (c: AuditTemplate) => void (c.sections[1].items[0].critical = true)],
    ['the title', (c: AuditTemplate) => void (c.title = 'Other')],
  ])('changes when %s changes', (_l, change) => {
    const c = clone(t);
    change(c);
    expect(templateFingerprint(c)).not.toBe(templateFingerprint(t));
  });
});

describe('validateTemplate', () => {
  const base = () =>
    clone(
      template({
        a: [
          yn('x'),
          { key: 'm', requirement: 'r.m', kind: 'measurement', text: 'M', weight: 1, unit: '', check: { type: 'tolerance', tolerancePercent: 10 }, correctiveAction: 'fix' },
          { key: 'c', requirement: 'r.c', kind: 'count', text: 'C', weight: 1, minimum: 2, correctiveAction: 'fix' },
          { key: 'ch', requirement: 'r.ch', kind: 'choice', text: 'Ch', weight: 1, options: [{ key: 'a', label: 'A', score: 1 }, { key: 'b', label: 'B', score: 0 }], correctiveAction: 'fix' },
        ],
        b: [yn('y')],
      }),
    ) as unknown as Record<string, any>;
  it('accepts the base case', () => expect(validateTemplate(base()).ok).toBe(true));
  it.each([
    ['not an object', () => 'x', ''],
    ['a missing key', (t: any) => void delete t.key, 'key'],
    ['a key with spaces', (t: any) => void (t.key = 'My Template'), 'key'],
    ['version 0', (t: any) => void (t.version = 0), 'version'],
    ['a fractional version', (t: any) => void (t.version = 1.5), 'version'],
    ['an unknown kind', (t: any) => void (t.kind = 'monthly'), 'kind'],
    ['no title', (t: any) => void (t.title = ' '), 'title'],
    ['no sections', (t: any) => void (t.sections = []), 'sections'],
    ['a duplicate section key', (t: any) => void (t.sections[1].key = 'a'), 'sections[1].key'],
    ['a section without items', (t: any) => void (t.sections[1].items = []), 'sections[1].items'],
    ['a duplicate item key across sections', (t: any) => void (t.sections[1].items[0].key = 'x'), 'sections[1].items[0].key'],
    ['weight 0', (t: any) => void (t.sections[0].items[0].weight = 0), 'sections[0].items[0].weight'],
    ['a negative weight', (t: any) => void (t.sections[0].items[0].weight = -1), 'sections[0].items[0].weight'],
    ['a text weight', (t: any) => void (t.sections[0].items[0].weight = '2'), 'sections[0].items[0].weight'],
    ['no requirement', (t: any) => void delete t.sections[0].items[0].requirement, 'sections[0].items[0].requirement'],
    ['no corrective action', (t: any) => void (t.sections[0].items[0].correctiveAction = ''), 'sections[0].items[0].correctiveAction'],
    ['an unknown item kind', (t: any) => void (t.sections[0].items[0].kind = 'photo'), 'sections[0].items[0].kind'],
    ['severity critical (use critical: true)', (t: any) => void (t.sections[0].items[0].severity = 'critical'), 'sections[0].items[0].severity'],
    ['critical not a boolean', (t: any) => void (t.sections[0].items[0].critical = 'yes'), 'sections[0].items[0].critical'],
    ['both tolerances', (t: any) => void (t.sections[0].items[1].check.toleranceAbsolute = 1), 'sections[0].items[1].check'],
    ['no tolerance', (t: any) => void delete t.sections[0].items[1].check.tolerancePercent, 'sections[0].items[1].check'],
    ['a zero tolerance', (t: any) => void (t.sections[0].items[1].check.tolerancePercent = 0), 'sections[0].items[1].check.tolerancePercent'],
    ['an inverted reference range', (t: any) => void (t.sections[0].items[1].check.referenceRange = { min: 2, max: 1 }), 'sections[0].items[1].check.referenceRange'],
    ['a range without bounds', (t: any) => void (t.sections[0].items[1].check = { type: 'range' }), 'sections[0].items[1].check'],
    ['an inverted range', (t: any) => void (t.sections[0].items[1].check = { type: 'range', min: 5, max: 1 }), 'sections[0].items[1].check'],
    ['an unknown check', (t: any) => void (t.sections[0].items[1].check = { type: 'between' }), 'sections[0].items[1].check.type'],
    ['a count minimum 0', (t: any) => void (t.sections[0].items[2].minimum = 0), 'sections[0].items[2].minimum'],
    ['one option', (t: any) => void t.sections[0].items[3].options.pop(), 'sections[0].items[3].options'],
    ['an option score above 1', (t: any) => void (t.sections[0].items[3].options[1].score = 1.5), 'sections[0].items[3].options[1].score'],
    ['no option with full marks', (t: any) => void (t.sections[0].items[3].options[0].score = 0.9), 'sections[0].items[3].options'],
    ['duplicate option keys', (t: any) => void (t.sections[0].items[3].options[1].key = 'a'), 'sections[0].items[3].options[1].key'],
  ] as [string, (t: any) => unknown, string][])('refuses %s', (_l, change, path) => {
    const t = base();
    const replaced = change(t);
    const v = validateTemplate(replaced === undefined ? t : replaced);
    expect(v.ok).toBe(false);
    expect(v.issues.map((i) => i.path)).toContain(path);
  });
  it('scoring refuses an invalid template', () => {
    const t = template({ a: [yn('x', { weight: 0 })] });
    expect(() => scoreAudit(t, {}, { auditDate: '2026-01-01', policy: SCORING_POLICY })).toThrow(InvalidTemplateError);
  });
});
