import { safeCell } from './safe-cell.ts';

/** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell: empty for null, a number or true/false as written, text (a nested document as its JSON) formula-escaped (safe-cell.ts) and quoted where needed. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = safeCell(typeof value === 'string' ? value : JSON.stringify(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (ending in CRLF, as RFC 4180 says) of these values, each safe for a spreadsheet. */
export const csvLine = (values: readonly unknown[]): string => `${values.map(cell).join(',')}\r\n`;
