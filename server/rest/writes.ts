import type { Resource, ReferencedBy } from '../resources/define.ts';
import { looseDb, type Transaction } from '../db/database.ts';
import { decide, ownRecordDefaults } from '../auth/policy.ts';
import { assertAllowed, authorize } from './authorize.ts';
import { badRequest, conflict, fieldErrors } from './errors.ts';
import { toRecord, toRow } from './records.ts';
import { createLogged, deleteLogged, findRecord, updateLogged, type WriteContext } from './logged-write.ts';

type Body = Record<string, unknown>;

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

/**
 * Every non-null reference must name an existing record (a dangling id is the client's error).
 * `found` holds the references a bulk write already found (`table:id`), in this transaction.
 */
async function checkReferences(trx: Transaction, resource: Resource, data: Body, found?: Set<string>) {
  const errors: Record<string, string> = {};
  for (const [field, target] of Object.entries(resource.references)) {
    const id = data[field];
    if (id === undefined || id === null) continue;
    const key = `${target().table}:${String(id)}`;
    if (found?.has(key)) continue;
    const exists = await looseDb(trx).selectFrom(target().table).select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) errors[field] = `No ${target().name} record with id ${String(id)}`;
    else found?.add(key);
  }
  if (Object.keys(errors).length) throw badRequest('Some references point to nothing', errors);
}

async function checkUnique(trx: Transaction, resource: Resource, data: Body, id?: number) {
  const errors: Record<string, string> = {};
  for (const field of resource.unique ?? []) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    let query = looseDb(trx).selectFrom(resource.table).select('id').where(field, '=', value);
    if (id !== undefined) query = query.where('id', '!=', id);
    if (await query.executeTakeFirst()) errors[field] = 'Already used by another record';
  }
  if (Object.keys(errors).length) throw conflict('A record with this value already exists', errors);
}

export async function createRecord(ctx: WriteContext, resource: Resource, rawBody: unknown) {
  assertAllowed(decide(ctx.user, 'create', resource.name));
  const body = asObject(rawBody);
  if ('id' in body) throw badRequest('The server assigns ids', { id: 'Leave the id out of a new record' });
  const { data, secretColumns } = await validate(resource, { ...resource.defaults, ...ownRecordDefaults(ctx.user, resource.name), ...body }, 'create');
  await authorize(ctx.trx, ctx.user, 'create', resource.name, undefined, data);
  await checkReferences(ctx.trx, resource, data, ctx.bulk?.found);
  await checkUnique(ctx.trx, resource, data);
  const owned = await resource.check?.(ctx.trx, 'create', undefined, data, ctx.user);
  const now = new Date();
  const record = await createLogged(
    ctx,
    resource,
    { ...data, ...resource.initial },
    { columns: { ...owned, ...resource.derive?.(data, now.toISOString()), ...secretColumns }, assign: resource.afterInsert && ((id, row) => resource.afterInsert!(ctx.trx, id, row)) },
    now,
  );
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
  assertAllowed(decide(ctx.user, 'update', resource.name));
  const body = asObject(rawBody);
  if ('id' in body && body.id !== id) throw badRequest('The id in the body differs from the URL', { id: 'Does not match the URL' });
  const before = await findRecord(ctx.trx, resource, id, ctx.user);
  checkVersion(resource, body, before);
  const { data, secretColumns } = await validate(resource, body, 'update');
  const changes = changedFields(resource, data, before);
  await authorize(ctx.trx, ctx.user, 'update', resource.name, before, changes);
  const secretsChanged = Object.keys(secretColumns);
  if (Object.keys(changes).length === 0 && secretsChanged.length === 0) {
    await resource.check?.(ctx.trx, 'update', before, changes, ctx.user);
    return before;
  }
  await checkReferences(ctx.trx, resource, changes);
  await checkUnique(ctx.trx, resource, changes, id);
  const owned = await resource.check?.(ctx.trx, 'update', before, changes, ctx.user);
  const now = new Date();
  const after = await updateLogged(
    ctx,
    resource,
    before,
    changes,
    {
      columns: { ...owned, ...resource.derive?.(changes, now.toISOString()), ...secretColumns },
      summary: secretsChanged.length ? `Set ${Object.keys(resource.secrets ?? {}).join(', ')}` : undefined,
    },
    now,
  );
  await resource.afterUpdate?.(ctx, before, after, secretsChanged.length > 0);
  await resource.afterWrite?.(ctx, 'update', before, after);
  return after;
}

/** Never cascades: a record still referenced answers 409 naming what references it. */
export async function deleteRecord(ctx: WriteContext, resource: Resource, id: number, referencedBy: ReferencedBy) {
  assertAllowed(decide(ctx.user, 'delete', resource.name));
  const current = await findRecord(ctx.trx, resource, id, ctx.user);
  await authorize(ctx.trx, ctx.user, 'delete', resource.name, current);
  await resource.check?.(ctx.trx, 'delete', current, {}, ctx.user);
  const blockers: string[] = [];
  for (const { resource: other, field } of referencedBy.get(resource.name) ?? []) {
    const used = await looseDb(ctx.trx).selectFrom(other.table).select('id').where(field, '=', id).limit(1).executeTakeFirst();
    if (used) blockers.push(other.name);
  }
  if (blockers.length) {
    const unique = [...new Set(blockers)];
    throw conflict(`This record is still referenced by ${unique.join(', ')}; remove or reassign those first`, {
      id: `Referenced by ${unique.join(', ')}`,
    });
  }
  return deleteLogged(ctx, resource, current);
}
