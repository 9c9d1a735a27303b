import { describe, expect, test } from 'vitest';
import { TEMPLATES } from '../../audits/index.ts';
import { cleanDefinition } from '../../src/resources/audit-templates/definition.ts';

const base = { key: 'i', requirement: 'r.i', text: 'Q', weight: 1, correctiveAction: 'Fix.' };

describe('the editor’s checklist as the stored template', () => {
  test.each(TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))('%s stays as it is', (_name, template) => {
    expect(cleanDefinition(JSON.parse(JSON.stringify(template)))).toEqual(JSON.parse(JSON.stringify(template)));
  });

  test.for([
    ['empty inputs are left out', { ...base, kind: 'yesNo', guidance: '  ', severity: null, critical: false, allowNotApplicable: false }, { ...base, kind: 'yesNo' }],
    ['flags that are on stay', { ...base, kind: 'yesNo', critical: true, allowNotApplicable: true }, { ...base, kind: 'yesNo', critical: true, allowNotApplicable: true }],
    ['a yes/no item loses the settings of another kind', { ...base, kind: 'yesNo', unit: 'g', check: { type: 'range', min: 1 }, minimum: 2, options: [] }, { ...base, kind: 'yesNo' }],
    ['a measurement keeps an empty unit (the engine needs one)', { ...base, kind: 'measurement', unit: null, check: { type: 'range', min: 1, max: null } }, { ...base, kind: 'measurement', unit: '', check: { type: 'range', min: 1 } }],
    [
      'a range check loses a tolerance’s settings',
      { ...base, kind: 'measurement', unit: '°C', check: { type: 'range', min: 1, max: 2, tolerancePercent: 10, reference: 3 } },
      { ...base, kind: 'measurement', unit: '°C', check: { type: 'range', min: 1, max: 2 } },
    ],
    [
      'a reference range with one bound only is dropped',
      { ...base, kind: 'measurement', unit: 'g', check: { type: 'tolerance', tolerancePercent: 10, toleranceAbsolute: null, referenceRange: { min: 0.03, max: null } } },
      { ...base, kind: 'measurement', unit: 'g', check: { type: 'tolerance', tolerancePercent: 10 } },
    ],
    ['a count keeps its minimum, unit and partial points', { ...base, kind: 'count', minimum: 2, unit: 'devices', proportional: true, check: {} }, { ...base, kind: 'count', minimum: 2, unit: 'devices', proportional: true }],
    [
      'choice options lose their empty severity',
      { ...base, kind: 'choice', options: [{ key: 'a', label: 'A', score: 1, severity: null }, { key: 'b', label: 'B', score: 0, severity: 'minor' }] },
      { ...base, kind: 'choice', options: [{ key: 'a', label: 'A', score: 1 }, { key: 'b', label: 'B', score: 0, severity: 'minor' }] },
    ],
    ['an item of an unknown kind is kept whole (the server names the kind)', { ...base, kind: 'photo', camera: 'x' }, { ...base, kind: 'photo', camera: 'x' }],
  ])('%s', ([, item, expected]) => {
    const definition = { key: 'k', version: 2, kind: 'annual', title: 'T', description: '', sections: [{ key: 's', title: 'S', items: [item] }] };
    expect(cleanDefinition(definition)).toEqual({ key: 'k', version: 2, kind: 'annual', title: 'T', sections: [{ key: 's', title: 'S', items: [expected] }] });
  });
});
