import type { Resource } from '../resources/define.ts';
import { centerLinkOf } from '../auth/policy.ts';
import type { Db } from './database.ts';
import { ROW_COUNTS, ensureRowCounts, type CountedResource } from './row-counts.ts';
import { ensureSearchIndexes, searchTableOf } from './search-index.ts';
import { ensureSortIndexes } from './sort-indexes.ts';
import { SUMMARY_TABLES, ensureSummaries } from './summaries/index.ts';

/** How a resource's rows are counted: the whole table, and by the column tying them to a center (other than a center's own id). */
export function countingOf(resource: Pick<Resource, 'name' | 'table'>): CountedResource {
  const link = centerLinkOf(resource.name);
  return { table: resource.table, byColumn: link?.kind === 'column' && link.column !== 'id' ? link.column : undefined };
}

/** Brings the structures kept from the resource definitions up to date: the search and sort indexes, the row counts and the dashboards' summaries. */
export async function ensureMaintainedStructures(db: Db, resources: readonly Resource[]): Promise<void> {
  await ensureSearchIndexes(db, resources);
  await ensureSortIndexes(db, resources);
  await ensureRowCounts(db, resources.map(countingOf));
  await ensureSummaries(db);
}

/** Tables kept by triggers and the structures' bookkeeping: never written directly, not cleared by a reset (the triggers clear them). */
export const isMaintainedTable = (name: string, resources: readonly Pick<Resource, 'table'>[]) =>
  name === 'maintainedStructures' ||
  name === ROW_COUNTS ||
  SUMMARY_TABLES.includes(name) ||
  resources.some((resource) => name === searchTableOf(resource) || name.startsWith(`${searchTableOf(resource)}_`));
