import { safeCell } from './safe-cell.ts';

/** A cell as text: empty for null, JSON for a nested document, formula-escaped (safe-cell.ts) for text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return safeCell(value);
  if (typeof value === 'object') return safeCell(JSON.stringify(value));
  return String(value);
}

/** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** One CSV line (ending in CRLF, as RFC 4180 says) of these values, each safe for a spreadsheet. */
export const csvLine = (values: readonly unknown[]): string => `${values.map((value) => quoted(cellText(value))).join(',')}\r\n`;
