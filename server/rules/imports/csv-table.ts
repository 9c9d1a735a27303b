import Papa from 'papaparse';
import { badRequest } from '../../rest/errors.ts';

/** The most rows (besides the header) one file may hold: a larger file is split by the user. */
export const MAX_ROWS = 20_000;

/** One line of the file as a spreadsheet numbers it (the header is row 1), with its cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A CSV file as its header (the columns) and its rows; rows whose cells are all empty are left out. */
export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
}

/** The key of an error about a cell (or a whole row): the row as a spreadsheet numbers it, and the column. */
export const cellKey = (row: number, column?: string) => (column === undefined ? `row ${row}` : `row ${row}: ${column}`);

const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads a CSV file (RFC 4180 quoting, any line ending, a byte-order mark) whose header names the
 * columns: each one of `known`, once. A malformed file, an unknown or repeated column or more than
 * MAX_ROWS rows is a 400 naming the row and column.
 */
export function readCsvTable(text: string, known: readonly string[]): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const syntax = parsed.errors.find((error) => error.type === 'Quotes');
  if (syntax) throw badRequest('The file is not valid CSV', { [cellKey((syntax.row ?? 0) + 1)]: syntax.message });
  const [header = [], ...lines] = parsed.data;
  const columns = header.map((name) => name.trim());
  if (blank(columns)) throw badRequest('The file has no header row: its first row names the columns', { [cellKey(1)]: 'No column names' });

  const errors: Record<string, string> = {};
  columns.forEach((name, index) => {
    if (name === '') errors[cellKey(1, `column ${index + 1}`)] = 'A column without a name';
    else if (!known.includes(name)) errors[cellKey(1, name)] = `Unknown column; the columns are ${known.join(', ')}`;
    else if (columns.indexOf(name) !== index) errors[cellKey(1, name)] = 'This column appears twice';
  });
  if (Object.keys(errors).length) throw badRequest('The header row names columns this import does not know', errors);

  const rows = lines.map((cells, index) => ({ row: index + 2, cells })).filter(({ cells }) => !blank(cells));
  if (rows.length > MAX_ROWS) {
    throw badRequest(`A file holds at most ${MAX_ROWS.toLocaleString('en-US')} rows; this one has ${rows.length.toLocaleString('en-US')}: split it`, { rows: `At most ${MAX_ROWS}` });
  }
  return { columns, rows };
}
