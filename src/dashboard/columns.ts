import type { ReactNode } from 'react';

/** One column of a chart's numbers: shown in its table alternative and exported to CSV. */
export interface Column<Row> {
  /** Translation key of the heading (also the CSV heading). */
  label: string;
  /** The raw value (what the CSV holds). */
  value: (row: Row) => string | number | null;
  /** How the table shows it, when not the raw value. */
  render?: (row: Row) => ReactNode;
  /** Right-aligned, on one line. */
  numeric?: boolean;
  /** On one line (dates). */
  nowrap?: boolean;
}

/** The rows as CSV records: one object per row, keyed by the translated headings, in column order. */
export function csvRecords<Row>(rows: Row[], columns: Column<Row>[], translate: (key: string) => string) {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [translate(column.label), column.value(row) ?? ''])));
}
