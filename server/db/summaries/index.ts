import type { Db } from '../database.ts';
import { buildIfChanged } from '../maintained.ts';
import { WORK_ORDER_DAYS, buildWorkOrderDays, workOrderDaysDefinition } from './work-order-days.ts';

/** The dashboards' summaries: each built from the rows when its definition changes, then kept by triggers in the writing transaction. */
const SUMMARIES = [{ table: WORK_ORDER_DAYS, definition: workOrderDaysDefinition, build: buildWorkOrderDays }];

export const SUMMARY_TABLES: readonly string[] = SUMMARIES.map((summary) => summary.table);

export async function ensureSummaries(db: Db): Promise<void> {
  for (const summary of SUMMARIES) await buildIfChanged(db, summary.table, summary.definition, summary.build);
}
