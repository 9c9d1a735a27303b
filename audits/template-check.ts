// Template validation (for templates read from JSON, e.g. the server's table) and a stable fingerprint
// of a template's content (so the server can refuse to change a version that audits already used).
import type { AuditTemplate } from './types.ts';
import { SEVERITIES } from './types.ts';
import { sha256Hex } from './sha256.ts';

export interface TemplateIssue {
  /** Where, e.g. `sections[2].items[4].weight`. */
  path: string;
  message: string;
}

export type TemplateValidation = { ok: true; template: AuditTemplate; issues: [] } | { ok: false; issues: TemplateIssue[] };

const KEY = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const ITEM_KINDS = ['yesNo', 'measurement', 'count', 'choice'];
const TEMPLATE_KINDS = ['initial', 'annual'];
const ITEM_SEVERITIES: readonly string[] = SEVERITIES.filter((s) => s !== 'critical');

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks structure, kinds, unique keys, weights > 0 and each item kind's settings. */
export function validateTemplate(input: unknown): TemplateValidation {
  const issues: TemplateIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (!isObj(input)) return { ok: false, issues: [{ path: '', message: 'a template must be an object' }] };
  const t = input;
  if (!isText(t.key) || !KEY.test(t.key)) issue('key', 'must be a lowercase key (letters, digits, - _ .)');
  if (!(Number.isInteger(t.version) && (t.version as number) >= 1)) issue('version', 'must be an integer ≥ 1');
  if (!TEMPLATE_KINDS.includes(t.kind as string)) issue('kind', `must be one of ${TEMPLATE_KINDS.join(', ')}`);
  if (!isText(t.title)) issue('title', 'required');
  if (t.description !== undefined && typeof t.description !== 'string') issue('description', 'must be text');
  if (!Array.isArray(t.sections) || t.sections.length === 0) {
    issue('sections', 'at least one section');
    return { ok: false, issues };
  }
  const sectionKeys = new Set<string>();
  const itemKeys = new Set<string>();
  t.sections.forEach((s: unknown, si: number) => {
    const sp = `sections[${si}]`;
    if (!isObj(s)) return issue(sp, 'must be an object');
    if (!isText(s.key) || !KEY.test(s.key)) issue(`${sp}.key`, 'must be a lowercase key');
    else if (sectionKeys.has(s.key)) issue(`${sp}.key`, `duplicate section key ${s.key}`);
    else sectionKeys.add(s.key);
    if (!isText(s.title)) issue(`${sp}.title`, 'required');
    if (!Array.isArray(s.items) || s.items.length === 0) return issue(`${sp}.items`, 'at least one item');
    s.items.forEach((item: unknown, ii: number) => {
      const ip = `${sp}.items[${ii}]`;
      if (!isObj(item)) return issue(ip, 'must be an object');
      if (!isText(item.key) || !KEY.test(item.key)) issue(`${ip}.key`, 'must be a lowercase key');
      else if (itemKeys.has(item.key)) issue(`${ip}.key`, `duplicate item key ${item.key}`);
      else itemKeys.add(item.key);
      checkItem(item, ip, issue);
    });
  });
  return issues.length ? { ok: false, issues } : { ok: true, template: input as unknown as AuditTemplate, issues: [] };
}

function checkItem(item: Obj, ip: string, issue: (path: string, message: string) => void): void {
  if (!isText(item.requirement) || !KEY.test(item.requirement)) issue(`${ip}.requirement`, 'must be a lowercase key');
  if (!isText(item.text)) issue(`${ip}.text`, 'required');
  if (!isText(item.correctiveAction)) issue(`${ip}.correctiveAction`, 'required');
  if (!isNum(item.weight) || item.weight <= 0) issue(`${ip}.weight`, 'must be a number > 0');
  if (item.critical !== undefined && typeof item.critical !== 'boolean') issue(`${ip}.critical`, 'must be true or false');
  if (item.allowNotApplicable !== undefined && typeof item.allowNotApplicable !== 'boolean') issue(`${ip}.allowNotApplicable`, 'must be true or false');
  if (item.severity !== undefined && !ITEM_SEVERITIES.includes(item.severity as string)) issue(`${ip}.severity`, `must be one of ${ITEM_SEVERITIES.join(', ')}`);
  if (item.guidance !== undefined && typeof item.guidance !== 'string') issue(`${ip}.guidance`, 'must be text');
  switch (item.kind) {
    case 'yesNo':
      return;
    case 'measurement':
      return checkMeasurement(item, ip, issue);
    case 'count':
      if (!(Number.isInteger(item.minimum) && (item.minimum as number) >= 1)) issue(`${ip}.minimum`, 'must be an integer ≥ 1');
      if (item.proportional !== undefined && typeof item.proportional !== 'boolean') issue(`${ip}.proportional`, 'must be true or false');
      return;
    case 'choice':
      return checkChoice(item, ip, issue);
    default:
      issue(`${ip}.kind`, `must be one of ${ITEM_KINDS.join(', ')}`);
  }
}

function checkMeasurement(item: Obj, ip: string, issue: (path: string, message: string) => void): void {
  if (typeof item.unit !== 'string') issue(`${ip}.unit`, 'required (may be empty)');
  const c = item.check;
  if (!isObj(c)) return issue(`${ip}.check`, 'required');
  if (c.type === 'range') {
    if (c.min === undefined && c.max === undefined) issue(`${ip}.check`, 'a range needs min or max');
    if (c.min !== undefined && !isNum(c.min)) issue(`${ip}.check.min`, 'must be a number');
    if (c.max !== undefined && !isNum(c.max)) issue(`${ip}.check.max`, 'must be a number');
    if (isNum(c.min) && isNum(c.max) && c.min > c.max) issue(`${ip}.check`, 'min must not exceed max');
  } else if (c.type === 'tolerance') {
    if (c.reference !== undefined && !isNum(c.reference)) issue(`${ip}.check.reference`, 'must be a number');
    const pct = c.tolerancePercent;
    const abs = c.toleranceAbsolute;
    if ((pct === undefined) === (abs === undefined)) issue(`${ip}.check`, 'exactly one of tolerancePercent and toleranceAbsolute');
    if (pct !== undefined && !(isNum(pct) && pct > 0)) issue(`${ip}.check.tolerancePercent`, 'must be a number > 0');
    if (abs !== undefined && !(isNum(abs) && abs > 0)) issue(`${ip}.check.toleranceAbsolute`, 'must be a number > 0');
    const r = c.referenceRange;
    if (r !== undefined) {
      if (!isObj(r) || !isNum(r.min) || !isNum(r.max) || r.min > r.max) issue(`${ip}.check.referenceRange`, 'needs numbers min ≤ max');
      if (c.reference !== undefined) issue(`${ip}.check.referenceRange`, 'only for a reference entered with the answer');
    }
  } else {
    issue(`${ip}.check.type`, 'must be tolerance or range');
  }
}

function checkChoice(item: Obj, ip: string, issue: (path: string, message: string) => void): void {
  const options = item.options;
  if (!Array.isArray(options) || options.length < 2) return issue(`${ip}.options`, 'at least two options');
  const keys = new Set<string>();
  options.forEach((o: unknown, oi: number) => {
    const op = `${ip}.options[${oi}]`;
    if (!isObj(o)) return issue(op, 'must be an object');
    if (!isText(o.key)) issue(`${op}.key`, 'required');
    else if (keys.has(o.key)) issue(`${op}.key`, `duplicate option key ${o.key}`);
    else keys.add(o.key);
    if (!isText(o.label)) issue(`${op}.label`, 'required');
    if (!isNum(o.score) || o.score < 0 || o.score > 1) issue(`${op}.score`, 'must be a number from 0 to 1');
    if (o.severity !== undefined && !ITEM_SEVERITIES.includes(o.severity as string)) issue(`${op}.severity`, `must be one of ${ITEM_SEVERITIES.join(', ')}`);
  });
  if (!options.some((o: unknown) => isObj(o) && o.score === 1)) issue(`${ip}.options`, 'one option must score 1 (full marks)');
}

/** JSON with object keys sorted and `undefined` members dropped: equal content → equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('cannot fingerprint a non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Obj)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Obj)[k])}`);
  return `{${entries.join(',')}}`;
}

/** `sha256:<hex>` of the template's canonical JSON: independent of key order, changes with any content. */
export function templateFingerprint(template: AuditTemplate): string {
  return `sha256:${sha256Hex(canonicalJson(template))}`;
}
