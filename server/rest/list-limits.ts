import type { Operator } from './list-query.ts';

/*
 * How much work one list request may ask for. better-sqlite3 runs every statement on the single
 * server thread and offers neither a statement timeout nor a progress handler to interrupt one, so
 * the bound is on the request itself, checked before any SQL is built. On the demo data (30,000
 * work orders) every `_like` value is one more substring scan of every row in scope, twice (the
 * page and X-Total-Count); measured (tests/bench/worst-case.ts) the capped worst case stays under
 * 250 ms. Each cap is far above what the SPA sends: one `_like` or `q` per search box, one
 * `_gte`/`_lte` bound per range, at most a handful of filters, getMany's `id=…` for one page.
 */

/**
 * Values of one `=` or `_ne` key: an IN list costs one lookup per row whatever its length;
 * react-admin's getMany sends one id per referenced record.
 */
export const MAX_LIST_VALUES = 1000;
/**
 * Values of one `_gte`, `_lte` or `_like` key: OR-ed comparisons, each evaluated on every row
 * (999 of them made SQLite refuse the statement: "Expression tree is too large").
 */
export const MAX_OR_VALUES = 10;
/** `_like` values of a request, all keys together: each is a substring scan of every row. */
export const MAX_LIKE_TERMS = 10;
/** Filter keys of a request. */
export const MAX_CONDITIONS = 20;
/** Characters of a `q` or `_like` term: longer than any name, shorter than a paragraph. */
export const MAX_TERM_LENGTH = 100;

/** The most values one key with this operator may carry. */
export const maxValues = (operator: Operator): number => (operator === 'eq' || operator === 'ne' ? MAX_LIST_VALUES : MAX_OR_VALUES);
