import { z } from 'zod';
import { inputSchema, type FieldMap, type FieldKind, type Target } from './fields.ts';
import type { Transaction } from '../db/database.ts';
import type { WriteContext } from '../rest/logged-write.ts';
import type { Actor } from '../auth/roles.ts';

/** Columns every table has, written by the server only. */
export const BASE_COLUMNS: Record<string, FieldKind> = {
  id: 'int',
  createdAt: 'datetime',
  updatedAt: 'datetime',
  version: 'int',
};

export interface ResourceOptions<F extends FieldMap, T extends string = string> {
  /** The URL segment under /api (kebab-case plural). */
  name: string;
  /** The SQL table (its name as a literal type, which keys the typed database). */
  table: T;
  fields: F;
  /** Text fields searched by `q`. */
  search: (keyof F & string)[];
  /** Fields whose value no two records may share. */
  unique?: (keyof F & string)[];
  /** Values a create gets when the client leaves a field out. */
  defaults?: Partial<Record<keyof F & string, unknown>>;
  /** Server-owned values that follow from a create's or an update's changes (e.g. when a status changed). */
  derive?: (changes: Record<string, unknown>, now: string) => Record<string, unknown>;
  /** Runs inside the create's transaction, after the insert; returns server-owned values to store. */
  afterInsert?: (trx: Transaction, id: number, row: Record<string, unknown>) => Record<string, unknown>;
  /** Runs inside an update's transaction, after it (e.g. end a deactivated user's sessions). */
  afterUpdate?: (ctx: WriteContext, before: Record<string, unknown>, after: Record<string, unknown>, secretsChanged: boolean) => Promise<void>;
  /** Server-owned values a new record starts with (e.g. a status). */
  initial?: Record<string, unknown>;
  /**
   * Checks that need the database, inside the write's transaction after the policy (throw an
   * HttpError); may return server-owned values to store with the write (e.g. a price looked up).
   */
  check?: (
    trx: Transaction,
    action: 'create' | 'update' | 'delete',
    before: Record<string, unknown> | undefined,
    changes: Record<string, unknown>,
    user: Actor,
  ) => Promise<void | Record<string, unknown>>;
  /** Runs inside a create's or a real update's transaction after it, knowing who wrote (side effects such as shipments or outbox rows). */
  afterWrite?: (ctx: WriteContext, action: 'create' | 'update', before: Record<string, unknown> | undefined, after: Record<string, unknown>) => Promise<void>;
  /** Records are created by the server only (no client create, whatever the role). */
  createdByServer?: boolean;
  /** Only listed and read through the API (the server alone writes it). */
  readOnly?: boolean;
  /** Server bookkeeping columns; the default is id, createdAt, updatedAt and version. */
  baseColumns?: Record<string, FieldKind>;
  /** Write-only inputs stored encoded in another column and never read back (a password). */
  secrets?: Record<string, Secret>;
}

export interface Secret {
  /** The column holding the encoded value. */
  column: string;
  /** Why a value is refused, or null. */
  problem: (value: string) => string | null;
  encode: (value: string) => Promise<string>;
  /** Must a create supply it? */
  requiredOnCreate: boolean;
}

export interface Resource<F extends FieldMap = FieldMap, T extends string = string> extends ResourceOptions<F, T> {
  /** Every stored column and its kind, base columns included. */
  columns: Record<string, FieldKind>;
  /** The body of a create: writable fields, required ones required, nothing else. */
  createSchema: z.ZodObject;
  /** The body of an update: any subset of the writable fields. */
  updateSchema: z.ZodObject;
  /** Field name -> the referenced resource. */
  references: Record<string, Target>;
  /** Fields a client may send but the server owns (ignored on write). */
  serverOwned: Set<string>;
  /** Columns that never hold null. */
  notNull: Set<string>;
  /** Has the `version` edit counter (optimistic locking). */
  versioned: boolean;
}

export function defineResource<F extends FieldMap, const T extends string>(options: ResourceOptions<F, T>): Resource<F, T> {
  const base = options.baseColumns ?? BASE_COLUMNS;
  const columns: Record<string, FieldKind> = { ...base };
  const shape: Record<string, z.ZodType> = {};
  const references: Record<string, Target> = {};
  const serverOwned = new Set(Object.keys(base));
  const notNull = new Set(Object.keys(base));
  for (const [name, field] of Object.entries(options.fields)) {
    columns[name] = field.kind;
    if (field.references) references[name] = field.references;
    if (field.isRequired) notNull.add(name);
    if (field.readOnly) serverOwned.add(name);
    else shape[name] = inputSchema(field);
  }
  const createSchema = z.strictObject(shape);
  return {
    ...options,
    columns,
    createSchema,
    updateSchema: createSchema.partial(),
    references,
    serverOwned,
    notNull,
    versioned: 'version' in base,
  };
}

/** For each resource name, the (resource, field) pairs that reference it: what blocks its deletion. */
export type ReferencedBy = ReadonlyMap<string, readonly { resource: Resource; field: string }[]>;

/** Who references whom, computed once over the assembled resources. */
export function referencesTo(resources: readonly Resource[]): ReferencedBy {
  const map = new Map<string, { resource: Resource; field: string }[]>();
  for (const resource of resources) {
    for (const [field, target] of Object.entries(resource.references)) {
      const name = target().name;
      map.set(name, [...(map.get(name) ?? []), { resource, field }]);
    }
  }
  return map;
}
