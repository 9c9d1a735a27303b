import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Resource } from '../resources/define.ts';
import type { ListQuery } from './list-query.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Eb = ExpressionBuilder<any, any>;
type Row = Record<string, unknown>;

/** One step of a list's order (sql-list.ts's orderBy): whether a row equals the last row there, and whether it comes after it. */
interface Step {
  same(eb: Eb): Expression<SqlBool>;
  /** Undefined where no row can come after the last one at this step. */
  after?(eb: Eb): Expression<SqlBool>;
}

/**
 * The steps of a list's order at the last row read: per sort field, its null flag (nulls after
 * values ascending, before them descending) where the field may be null, then its value (when the
 * last row has one), and ties by id ascending.
 */
function stepsAt(resource: Resource, query: ListQuery, last: Row): Step[] {
  const steps: Step[] = [];
  const sort = query.sort.some((s) => s.field === 'id') ? query.sort : [...query.sort, { field: 'id', descending: false }];
  for (const { field, descending } of sort) {
    const value = last[field] ?? null;
    if (!resource.notNull.has(field)) {
      const wasNull = value === null;
      // Ascending, the nulls follow every value; descending, the values follow every null.
      const next = descending ? (wasNull ? 'is not' : undefined) : wasNull ? undefined : 'is';
      steps.push({ same: (eb) => eb(field, wasNull ? 'is' : 'is not', null), after: next && ((eb) => eb(field, next, null)) });
      if (wasNull) continue;
    }
    steps.push({ same: (eb) => eb(field, '=', value), after: (eb) => eb(field, descending ? '<' : '>', value) });
  }
  return steps;
}

/**
 * The rows that a list request's order puts after `last` (a row it returned): the keyset
 * condition that reads the next batch of an export without OFFSET, in the same order, with no row
 * read twice or skipped (ids break every tie).
 */
export function afterRow(resource: Resource, query: ListQuery, last: Row) {
  const steps = stepsAt(resource, query, last);
  return (eb: Eb): Expression<SqlBool> =>
    eb.or(
      steps.flatMap((step, i) => (step.after ? [eb.and([...steps.slice(0, i).map((before) => before.same(eb)), step.after(eb)])] : [])),
    );
}
