import { looseDb, type Db, type Transaction } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import { centerLinkOf, decide, type Action, type CenterFacts, type Decision } from '../auth/policy.ts';
import type { Resource } from '../resources/define.ts';
import type { FieldMap } from '../resources/fields.ts';
import { HttpError, conflict } from './errors.ts';
import { findRecord } from './logged-write.ts';

type Values = Record<string, unknown>;

/** A refusal of the policy as the error the client gets: 403 by role, 409 by the record's state. */
export function assertAllowed(decision: Decision): void {
  if (!decision.allowed) throw new HttpError(decision.status, decision.reason, decision.errors);
}

/**
 * The service centers a record belongs to before and after a change (the policy takes a center
 * record as its own center): what it needs to decide on reach (live or not, whose).
 */
export async function centerFacts(db: Db | Transaction, resource: string, record?: Values, changes?: Values): Promise<CenterFacts[]> {
  const link = centerLinkOf(resource);
  if (!link || link.column === 'id') return [];
  const ids = [...new Set([record?.[link.column], changes?.[link.column]].filter((id): id is number => typeof id === 'number'))];
  if (!ids.length) return [];
  const centers = db.selectFrom('serviceCenters').select(['id', 'onboardingStatus']);
  if (link.kind === 'column') return centers.where('id', 'in', ids).execute();
  return centers.where('id', 'in', looseDb(db).selectFrom(link.table).select('serviceCenterId').where('id', 'in', ids)).execute();
}

/** Asks the policy about an action on a record (with its centers looked up) and throws its refusal. */
export async function authorize(db: Db | Transaction, actor: Actor, action: Action, resource: string, record?: Values, changes?: Values): Promise<void> {
  assertAllowed(decide(actor, action, resource, { record, changes, centers: await centerFacts(db, resource, record, changes) }));
}

/**
 * The record a command acts on, once the policy allows it: the role first (403 before anything is
 * looked up, so nothing leaks whether the record exists), then the row scope (404), then the
 * record's state and centers (403 or 409). With the version the user saw, a record changed since is a 409.
 */
export async function findAuthorized<F extends FieldMap>(trx: Transaction, actor: Actor, action: Action, resource: Resource<F>, id: number, version?: number): Promise<Values> {
  assertAllowed(decide(actor, action, resource.name));
  const record = await findRecord(trx, resource, id, actor);
  if (version !== undefined && version !== record.version) {
    throw conflict(`Someone else changed this record (now at version ${String(record.version)}, yours is ${version}). Reload it to see their changes.`, { version: 'Stale version' });
  }
  await authorize(trx, actor, action, resource.name, record);
  return record;
}
