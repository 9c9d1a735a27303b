import { describe, expect, test } from 'vitest';
import { chooseTemplate, definitionErrors, definitionField, nextDraft, publishProblem, type VersionFacts } from '../../server/rules/audit-templates/versions.ts';

const facts = (id: number, version: number, status: string, kind = 'annual'): VersionFacts => ({ id, key: `k-${kind}`, version, kind, title: `Checklist ${id}`, status });

describe('the form field of an engine issue', () => {
  test.for([
    ['', 'definition'],
    ['key', 'definition.key'],
    ['sections[2].items[4].weight', 'definition.sections.2.items.4.weight'],
    ['sections[0].items[1].check.referenceRange', 'definition.sections.0.items.1.check.referenceRange'],
    ['sections[3].items[0].options[12].score', 'definition.sections.3.items.0.options.12.score'],
  ])('%j → %s', ([path, field]) => {
    expect(definitionField(path)).toBe(field);
  });

  test('the first issue of a field is the one shown', () => {
    expect(
      definitionErrors([
        { path: 'sections[0].key', message: 'must be a lowercase key' },
        { path: 'sections[0].key', message: 'duplicate section key a' },
        { path: 'title', message: 'required' },
      ]),
    ).toEqual({ 'definition.sections.0.key': 'must be a lowercase key', 'definition.title': 'required' });
  });
});

describe('publishing: versions only go up', () => {
  test.for([
    ['the first version of a key', 1, [], null],
    ['after the published one', 2, [[1, 'published']], null],
    ['drafts do not count', 2, [[1, 'published'], [7, 'draft']], null],
    ['after a retired one', 4, [[1, 'retired'], [3, 'published']], null],
    ['not below the published one', 2, [[3, 'published']], 'Version 2 is not newer than version 3, already published'],
    ['not equal to a retired one', 3, [[3, 'retired']], 'Version 3 is not newer than version 3, already published'],
  ] as const)('%s', ([, version, others, expected]) => {
    expect(publishProblem({ version }, others.map(([v, status]) => ({ version: v, status })))).toBe(expected);
  });
});

describe('a new version', () => {
  test.for([
    ['after the only version', [[1, 1, 'published']], { version: 2 }],
    ['after the highest, retired ones too', [[1, 1, 'retired'], [2, 4, 'published'], [3, 2, 'retired']], { version: 5 }],
    ['not while a draft exists', [[1, 1, 'published'], [9, 2, 'draft']], { problem: 'Version 2 of this checklist is a draft already: edit it', draftId: 9 }],
  ] as const)('%s', ([, versions, expected]) => {
    expect(nextDraft(versions.map(([id, version, status]) => ({ id, version, status })))).toEqual(expected);
  });
});

describe("an audit's checklist", () => {
  const current = facts(2, 2, 'published');
  const retired = facts(1, 1, 'retired');
  test.for([
    ['none named: the current one', { kind: 'annual', amending: false, current }, { id: 2 }],
    ['none named, none published', { kind: 'annual', amending: false }, { problem: 'No annual checklist is published yet' }],
    ['none named, amending: the amended audit’s', { kind: 'annual', amending: true, current, kept: 1 }, { id: 1 }],
    ['the current one', { kind: 'annual', amending: false, requested: current, current }, { id: 2 }],
    ['a retired one: not for a new audit', { kind: 'annual', amending: false, requested: retired, current }, { problem: 'New audits use the current annual checklist, Checklist 2 (v2)' }],
    ['a retired one the audit keeps', { kind: 'annual', amending: false, requested: retired, current, kept: 1 }, { id: 1 }],
    ['a draft, even one kept', { kind: 'annual', amending: false, requested: facts(3, 3, 'draft'), current, kept: 3 }, { problem: 'A draft checklist is not used for audits: publish it first' }],
    ['another kind', { kind: 'annual', amending: false, requested: facts(5, 1, 'published', 'initial'), current }, { problem: 'An annual audit uses an annual template' }],
    ['another kind than the amended audit’s', { kind: 'initial', amending: true, requested: current, kept: 1 }, { problem: "Must be an initial template, like the amended audit's" }],
  ] as const)('%s', ([, choice, expected]) => {
    expect(chooseTemplate(choice)).toEqual(expected);
  });
});
