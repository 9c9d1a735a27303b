import { sql, type ExpressionBuilder } from 'kysely';
import type { Actor } from '../auth/roles.ts';
import { scopeOf } from '../auth/policy.ts';
import { scopeWhere } from '../rest/scope.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Eb = ExpressionBuilder<any, any>;

/**
 * The WHERE that keeps a single-table query inside the actor's row scope of `resource` (the lists'
 * own scope), narrowed to one region when asked. Column names are unqualified: use it on the one
 * table of a query or CTE, before any join.
 */
export function inScope(actor: Actor, resource: string, regionId?: number, centerColumn = 'serviceCenterId') {
  return (eb: Eb) => {
    const scoped = scopeWhere(scopeOf(actor, resource))(eb);
    if (regionId === undefined) return scoped;
    const inRegion =
      centerColumn === 'id'
        ? eb(eb.ref('regionId'), '=', regionId)
        : eb(eb.ref(centerColumn), 'in', eb.selectFrom('serviceCenters').select('id').where('regionId', '=', regionId));
    return eb.and([scoped, inRegion]);
  };
}

/** A column reference for raw expressions (quoted, so camelCase names survive PostgreSQL). */
export const col = (name: string) => sql.ref(name);

/** `substr(column, 1, 7)`: the month `YYYY-MM` of an ISO date or date-time, on every database. */
export const monthOf = (column: string) => sql<string>`substr(${col(column)}, 1, 7)`;

/** Numbers from aggregates arrive as numbers, strings (PostgreSQL bigint/numeric) or null. */
export const num = (v: unknown): number => Number(v ?? 0);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** The actor reads every row of `resource` (a summary of the whole network answers for them). */
export const everyRowOf = (actor: Actor, resource: string) => scopeOf(actor, resource).kind === 'all';

/**
 * The regions whose every center's rows of `resource` the actor reads, narrowed to `regionId` when
 * asked: `'all'` for every region, a list (perhaps empty), or null when the scope is not made of
 * whole regions (a summary kept per region cannot answer it then).
 */
export function wholeRegionsOf(actor: Actor, resource: string, regionId?: number): 'all' | number[] | null {
  const scope = scopeOf(actor, resource);
  switch (scope.kind) {
    case 'all':
      return regionId === undefined ? 'all' : [regionId];
    case 'none':
      return [];
    case 'center-in-region':
      return regionId === undefined || regionId === scope.regionId ? [scope.regionId] : [];
    default:
      return null;
  }
}
