/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A value made safe for a CSV cell opened in a spreadsheet: a string that starts like a formula
 * (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'` so that it stays text.
 * Numbers (-3 too), booleans and null stay as they are; arrays and plain objects (which the CSV
 * flattens into `a.b` columns and `x;y` cells) are escaped value by value.
 */
export function safeCell<T>(value: T): T {
  if (typeof value === 'string') return (FORMULA_START.test(value) ? `'${value}` : value) as T;
  if (Array.isArray(value)) return value.map(safeCell) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, safeCell(v)])) as T;
  return value;
}
