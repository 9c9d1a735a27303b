import type { Resource } from '../resources/define.ts';
import type { FieldMap } from '../resources/fields.ts';

/** A stored row as the API's JSON: booleans from 0/1, nested documents parsed. */
export function toRecord<F extends FieldMap>(resource: Resource<F>, row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, kind] of Object.entries(resource.columns)) {
    const value = row[column] ?? null;
    if (value === null) record[column] = null;
    else if (kind === 'bool') record[column] = value === 1 || value === true;
    else if (kind === 'json') record[column] = JSON.parse(String(value));
    else record[column] = value;
  }
  return record;
}

/** Validated API values as storable column values. */
export function toRow<F extends FieldMap>(resource: Resource<F>, data: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(data)) {
    const kind = resource.columns[column];
    if (value === null || value === undefined) row[column] = null;
    else if (kind === 'bool') row[column] = value ? 1 : 0;
    else if (kind === 'json') row[column] = JSON.stringify(value);
    else row[column] = value;
  }
  return row;
}
