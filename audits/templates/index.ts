// The shipped templates, frozen, by key and version. The server stores them as published versions;
// administrators make later versions of a checklist as data (the checklist editor).
import type { AuditTemplate, TemplateKind } from '../types.ts';
import { deepFreeze } from '../util.ts';
import { INITIAL_ASSESSMENT_V1 } from './initial-assessment-v1.ts';
import { ANNUAL_AUDIT_V1 } from './annual-audit-v1.ts';

export const TEMPLATES: readonly AuditTemplate[] = deepFreeze([INITIAL_ASSESSMENT_V1, ANNUAL_AUDIT_V1]);

export function getTemplate(key: string, version: number): AuditTemplate {
  const t = TEMPLATES.find((x) => x.key === key && x.version === version);
  if (!t) throw new RangeError(`unknown audit template ${key} v${version}`);
  return t;
}

/** The highest shipped version of a template key, or of the first template of a kind. */
export function latestTemplate(keyOrKind: string | TemplateKind): AuditTemplate {
  const matches = TEMPLATES.filter((t) => t.key === keyOrKind || t.kind === keyOrKind);
  if (!matches.length) throw new RangeError(`no audit template ${keyOrKind}`);
  const key = matches.find((t) => t.key === keyOrKind)?.key ?? matches[0].key;
  return matches.filter((t) => t.key === key).reduce((a, b) => (b.version > a.version ? b : a));
}
