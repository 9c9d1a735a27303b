import Papa from 'papaparse';

/** How many rows a CSV file holds beside its header, blank ones not counted (as the server counts them): what a check or an import is about to send. */
export function csvRows(text: string): number {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.length;
  return Math.max(0, rows - 1);
}
