import type { Resource } from '../resources/define.ts';
import { referencedBy, resourceByName } from '../resources/index.ts';
import type { Db, Transaction } from '../db/database.ts';
import { badRequest, conflict, fieldErrors, notFound } from './errors.ts';
import { toRecord, toRow } from './records.ts';

type Body = Record<string, unknown>;

function asObject(body: unknown): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The body must be a JSON object');
  }
  return body as Body;
}

/** Drops the fields only the server writes (react-admin sends whole records back). */
function writable(resource: Resource, body: Body): Body {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !resource.serverOwned.has(key)));
}

function validate(resource: Resource, body: Body, mode: 'create' | 'update'): Body {
  const schema = mode === 'create' ? resource.createSchema : resource.updateSchema;
  const result = schema.safeParse(body);
  if (!result.success) throw badRequest('Some fields are invalid', fieldErrors(result.error));
  // zod keeps absent optional keys absent; a create stores them as null
  return result.data as Body;
}

/** Every non-null reference must name an existing record (a dangling id is the client's error). */
async function checkReferences(trx: Transaction, resource: Resource, data: Body) {
  const errors: Record<string, string> = {};
  for (const [field, target] of Object.entries(resource.references)) {
    const id = data[field];
    if (id === undefined || id === null) continue;
    const targetTable = resourceByName.get(target)!.table;
    const found = await trx.selectFrom(targetTable).select('id').where('id', '=', id).executeTakeFirst();
    if (!found) errors[field] = `No ${target} record with id ${String(id)}`;
  }
  if (Object.keys(errors).length) throw badRequest('Some references point to nothing', errors);
}

async function checkUnique(trx: Transaction, resource: Resource, data: Body, id?: number) {
  const errors: Record<string, string> = {};
  for (const field of resource.unique ?? []) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    let query = trx.selectFrom(resource.table).select('id').where(field, '=', value);
    if (id !== undefined) query = query.where('id', '!=', id);
    if (await query.executeTakeFirst()) errors[field] = 'Already used by another record';
  }
  if (Object.keys(errors).length) throw conflict('A record with this value already exists', errors);
}

export async function findRow(trx: Db | Transaction, resource: Resource, id: number) {
  const row = await trx.selectFrom(resource.table).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`No ${resource.name} record with id ${id}`);
  return row as Body;
}

export async function createRecord(trx: Transaction, resource: Resource, rawBody: unknown) {
  const body = asObject(rawBody);
  if ('id' in body) throw badRequest('The server assigns ids', { id: 'Leave the id out of a new record' });
  const input = { ...resource.defaults, ...writable(resource, body) };
  const data = validate(resource, input, 'create');
  await checkReferences(trx, resource, data);
  await checkUnique(trx, resource, data);
  const now = new Date().toISOString();
  const row = { ...toRow(resource, data), createdAt: now, updatedAt: now, version: 1 };
  const { id } = (await trx.insertInto(resource.table).values(row).returning('id').executeTakeFirstOrThrow()) as { id: number };
  const owned = resource.afterInsert?.(trx, id, row);
  if (owned && Object.keys(owned).length) {
    await trx.updateTable(resource.table).set(owned).where('id', '=', id).execute();
  }
  return toRecord(resource, await findRow(trx, resource, id));
}

function checkVersion(body: Body, current: Body) {
  if (!('version' in body)) return;
  if (body.version !== current.version) {
    throw conflict(
      `Someone else changed this record (now at version ${String(current.version)}, yours is ${String(body.version)}). Reload it to see their changes.`,
      { version: 'Stale version' },
    );
  }
}

/** PUT and PATCH alike merge into the stored record (react-admin's updateMany sends partial PUTs). */
export async function updateRecord(trx: Transaction, resource: Resource, id: number, rawBody: unknown) {
  const body = asObject(rawBody);
  if ('id' in body && body.id !== id) throw badRequest('The id in the body differs from the URL', { id: 'Does not match the URL' });
  const current = await findRow(trx, resource, id);
  checkVersion(body, current);
  const data = validate(resource, writable(resource, body), 'update');
  if (Object.keys(data).length === 0) return toRecord(resource, current);
  await checkReferences(trx, resource, data);
  await checkUnique(trx, resource, data, id);
  const version = Number(current.version) + 1;
  const updated = await trx
    .updateTable(resource.table)
    .set({ ...toRow(resource, data), updatedAt: new Date().toISOString(), version })
    .where('id', '=', id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('Someone else changed this record meanwhile. Reload it.');
  return toRecord(resource, await findRow(trx, resource, id));
}

/** Never cascades: a record still referenced answers 409 naming what references it. */
export async function deleteRecord(trx: Transaction, resource: Resource, id: number) {
  const current = await findRow(trx, resource, id);
  const blockers: string[] = [];
  for (const { resource: other, field } of referencedBy(resource.name)) {
    const used = await trx.selectFrom(other.table).select('id').where(field, '=', id).limit(1).executeTakeFirst();
    if (used) blockers.push(other.name);
  }
  if (blockers.length) {
    const unique = [...new Set(blockers)];
    throw conflict(`This record is still referenced by ${unique.join(', ')}; remove or reassign those first`, {
      id: `Referenced by ${unique.join(', ')}`,
    });
  }
  await trx.deleteFrom(resource.table).where('id', '=', id).execute();
  return toRecord(resource, current);
}
