import type { Resource } from '../../resources/define.ts';
import type { FieldKind } from '../../resources/fields.ts';
import { looseDb, type Db } from '../../db/database.ts';
import { scopeOf, type Importable } from '../../auth/policy.ts';
import type { Actor } from '../../auth/roles.ts';
import { scopeWhere } from '../../rest/scope.ts';

/** One column of an import file: a field of the resource's create body. */
export interface ImportColumn {
  name: string;
  kind: FieldKind;
  /** A row must fill it (it has no default). */
  required: boolean;
}

/** What an import file of a resource holds (GET /api/imports/<resource>): its columns, and an example row that imports as it is. */
export interface ImportTemplate {
  resource: Importable;
  columns: ImportColumn[];
  example: Record<string, string>;
}

/** An example row of each importable resource (its references are filled from the database). */
const EXAMPLES: Record<Importable, Record<string, string>> = {
  'service-centers': {
    name: 'Westside Auto Electric',
    street: '1200 W Main St',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62704',
    phone: '(217) 555-0134',
    email: 'service@westside-auto.example',
    hours: 'Mon-Fri 8-5',
  },
  installers: { firstName: 'Maria', lastName: 'Lopez', email: 'maria.lopez@example.com', phone: '(217) 555-0150', duties: 'installer' },
  customers: {
    firstName: 'James',
    lastName: 'Carter',
    email: 'james.carter@example.com',
    phone: '(217) 555-0199',
    street: '45 Oak Ave',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
    caseNumber: '2026-DUI-00123',
    programStart: '2026-01-15',
    paymentPlan: 'monthly',
  },
};

/** The columns an import of the resource knows: the fields of its create body, in their order. */
export function importColumns(resource: Resource): ImportColumn[] {
  return Object.keys(resource.createSchema.shape).map((name) => ({
    name,
    kind: resource.columns[name],
    required: resource.fields[name].isRequired && !Object.hasOwn(resource.defaults ?? {}, name),
  }));
}

/** The template of an import: its columns and an example whose references name the first record the user sees. */
export async function importTemplate(db: Db, user: Actor, name: Importable, resource: Resource): Promise<ImportTemplate> {
  const example = { ...EXAMPLES[name] };
  for (const [field, target] of Object.entries(resource.references)) {
    if (!resource.fields[field].isRequired) continue;
    const first = await looseDb(db).selectFrom(target().table).select('id').where(scopeWhere(scopeOf(user, target().name))).orderBy('id').limit(1).executeTakeFirst();
    if (first) example[field] = String(first.id);
  }
  return { resource: name, columns: importColumns(resource), example };
}
