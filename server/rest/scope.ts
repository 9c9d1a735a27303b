import type { ExpressionBuilder } from 'kysely';
import type { Scope } from '../auth/policy.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Eb = ExpressionBuilder<any, any>;

/** The WHERE that keeps a query inside an actor's row scope. */
export function scopeWhere(scope: Scope) {
  return (eb: Eb) => {
    switch (scope.kind) {
      case 'all':
        return eb.and([]);
      case 'none':
        return eb.or([]);
      case 'equals':
        return eb(eb.ref(scope.column), '=', scope.value);
      case 'not-equals':
        return eb(eb.ref(scope.column), '!=', scope.value);
      case 'center-in-region':
        return eb(
          eb.ref(scope.column),
          'in',
          eb.selectFrom('serviceCenters').select('id').where('regionId', '=', scope.regionId),
        );
      case 'center-through':
        return eb(eb.ref(scope.column), 'in', eb.selectFrom(scope.table).select('id').where('serviceCenterId', '=', scope.serviceCenterId));
    }
  };
}
