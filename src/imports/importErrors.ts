/** One error of an import as a line of the errors table: its row and column in the file (none for the whole row or file). */
export interface ImportErrorLine {
  row: number | null;
  column: string | null;
  message: string;
}

const KEY = /^row (\d+)(?:: (.+))?$/;

/**
 * The server's errors of an import (`{ "row 3: zip": "…", "row 4": "…" }`) as table lines, by row
 * then as answered; a key that names no row (`rows`) is a line without row or column.
 */
export function importErrorLines(errors: Record<string, string>): ImportErrorLine[] {
  return Object.entries(errors)
    .map(([key, message], order) => {
      const match = KEY.exec(key);
      return { row: match ? Number(match[1]) : null, column: match ? (match[2] ?? null) : null, message, order };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.order - b.order)
    .map(({ row, column, message }) => ({ row, column, message }));
}
