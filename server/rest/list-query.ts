import type { FieldKind } from '../resources/fields.ts';
import { badRequest } from './errors.ts';
import { filterProblem } from '../resources/plain-text.ts';
import { MAX_CONDITIONS, MAX_LIKE_TERMS, MAX_TERM_LENGTH, maxValues } from './list-limits.ts';

/** A parsed json-server 0.17 list request: what to match, in which order, which slice. */
export interface ListQuery {
  /** Lower-cased full-text term (`q`), matched as a substring of the searchable text fields. */
  search?: string;
  conditions: Condition[];
  sort: { field: string; descending: boolean }[];
  /** Rows to skip and the most to return; absent when the request asked for everything. */
  slice?: { offset: number; limit: number };
  /** json-server sends X-Total-Count only when `_end`, `_limit` or `_page` is present. */
  counted: boolean;
}

export type Operator = 'eq' | 'ne' | 'gte' | 'lte' | 'like';

/** One query key: `field`, `field_ne`… with all its (repeated) values, already typed. */
export interface Condition {
  field: string;
  operator: Operator;
  values: (string | number)[];
}

export type QueryString = Record<string, string | string[] | undefined>;

/** The most rows one request may ask for or receive. */
export const MAX_ROWS = 5000;

const RESERVED = new Set(['q', '_sort', '_order', '_start', '_end', '_limit', '_page']);
const IGNORED = new Set(['_']); // jQuery's cache buster, ignored by json-server too
const UNSUPPORTED = new Set(['_embed', '_expand', 'callback']);
const SUFFIXES: [string, Operator][] = [
  ['_gte', 'gte'],
  ['_lte', 'lte'],
  ['_ne', 'ne'],
  ['_like', 'like'],
];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) => (value === undefined ? [] : ([] as string[]).concat(value));

function nonNegativeInt(name: string, value: string | string[] | undefined): number | undefined {
  const raw = first(value);
  if (raw === undefined) return undefined;
  if (!/^\d{1,9}$/.test(raw)) throw badRequest(`Invalid ${name}`, { [name]: 'Must be a whole number, 0 or more' });
  return Number(raw);
}

function typedValue(field: string, kind: FieldKind, operator: Operator, raw: string): string | number {
  switch (kind) {
    case 'int':
    case 'real': {
      const n = Number(raw);
      if (kind === 'int' && !/^-?\d{1,15}$/.test(raw)) throw badRequest(`Invalid filter on ${field}`, { [field]: 'Must be a whole number' });
      if (raw.trim() === '' || !Number.isFinite(n)) throw badRequest(`Invalid filter on ${field}`, { [field]: 'Must be a number' });
      // json-server's = and _ne compare strings: `cost=75.0` or `id=01` would match nothing there.
      if ((operator === 'eq' || operator === 'ne') && String(n) !== raw) {
        throw badRequest(`Invalid filter on ${field}`, { [field]: `Write the number as ${String(n)}` });
      }
      return n;
    }
    case 'bool':
      if (raw !== 'true' && raw !== 'false') throw badRequest(`Invalid filter on ${field}`, { [field]: 'Must be true or false' });
      // json-server compares "true" <= true, which is always false: refuse rather than differ
      if (operator === 'gte' || operator === 'lte') throw badRequest(`Cannot use _${operator} on ${field}`, { [field]: 'Use = or _ne on true/false fields' });
      return raw === 'true' ? 1 : 0;
    case 'json':
      throw badRequest(`Cannot filter on ${field}`, { [field]: 'This field cannot be filtered' });
    default:
      return raw;
  }
}

function splitKey(key: string): [string, Operator] {
  for (const [suffix, operator] of SUFFIXES) {
    if (key.endsWith(suffix)) return [key.slice(0, -suffix.length), operator];
  }
  return [key, 'eq'];
}

const TEXTUAL: FieldKind[] = ['text', 'date', 'datetime'];

/** A column's kind, for the resource's own columns only (never `constructor`, `__proto__`…). */
const kindOf = (columns: Record<string, FieldKind>, field: string): FieldKind | undefined =>
  Object.hasOwn(columns, field) ? columns[field] : undefined;

/** Refuses a filter value or search term with control characters, and a substring term longer than MAX_TERM_LENGTH. */
function checkTerm(key: string, raw: string, substring: boolean): void {
  const problem = filterProblem(raw);
  if (problem) throw badRequest(`Invalid characters in ${key}`, { [key]: problem });
  if (substring && raw.length > MAX_TERM_LENGTH) {
    throw badRequest(`${key} is too long`, { [key]: `At most ${MAX_TERM_LENGTH} characters` });
  }
}

/** Refuses a request that asks for more work than the caps of list-limits.ts allow. */
function checkCounts(key: string, operator: Operator, values: string[], conditions: number, likeTerms: number): void {
  if (conditions >= MAX_CONDITIONS) throw badRequest(`At most ${MAX_CONDITIONS} filters per request`, { [key]: `At most ${MAX_CONDITIONS} filters per request` });
  const max = maxValues(operator);
  if (values.length > max) throw badRequest(`Too many values for ${key}`, { [key]: `At most ${max} values` });
  if (operator === 'like' && likeTerms + values.length > MAX_LIKE_TERMS) {
    throw badRequest(`At most ${MAX_LIKE_TERMS} _like values per request`, { [key]: `At most ${MAX_LIKE_TERMS} _like values per request` });
  }
}

/**
 * Parses a list request the way json-server 0.17 reads it, refusing (400) what it would silently
 * ignore or mis-handle: unknown fields, malformed numbers, negative or absurd pagination, control
 * characters; and what would take the server too long (the caps of list-limits.ts).
 */
export function parseListQuery(query: QueryString, columns: Record<string, FieldKind>): ListQuery {
  const conditions: Condition[] = [];
  let likeTerms = 0;
  for (const [key, value] of Object.entries(query)) {
    if (RESERVED.has(key) || IGNORED.has(key) || value === undefined) continue;
    if (UNSUPPORTED.has(key)) throw badRequest(`${key} is not supported`, { [key]: 'Not supported' });
    const [field, operator] = splitKey(key);
    const kind = kindOf(columns, field);
    if (!kind) throw badRequest(`Unknown filter field ${field}`, { [key]: 'Unknown field' });
    if (operator === 'like' && !TEXTUAL.includes(kind)) {
      throw badRequest(`Cannot use _like on ${field}`, { [key]: '_like applies to text fields only' });
    }
    const raws = all(value);
    checkCounts(key, operator, raws, conditions.length, likeTerms);
    if (operator === 'like') likeTerms += raws.length;
    raws.forEach((raw) => checkTerm(key, raw, operator === 'like'));
    conditions.push({ field, operator, values: raws.map((raw) => typedValue(field, kind, operator, raw)) });
  }

  const sortFields = (first(query._sort) ?? '').split(',').filter(Boolean);
  const orders = (first(query._order) ?? '').split(',').map((o) => o.trim().toLowerCase());
  const sort = sortFields.map((field, i) => {
    const kind = kindOf(columns, field);
    if (!kind || kind === 'json') throw badRequest(`Cannot sort by ${field}`, { _sort: `Unknown sort field ${field}` });
    const order = orders[i] || 'asc';
    if (order !== 'asc' && order !== 'desc') throw badRequest(`Invalid _order ${order}`, { _order: 'Use asc or desc' });
    return { field, descending: order === 'desc' };
  });

  const start = nonNegativeInt('_start', query._start);
  const end = nonNegativeInt('_end', query._end);
  const limit = nonNegativeInt('_limit', query._limit);
  const page = nonNegativeInt('_page', query._page);

  let slice: ListQuery['slice'];
  if (page !== undefined) {
    const size = limit || 10;
    slice = { offset: (Math.max(page, 1) - 1) * size, limit: size };
  } else if (end !== undefined) {
    slice = { offset: start ?? 0, limit: Math.max(end - (start ?? 0), 0) };
  } else if (limit !== undefined) {
    slice = { offset: start ?? 0, limit };
  }
  if (slice && slice.limit > MAX_ROWS) {
    throw badRequest(`At most ${MAX_ROWS} records per request`, { _end: `A page holds at most ${MAX_ROWS} records` });
  }

  const q = first(query.q);
  if (q) checkTerm('q', q, true);
  return {
    search: q ? q.toLowerCase() : undefined,
    conditions,
    sort,
    slice,
    counted: end !== undefined || limit !== undefined || page !== undefined,
  };
}
