import type { Resource } from '../../resources/define.ts';
import { resourceByName } from '../../resources/index.ts';
import { toRow } from '../../rest/records.ts';
import { isoTime } from './clock.ts';

export type Row = Record<string, unknown>;

export function resourceNamed(name: string): Resource {
  const resource = resourceByName.get(name);
  if (!resource) throw new Error(`Unknown resource ${name}`);
  return resource;
}

/** A stored row of a resource: API values converted for storage, with the server-owned columns. */
export function storedRow(resource: Resource, id: number, createdMs: number, updatedMs: number, data: Row): Row {
  return {
    id,
    createdAt: isoTime(createdMs),
    updatedAt: isoTime(Math.max(createdMs, updatedMs)),
    version: 1,
    ...toRow(resource, data),
  };
}
