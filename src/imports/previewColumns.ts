import type { ImportResult } from '../../server/rules/imports/routes.ts';
import type { ImportTemplate } from '../../server/rules/imports/template.ts';

const filled = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** The columns of the preview: those of the import that any previewed record fills (from the file or by default), in the template's order. */
export const previewColumns = (template: ImportTemplate, result: ImportResult): string[] =>
  template.columns.map((column) => column.name).filter((name) => result.preview.some((record) => filled(record[name])));
