import { sql, type RawBuilder } from 'kysely';
import { WALK_IN_TYPES } from '../../resources/choices.ts';
import type { Transaction } from '../database.ts';

/**
 * The walk-ins whose duration is known: completed, with a start and an end. Written with literal
 * values, so that a query carrying this very condition may use the partial index below (a bound
 * parameter would not match the index's condition on SQLite).
 */
export const TIMED_WALK_IN = sql<boolean>`${sql.ref('type')} in (${sql.join(WALK_IN_TYPES.map((type) => sql.lit(type)))}) and ${sql.ref('status')} = 'completed' and ${sql.ref('startedAt')} is not null and ${sql.ref('completedAt')} is not null`;

interface StatsIndex {
  name: string;
  table: string;
  columns: readonly string[];
  where?: RawBuilder<boolean>;
}

/** Indexes the dashboards read instead of the tables' rows. */
const INDEXES: readonly StatsIndex[] = [
  // The durations of a few centers' walk-ins over a period, from the index alone (type and status
  // lead after the center: with them the planner prefers it to the index on type and status).
  { name: 'workOrders_timedWalkIns', table: 'workOrders', columns: ['serviceCenterId', 'type', 'status', 'scheduledAt', 'startedAt', 'completedAt'], where: TIMED_WALK_IN },
  // A center's latest rating before an instant, or its first and last of a period: one step into the index.
  { name: 'ratings_inForce', table: 'ratings', columns: ['serviceCenterId', 'computedAt', 'id', 'score'] },
];

export const STATS_INDEXES = 'statsIndexes';

/** The definition the indexes are built from (rebuilt when it changes). */
export const statsIndexesDefinition = `v1:${WALK_IN_TYPES.join(',')}:${INDEXES.map((index) => `${index.name}(${index.columns.join(',')})`).join(';')}`;

export async function buildStatsIndexes(trx: Transaction): Promise<void> {
  for (const index of INDEXES) {
    await sql`drop index if exists ${sql.id(index.name)}`.execute(trx);
    const where = index.where ? sql` where ${index.where}` : sql``;
    await sql`create index ${sql.id(index.name)} on ${sql.table(index.table)} (${sql.join(index.columns.map((column) => sql.ref(column)))})${where}`.execute(trx);
  }
}
