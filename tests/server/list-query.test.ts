import { describe, expect, test } from 'vitest';
import { MAX_ROWS, parseListQuery, type ListQuery, type QueryString } from '../../server/rest/list-query.ts';
import { HttpError } from '../../server/rest/errors.ts';
import type { FieldKind } from '../../server/resources/fields.ts';
import { customers } from '../../server/resources/customers.ts';
import { MAX_CONDITIONS, MAX_LIKE_TERMS, MAX_LIST_VALUES, MAX_OR_VALUES, MAX_TERM_LENGTH } from '../../server/rest/list-limits.ts';

const COLUMNS: Record<string, FieldKind> = {
  id: 'int',
  name: 'text',
  cost: 'real',
  active: 'bool',
  day: 'date',
  at: 'datetime',
  doc: 'json',
  ownerId: 'int',
};

/** `n` values made by `value`. */
const many = (n: number, value: (i: number) => string = String) => Array.from({ length: n }, (_, i) => value(i));
/** Twenty-one distinct filter keys on COLUMNS, each with a valid value. */
const FILTER_KEYS: [string, string][] = [
  ['id', '1'], ['id_ne', '1'], ['id_gte', '1'], ['id_lte', '1'], ['name', 'a'], ['name_ne', 'a'], ['name_gte', 'a'],
  ['name_lte', 'a'], ['name_like', 'a'], ['cost', '1'], ['cost_ne', '1'], ['cost_gte', '1'], ['cost_lte', '1'], ['active', 'true'],
  ['active_ne', 'true'], ['day', '2025-01-01'], ['day_ne', '2025-01-01'], ['day_gte', '2025-01-01'], ['day_lte', '2025-01-01'],
  ['day_like', '2025'], ['at', '2025-01-01T00:00:00.000Z'],
];
const filters = (n: number): QueryString => Object.fromEntries(FILTER_KEYS.slice(0, n));

const NONE: ListQuery = { search: undefined, conditions: [], sort: [], slice: undefined, counted: false };
const list = (parts: Partial<ListQuery>): ListQuery => ({ ...NONE, ...parts });

/** [what, query, the ListQuery it parses to] */
const VALID: [string, QueryString, ListQuery][] = [
  ['nothing', {}, NONE],
  ['jQuery cache buster _ is ignored', { _: '12345' }, NONE],
  ['undefined values are ignored', { name: undefined }, NONE],
  // q
  ['q is lower-cased', { q: 'SmiTh' }, list({ search: 'smith' })],
  ['an empty q is no search', { q: '' }, NONE],
  ['a repeated q uses the first', { q: ['One', 'two'] }, list({ search: 'one' })],
  ['q keeps LIKE wildcards as text', { q: '50%_off' }, list({ search: '50%_off' })],
  // filters
  ['equality on text', { name: 'Ann' }, list({ conditions: [{ field: 'name', operator: 'eq', values: ['Ann'] }] })],
  ['an empty text value', { name: '' }, list({ conditions: [{ field: 'name', operator: 'eq', values: [''] }] })],
  ['repeated key is one condition with every value (OR)', { id: ['1', '2', '5'] }, list({ conditions: [{ field: 'id', operator: 'eq', values: [1, 2, 5] }] })],
  ['negative whole number', { ownerId: '-3' }, list({ conditions: [{ field: 'ownerId', operator: 'eq', values: [-3] }] })],
  ['decimal on a real', { cost: '12.5' }, list({ conditions: [{ field: 'cost', operator: 'eq', values: [12.5] }] })],
  ['booleans become 1/0', { active: ['true', 'false'] }, list({ conditions: [{ field: 'active', operator: 'eq', values: [1, 0] }] })],
  ['_ne on a boolean', { active_ne: 'true' }, list({ conditions: [{ field: 'active', operator: 'ne', values: [1] }] })],
  ['_gte and _lte on one field are two conditions', { cost_gte: '10', cost_lte: '20.75' }, list({ conditions: [{ field: 'cost', operator: 'gte', values: [10] }, { field: 'cost', operator: 'lte', values: [20.75] }] })],
  ['_gte on a whole number with a leading zero (json-server coerces it too)', { id_gte: '05' }, list({ conditions: [{ field: 'id', operator: 'gte', values: [5] }] })],
  ['_gte on a real in exponent form', { cost_gte: '1e2' }, list({ conditions: [{ field: 'cost', operator: 'gte', values: [100] }] })],
  ['_gte on a date stays text', { day_gte: '2025-01-01' }, list({ conditions: [{ field: 'day', operator: 'gte', values: ['2025-01-01'] }] })],
  ['_lte on a timestamp stays text', { at_lte: '2025-01-01T00:00:00.000Z' }, list({ conditions: [{ field: 'at', operator: 'lte', values: ['2025-01-01T00:00:00.000Z'] }] })],
  ['_gte on text', { name_gte: 'M' }, list({ conditions: [{ field: 'name', operator: 'gte', values: ['M'] }] })],
  ['repeated _ne', { id_ne: ['1', '2'] }, list({ conditions: [{ field: 'id', operator: 'ne', values: [1, 2] }] })],
  ['_like on text', { name_like: 'ann' }, list({ conditions: [{ field: 'name', operator: 'like', values: ['ann'] }] })],
  ['_like on a date', { day_like: '2025-03' }, list({ conditions: [{ field: 'day', operator: 'like', values: ['2025-03'] }] })],
  ['_like on a timestamp', { at_like: 'T10:' }, list({ conditions: [{ field: 'at', operator: 'like', values: ['T10:'] }] })],
  ['repeated _like', { name_like: ['a', 'b'] }, list({ conditions: [{ field: 'name', operator: 'like', values: ['a', 'b'] }] })],
  ['filters in query order', { ownerId: '1', name: 'x' }, list({ conditions: [{ field: 'ownerId', operator: 'eq', values: [1] }, { field: 'name', operator: 'eq', values: ['x'] }] })],
  // the caps of list-limits.ts, reached but not passed
  [`${MAX_LIST_VALUES} values on one = key`, { id: many(MAX_LIST_VALUES) }, list({ conditions: [{ field: 'id', operator: 'eq', values: many(MAX_LIST_VALUES).map(Number) }] })],
  [`${MAX_LIST_VALUES} values on one _ne key`, { name_ne: many(MAX_LIST_VALUES) }, list({ conditions: [{ field: 'name', operator: 'ne', values: many(MAX_LIST_VALUES) }] })],
  [`${MAX_OR_VALUES} _gte values`, { cost_gte: many(MAX_OR_VALUES) }, list({ conditions: [{ field: 'cost', operator: 'gte', values: many(MAX_OR_VALUES).map(Number) }] })],
  [
    `${MAX_LIKE_TERMS} _like values over two keys`,
    { name_like: many(MAX_LIKE_TERMS / 2), day_like: many(MAX_LIKE_TERMS / 2) },
    list({ conditions: [{ field: 'name', operator: 'like', values: many(MAX_LIKE_TERMS / 2) }, { field: 'day', operator: 'like', values: many(MAX_LIKE_TERMS / 2) }] }),
  ],
  [`a ${MAX_TERM_LENGTH}-character q`, { q: 'Q'.repeat(MAX_TERM_LENGTH) }, list({ search: 'q'.repeat(MAX_TERM_LENGTH) })],
  [`a ${MAX_TERM_LENGTH}-character _like term`, { name_like: 'n'.repeat(MAX_TERM_LENGTH) }, list({ conditions: [{ field: 'name', operator: 'like', values: ['n'.repeat(MAX_TERM_LENGTH)] }] })],
  ['an equality value longer than a search term', { name: 'n'.repeat(500) }, list({ conditions: [{ field: 'name', operator: 'eq', values: ['n'.repeat(500)] }] })],
  ['tab and line breaks in a filter value (multi-line fields hold them)', { name: 'a\tb\r\nc' }, list({ conditions: [{ field: 'name', operator: 'eq', values: ['a\tb\r\nc'] }] })],
  ['letters beyond Latin-1 and a direction override in q (a search for what old records hold)', { q: 'Ünï\u202e名' }, list({ search: 'ünï\u202e名' })],
  ['control characters in a q that is not used (json-server reads the first)', { q: ['one', '\u0000'] }, list({ search: 'one' })],
  // sort
  ['_sort alone is ascending', { _sort: 'name' }, list({ sort: [{ field: 'name', descending: false }] })],
  ['_order is case-insensitive', { _sort: 'name', _order: 'DESC' }, list({ sort: [{ field: 'name', descending: true }] })],
  ['comma lists pair up', { _sort: 'name,cost,id', _order: 'desc,Asc,desc' }, list({ sort: [{ field: 'name', descending: true }, { field: 'cost', descending: false }, { field: 'id', descending: true }] })],
  ['missing orders are ascending', { _sort: 'name,cost', _order: 'desc' }, list({ sort: [{ field: 'name', descending: true }, { field: 'cost', descending: false }] })],
  ['an empty _order is ascending', { _sort: 'name', _order: '' }, list({ sort: [{ field: 'name', descending: false }] })],
  ['spaces around orders are trimmed', { _sort: 'name,id', _order: 'asc, desc' }, list({ sort: [{ field: 'name', descending: false }, { field: 'id', descending: true }] })],
  ['extra orders are ignored, even invalid ones', { _sort: 'name', _order: 'asc,sideways' }, list({ sort: [{ field: 'name', descending: false }] })],
  ['an _order without _sort is ignored', { _order: 'desc' }, NONE],
  ['an empty _sort is no sort', { _sort: '' }, NONE],
  ['empty entries in _sort are skipped', { _sort: 'name,,id,' }, list({ sort: [{ field: 'name', descending: false }, { field: 'id', descending: false }] })],
  ['sort on booleans, dates and timestamps', { _sort: 'active,day,at' }, list({ sort: [{ field: 'active', descending: false }, { field: 'day', descending: false }, { field: 'at', descending: false }] })],
  ['a repeated _sort uses the first', { _sort: ['name', 'id'] }, list({ sort: [{ field: 'name', descending: false }] })],
  // pagination
  ['_start alone slices nothing and counts nothing', { _start: '5' }, NONE],
  ['_end alone starts at 0', { _end: '10' }, list({ slice: { offset: 0, limit: 10 }, counted: true })],
  ['_start and _end', { _start: '10', _end: '25' }, list({ slice: { offset: 10, limit: 15 }, counted: true })],
  ['_end before _start is an empty page', { _start: '10', _end: '5' }, list({ slice: { offset: 10, limit: 0 }, counted: true })],
  ['_end=0 is an empty counted page', { _end: '0' }, list({ slice: { offset: 0, limit: 0 }, counted: true })],
  ['_limit alone', { _limit: '7' }, list({ slice: { offset: 0, limit: 7 }, counted: true })],
  ['_start and _limit', { _start: '5', _limit: '7' }, list({ slice: { offset: 5, limit: 7 }, counted: true })],
  ['_limit=0 is an empty counted page', { _limit: '0' }, list({ slice: { offset: 0, limit: 0 }, counted: true })],
  ['_end wins over _limit', { _end: '5', _limit: '2' }, list({ slice: { offset: 0, limit: 5 }, counted: true })],
  ['_page alone pages by 10', { _page: '3' }, list({ slice: { offset: 20, limit: 10 }, counted: true })],
  ['_page with _limit', { _page: '2', _limit: '25' }, list({ slice: { offset: 25, limit: 25 }, counted: true })],
  ['_page=0 is the first page', { _page: '0', _limit: '4' }, list({ slice: { offset: 0, limit: 4 }, counted: true })],
  ['_page with _limit=0 pages by 10', { _page: '2', _limit: '0' }, list({ slice: { offset: 10, limit: 10 }, counted: true })],
  ['_page wins over _start/_end', { _page: '1', _limit: '5', _start: '3', _end: '4' }, list({ slice: { offset: 0, limit: 5 }, counted: true })],
  ['a page far beyond the end', { _page: '99999', _limit: '50' }, list({ slice: { offset: 99998 * 50, limit: 50 }, counted: true })],
  ['leading zeros in pagination', { _start: '005', _end: '010' }, list({ slice: { offset: 5, limit: 5 }, counted: true })],
  [`exactly ${MAX_ROWS} rows`, { _start: '100', _end: String(100 + MAX_ROWS) }, list({ slice: { offset: 100, limit: MAX_ROWS }, counted: true })],
  [`_limit=${MAX_ROWS}`, { _limit: String(MAX_ROWS) }, list({ slice: { offset: 0, limit: MAX_ROWS }, counted: true })],
  ['repeated _end uses the first', { _end: ['3', '9'] }, list({ slice: { offset: 0, limit: 3 }, counted: true })],
  // together
  [
    'everything at once',
    { q: 'Brake', ownerId: ['1', '2'], cost_ne: '0', _sort: 'at,id', _order: 'desc,asc', _start: '20', _end: '30' },
    {
      search: 'brake',
      conditions: [
        { field: 'ownerId', operator: 'eq', values: [1, 2] },
        { field: 'cost', operator: 'ne', values: [0] },
      ],
      sort: [
        { field: 'at', descending: true },
        { field: 'id', descending: false },
      ],
      slice: { offset: 20, limit: 10 },
      counted: true,
    },
  ],
];

/** [what, query, the field named in errors] — each a 400. */
const INVALID: [string, QueryString, string][] = [
  ['unknown filter field', { colour: 'red' }, 'colour'],
  ['unknown field with a suffix', { colour_like: 'red' }, 'colour_like'],
  ['an inherited property is no field', { constructor: 'x' }, 'constructor'],
  ['__proto__ is no field', JSON.parse('{"__proto___ne": "x"}'), '__proto___ne'],
  ['toString with a suffix is no field', { toString_gte: '1' }, 'toString_gte'],
  ['hasOwnProperty is no sort field', { _sort: 'hasOwnProperty' }, '_sort'],
  ['field names are case-sensitive', { Name: 'x' }, 'Name'],
  ['a nested path', { 'name.first': 'x' }, 'name.first'],
  ['unknown suffix', { name_contains: 'x' }, 'name_contains'],
  ['_embed', { _embed: 'comments' }, '_embed'],
  ['_expand', { _expand: 'owner' }, '_expand'],
  ['JSONP callback', { callback: 'cb' }, 'callback'],
  ['text on a whole number', { id: 'abc' }, 'id'],
  ['a fraction on a whole number', { id: '1.5' }, 'id'],
  ['an empty whole number', { id: '' }, 'id'],
  ['one bad value among good ones', { id: ['1', 'x'] }, 'id'],
  ['a whole number too long', { id: '1234567890123456' }, 'id'],
  ['text on a real', { cost: 'cheap' }, 'cost'],
  ['blank real', { cost_gte: ' ' }, 'cost'],
  ['infinite real', { cost_lte: 'Infinity' }, 'cost'],
  ['= with a non-canonical real (json-server compares strings)', { cost: '75.0' }, 'cost'],
  ['_ne with a non-canonical real', { cost_ne: '1e2' }, 'cost'],
  ['= with a leading zero', { id: '01' }, 'id'],
  ['= with minus zero', { ownerId: '-0' }, 'ownerId'],
  ['a boolean as 1', { active: '1' }, 'active'],
  ['a boolean in capitals', { active: 'TRUE' }, 'active'],
  ['_gte on a boolean', { active_gte: 'true' }, 'active'],
  ['_lte on a boolean', { active_lte: 'false' }, 'active'],
  ['_like on a whole number', { id_like: '1' }, 'id_like'],
  ['_like on a real', { cost_like: '1' }, 'cost_like'],
  ['_like on a boolean', { active_like: 'tr' }, 'active_like'],
  ['a filter on a JSON field', { doc: 'x' }, 'doc'],
  ['_like on a JSON field', { doc_like: 'x' }, 'doc_like'],
  ['unknown sort field', { _sort: 'colour' }, '_sort'],
  ['one unknown among sort fields', { _sort: 'name,colour' }, '_sort'],
  ['sort with a space', { _sort: 'name, id' }, '_sort'],
  ['sort on a JSON field', { _sort: 'doc' }, '_sort'],
  ['an invalid _order', { _sort: 'name', _order: 'up' }, '_order'],
  ['_order spelled out', { _sort: 'name', _order: 'descending' }, '_order'],
  ['negative _start', { _start: '-1', _end: '5' }, '_start'],
  ['negative _start alone', { _start: '-1' }, '_start'],
  ['negative _end', { _end: '-5' }, '_end'],
  ['fractional _end', { _end: '2.5' }, '_end'],
  ['empty _end', { _end: '' }, '_end'],
  ['_limit in words', { _limit: 'ten' }, '_limit'],
  ['negative _limit', { _limit: '-3' }, '_limit'],
  ['negative _page', { _page: '-1' }, '_page'],
  ['_page with a plus sign', { _page: '+2' }, '_page'],
  ['a huge _end', { _end: '99999999999' }, '_end'],
  [`more than ${MAX_ROWS} rows by _end`, { _start: '0', _end: String(MAX_ROWS + 1) }, '_end'],
  [`more than ${MAX_ROWS} rows by _limit`, { _limit: String(MAX_ROWS + 1) }, '_end'],
  [`more than ${MAX_ROWS} rows by _page`, { _page: '1', _limit: '10000' }, '_end'],
  // the caps of list-limits.ts, passed by one, and the review's request (999 values: "Expression tree is too large")
  [`${MAX_LIST_VALUES + 1} values on one = key`, { id: many(MAX_LIST_VALUES + 1) }, 'id'],
  [`${MAX_LIST_VALUES + 1} values on one _ne key`, { name_ne: many(MAX_LIST_VALUES + 1) }, 'name_ne'],
  [`${MAX_OR_VALUES + 1} _gte values`, { cost_gte: many(MAX_OR_VALUES + 1) }, 'cost_gte'],
  ['999 _gte values', { cost_gte: many(999, () => '1') }, 'cost_gte'],
  [`${MAX_OR_VALUES + 1} _lte values`, { day_lte: many(MAX_OR_VALUES + 1, () => '2025-01-01') }, 'day_lte'],
  [`${MAX_OR_VALUES + 1} _like values on one key`, { name_like: many(MAX_OR_VALUES + 1) }, 'name_like'],
  [`${MAX_LIKE_TERMS + 1} _like values over two keys`, { name_like: many(MAX_LIKE_TERMS / 2), day_like: many(MAX_LIKE_TERMS / 2 + 1) }, 'day_like'],
  [`${MAX_CONDITIONS + 1} filters`, filters(MAX_CONDITIONS + 1), FILTER_KEYS[MAX_CONDITIONS][0]],
  [`a ${MAX_TERM_LENGTH + 1}-character q`, { q: 'q'.repeat(MAX_TERM_LENGTH + 1) }, 'q'],
  [`a ${MAX_TERM_LENGTH + 1}-character _like term`, { name_like: 'n'.repeat(MAX_TERM_LENGTH + 1) }, 'name_like'],
  // control characters: a NUL ended the pattern in SQLite (q=%00 matched everything)
  ['a NUL as q', { q: '\u0000' }, 'q'],
  ['a NUL inside q', { q: 'Ver\u0000xyz' }, 'q'],
  ['a NUL in a _like term', { name_like: 'a\u0000' }, 'name_like'],
  ['a NUL in an equality value', { name: '\u0000' }, 'name'],
  ['a NUL in an _ne value', { name_ne: ['a', 'b\u0000'] }, 'name_ne'],
  ['a NUL in a date bound', { day_gte: '2025\u0000' }, 'day_gte'],
  ['an escape character in q', { q: '\u001b[31m' }, 'q'],
  ['a vertical tab in a filter value', { name: 'a\u000bb' }, 'name'],
  ['DEL in a _like term', { day_like: '\u007f' }, 'day_like'],
  ['a C1 control (NEL) in q', { q: 'a\u0085b' }, 'q'],
];

function errorOf(query: QueryString): HttpError {
  try {
    parseListQuery(query, COLUMNS);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error(`parsed without error: ${JSON.stringify(query)}`);
}

describe('parseListQuery', () => {
  test.for(VALID)('%s', ([, query, expected]) => {
    expect(parseListQuery(query, COLUMNS)).toEqual(expected);
  });

  test.for(INVALID)('refuses %s', ([, query, field]) => {
    const error = errorOf(query);
    expect(error.status).toBe(400);
    expect(error.message.length).toBeGreaterThan(0);
    expect(Object.keys(error.errors)).toEqual([field]);
  });

  test('does not change the query object', () => {
    const query = { q: 'X', id: ['1', '2'], _sort: 'name' };
    const copy = structuredClone(query);
    parseListQuery(query, COLUMNS);
    expect(query).toEqual(copy);
  });

  test(`${MAX_CONDITIONS} filters are accepted`, () => {
    expect(parseListQuery(filters(MAX_CONDITIONS), COLUMNS).conditions).toHaveLength(MAX_CONDITIONS);
  });

  test('works on a real resource\'s columns (base columns included)', () => {
    const parsed = parseListQuery({ jurisdictionId: '2', createdAt_gte: '2025-01-01', _sort: 'lastName,version' }, customers.columns);
    expect(parsed.conditions.map((c) => c.field)).toEqual(['jurisdictionId', 'createdAt']);
    expect(parsed.sort.map((s) => s.field)).toEqual(['lastName', 'version']);
  });
});
