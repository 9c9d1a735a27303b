import type { Resource } from '../resources/define.ts';
import { referencedBy, resourceByName } from '../resources/index.ts';
import type { Db, Transaction } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import type { SignedInUser } from '../auth/sessions.ts';
import { decide, scopeOf, type Action } from '../auth/policy.ts';
import { diffRecords, writeAudit } from '../auth/audit.ts';
import { HttpError, badRequest, conflict, fieldErrors, notFound } from './errors.ts';
import { toRecord, toRow } from './records.ts';
import { scopeWhere } from './scope.ts';

type Body = Record<string, unknown>;

/** Who writes, inside which transaction. */
export interface WriteContext {
  trx: Transaction;
  user: SignedInUser;
}

function asObject(body: unknown): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The body must be a JSON object');
  }
  return body as Body;
}

/** Drops the fields only the server writes (react-admin sends whole records back) and the secrets. */
function writable(resource: Resource, body: Body): Body {
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => !resource.serverOwned.has(key) && !Object.hasOwn(resource.secrets ?? {}, key)),
  );
}

/** Write-only inputs (passwords), checked and encoded for their columns. */
async function secretColumns(resource: Resource, body: Body, mode: 'create' | 'update') {
  const columns: Body = {};
  const errors: Record<string, string> = {};
  for (const [name, secret] of Object.entries(resource.secrets ?? {})) {
    const value = body[name];
    if (value === undefined || value === null || value === '') {
      if (mode === 'create' && secret.requiredOnCreate) errors[name] = 'Required';
      continue;
    }
    const problem = typeof value === 'string' ? secret.problem(value) : 'Must be text';
    if (problem) errors[name] = problem;
    else columns[secret.column] = await secret.encode(value as string);
  }
  return { columns, errors };
}

async function validate(resource: Resource, body: Body, mode: 'create' | 'update') {
  const schema = mode === 'create' ? resource.createSchema : resource.updateSchema;
  const result = schema.safeParse(writable(resource, body));
  const secrets = await secretColumns(resource, body, mode);
  const errors = { ...(result.success ? {} : fieldErrors(result.error)), ...secrets.errors };
  if (!result.success || Object.keys(errors).length) throw badRequest('Some fields are invalid', errors);
  // zod keeps absent optional keys absent; a create stores them as null
  return { data: result.data as Body, secretColumns: secrets.columns };
}

/** The role table first (403 before anything is looked up), then the record rules once the record is known. */
function authorize(user: Actor, action: Action, resource: Resource, record?: Body, changes?: Body) {
  const decision = decide(user, action, resource.name, record, changes);
  if (!decision.allowed) throw new HttpError(403, decision.reason);
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

/** One row, if it exists and lies within what the actor may see; otherwise 404. */
export async function findRow(db: Db | Transaction, resource: Resource, id: number, user: Actor) {
  const row = await db
    .selectFrom(resource.table)
    .selectAll()
    .where('id', '=', id)
    .where(scopeWhere(scopeOf(user, resource.name)))
    .executeTakeFirst();
  if (!row) throw notFound(`No ${resource.name} record with id ${id}`);
  return row as Body;
}

/** A write may not move a record out of its author's scope (e.g. to another region). */
async function readBackInScope({ trx, user }: WriteContext, resource: Resource, id: number) {
  try {
    return toRecord(resource, await findRow(trx, resource, id, user));
  } catch {
    throw new HttpError(403, `This change would put the record outside what a ${user.role} may see`);
  }
}

export async function createRecord(ctx: WriteContext, resource: Resource, rawBody: unknown) {
  authorize(ctx.user, 'create', resource);
  const body = asObject(rawBody);
  if ('id' in body) throw badRequest('The server assigns ids', { id: 'Leave the id out of a new record' });
  const { data, secretColumns } = await validate(resource, { ...resource.defaults, ...body }, 'create');
  authorize(ctx.user, 'create', resource, undefined, data);
  await checkReferences(ctx.trx, resource, data);
  await checkUnique(ctx.trx, resource, data);
  const owned = await resource.check?.(ctx.trx, 'create', undefined, data, ctx.user);
  const now = new Date().toISOString();
  const row = {
    ...toRow(resource, data),
    ...(owned ?? {}),
    ...resource.derive?.(data, now),
    ...resource.initial,
    ...secretColumns,
    createdAt: now,
    updatedAt: now,
    ...(resource.versioned ? { version: 1 } : {}),
  };
  const { id } = (await ctx.trx.insertInto(resource.table).values(row).returning('id').executeTakeFirstOrThrow()) as { id: number };
  const assigned = resource.afterInsert?.(ctx.trx, id, row);
  if (assigned && Object.keys(assigned).length) {
    await ctx.trx.updateTable(resource.table).set(assigned).where('id', '=', id).execute();
  }
  const record = await readBackInScope(ctx, resource, id);
  await writeAudit(ctx.trx, { userId: ctx.user.id, userName: ctx.user.name, action: 'create', resource: resource.name, recordId: id, diff: diffRecords(null, record) });
  await resource.afterWrite?.(ctx, 'create', undefined, record);
  return record;
}

function checkVersion(resource: Resource, body: Body, current: Body) {
  if (!resource.versioned || !('version' in body)) return;
  if (body.version !== current.version) {
    throw conflict(
      `Someone else changed this record (now at version ${String(current.version)}, yours is ${String(body.version)}). Reload it to see their changes.`,
      { version: 'Stale version' },
    );
  }
}

/** The validated fields whose value differs from the stored record. */
function changedFields(resource: Resource, data: Body, before: Body): Body {
  const normalized = toRecord(resource, toRow(resource, data));
  return Object.fromEntries(
    Object.keys(data)
      .filter((key) => JSON.stringify(normalized[key]) !== JSON.stringify(before[key] ?? null))
      .map((key) => [key, data[key]]),
  );
}

/** PUT and PATCH alike merge into the stored record (react-admin's updateMany sends partial PUTs). */
export async function updateRecord(ctx: WriteContext, resource: Resource, id: number, rawBody: unknown) {
  authorize(ctx.user, 'update', resource);
  const body = asObject(rawBody);
  if ('id' in body && body.id !== id) throw badRequest('The id in the body differs from the URL', { id: 'Does not match the URL' });
  const current = await findRow(ctx.trx, resource, id, ctx.user);
  checkVersion(resource, body, current);
  const { data, secretColumns } = await validate(resource, body, 'update');
  const before = toRecord(resource, current);
  const changes = changedFields(resource, data, before);
  authorize(ctx.user, 'update', resource, before, changes);
  const secretsChanged = Object.keys(secretColumns);
  if (Object.keys(changes).length === 0 && secretsChanged.length === 0) {
    await resource.check?.(ctx.trx, 'update', before, changes, ctx.user);
    return before;
  }
  await checkReferences(ctx.trx, resource, changes);
  await checkUnique(ctx.trx, resource, changes, id);
  const owned = await resource.check?.(ctx.trx, 'update', before, changes, ctx.user);
  const now = new Date().toISOString();
  let query = ctx.trx
    .updateTable(resource.table)
    .set({
      ...toRow(resource, changes),
      ...(owned ?? {}),
      ...resource.derive?.(changes, now),
      ...secretColumns,
      updatedAt: now,
      ...(resource.versioned ? { version: Number(current.version) + 1 } : {}),
    })
    .where('id', '=', id);
  if (resource.versioned) query = query.where('version', '=', current.version);
  const updated = await query.executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('Someone else changed this record meanwhile. Reload it.');
  const after = await readBackInScope(ctx, resource, id);
  await writeAudit(ctx.trx, {
    userId: ctx.user.id,
    userName: ctx.user.name,
    action: 'update',
    resource: resource.name,
    recordId: id,
    summary: secretsChanged.length ? `Set ${Object.keys(resource.secrets ?? {}).join(', ')}` : undefined,
    diff: diffRecords(before, after),
  });
  await resource.afterUpdate?.(ctx.trx, before, after, secretsChanged.length > 0);
  await resource.afterWrite?.(ctx, 'update', before, after);
  return after;
}

/** Never cascades: a record still referenced answers 409 naming what references it. */
export async function deleteRecord(ctx: WriteContext, resource: Resource, id: number) {
  authorize(ctx.user, 'delete', resource);
  const current = toRecord(resource, await findRow(ctx.trx, resource, id, ctx.user));
  authorize(ctx.user, 'delete', resource, current);
  await resource.check?.(ctx.trx, 'delete', current, {}, ctx.user);
  const blockers: string[] = [];
  for (const { resource: other, field } of referencedBy(resource.name)) {
    const used = await ctx.trx.selectFrom(other.table).select('id').where(field, '=', id).limit(1).executeTakeFirst();
    if (used) blockers.push(other.name);
  }
  if (blockers.length) {
    const unique = [...new Set(blockers)];
    throw conflict(`This record is still referenced by ${unique.join(', ')}; remove or reassign those first`, {
      id: `Referenced by ${unique.join(', ')}`,
    });
  }
  await ctx.trx.deleteFrom(resource.table).where('id', '=', id).execute();
  await writeAudit(ctx.trx, { userId: ctx.user.id, userName: ctx.user.name, action: 'delete', resource: resource.name, recordId: id, diff: diffRecords(current, null) });
  return current;
}
