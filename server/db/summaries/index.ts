import type { Db } from '../database.ts';
import { buildIfChanged } from '../maintained.ts';
import { STATS_INDEXES, buildStatsIndexes, statsIndexesDefinition } from './indexes.ts';
import { LATEST_AUDITS, buildLatestAudits, latestAuditsDefinition } from './latest-audits.ts';
import { LOCKOUT_DAYS, buildLockoutDays, lockoutDaysDefinition } from './lockout-days.ts';
import { RATING_TREND, buildRatingTrend, ratingTrendDefinition } from './rating-trend.ts';
import { WORK_ORDER_DAYS, buildWorkOrderDays, workOrderDaysDefinition } from './work-order-days.ts';

/**
 * The dashboards' summaries (tables kept by triggers in the writing transaction) and the indexes
 * their queries read: each built from the rows when its definition changes (a summary's definition
 * names its version: bump it when its table, its triggers or what they count change).
 */
const SUMMARIES = [
  { name: WORK_ORDER_DAYS, table: true, definition: workOrderDaysDefinition, build: buildWorkOrderDays },
  { name: RATING_TREND, table: true, definition: ratingTrendDefinition, build: buildRatingTrend },
  { name: LATEST_AUDITS, table: true, definition: latestAuditsDefinition, build: buildLatestAudits },
  { name: LOCKOUT_DAYS, table: true, definition: lockoutDaysDefinition, build: buildLockoutDays },
  { name: STATS_INDEXES, table: false, definition: statsIndexesDefinition, build: buildStatsIndexes },
];

/** The summaries' tables: written by their triggers only. */
export const SUMMARY_TABLES: readonly string[] = SUMMARIES.filter((summary) => summary.table).map((summary) => summary.name);

export async function ensureSummaries(db: Db): Promise<void> {
  for (const summary of SUMMARIES) await buildIfChanged(db, summary.name, summary.definition, summary.build);
}
