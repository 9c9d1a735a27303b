import Papa from 'papaparse';
import type { ImportTemplate } from '../../server/rules/imports/template.ts';

/** The template file of an import: the header row (every column) and the example row. */
export function templateCsv({ columns, example }: ImportTemplate): string {
  const fields = columns.map((column) => column.name);
  return Papa.unparse({ fields, data: [fields.map((field) => example[field] ?? '')] });
}
