import type { FieldKind } from '../../resources/fields.ts';

type Values = Record<string, unknown>;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const YES = ['true', 'yes', 'y', '1'];
const NO = ['false', 'no', 'n', '0'];

/**
 * A cell's text as the value the API takes for a field of this kind: numbers and yes/no as such,
 * JSON parsed; what does not read as its kind is passed on as text for the field's own schema to
 * refuse with its usual message. A JSON field's cell that does not parse is an error.
 */
export function cellValue(kind: FieldKind, cell: string): { value: unknown } | { error: string } {
  const text = cell.trim();
  if ((kind === 'int' || kind === 'real') && NUMBER.test(text)) return { value: Number(text) };
  if (kind === 'bool' && YES.includes(text.toLowerCase())) return { value: true };
  if (kind === 'bool' && NO.includes(text.toLowerCase())) return { value: false };
  if (kind === 'json') {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return { error: 'Must be JSON, e.g. [] or {"name": "…"}' };
    }
  }
  return { value: cell };
}

/**
 * One row of the file as the body of a create: an empty cell is a value left out (the field's
 * default applies), every other cell read as its field's kind. Errors by column.
 */
export function rowBody(kinds: Record<string, FieldKind>, columns: readonly string[], cells: readonly string[]): { body: Values; errors: Record<string, string> } {
  const body: Values = {};
  const errors: Record<string, string> = {};
  columns.forEach((column, index) => {
    const cell = cells[index] ?? '';
    if (cell.trim() === '') return;
    const read = cellValue(kinds[column], cell);
    if ('error' in read) errors[column] = read.error;
    else body[column] = read.value;
  });
  return { body, errors };
}
