import type { CreateTableBuilder, Kysely } from 'kysely';

// Column types valid on SQLite and PostgreSQL alike; booleans are stored as 0/1 integers and
// dates/timestamps as ISO-8601 text so that comparisons and sorts agree on both.
export type ColumnType = 'integer' | 'double precision' | 'text';
export type Columns = Record<string, [type: ColumnType, options?: { notNull?: boolean; references?: string }]>;

export const req = { notNull: true };
export const fk = (target: string, notNull = false) => ({ notNull, references: target });

/** A table with the server's bookkeeping columns (id, createdAt, updatedAt, version) and these. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function table(db: Kysely<any>, name: string, columns: Columns) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let builder: CreateTableBuilder<string, any> = db.schema
    .createTable(name)
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
  for (const [column, [type, options = {}]] of Object.entries(columns)) {
    builder = builder.addColumn(column, type, (c) => {
      let col = options.notNull ? c.notNull() : c;
      if (options.references) col = col.references(`${options.references}.id`);
      return col;
    });
  }
  await builder.execute();
}

/** An index named `<table>_<columns>` (plus `_unique`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function index(db: Kysely<any>, name: string, columns: string[], unique = false) {
  let builder = db.schema.createIndex(`${name}_${columns.join('_')}${unique ? '_unique' : ''}`).on(name).columns(columns);
  if (unique) builder = builder.unique();
  await builder.execute();
}

/** Nullable columns added to an existing table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function addColumns(db: Kysely<any>, name: string, columns: Columns) {
  for (const [column, [type, options = {}]] of Object.entries(columns)) {
    await db.schema
      .alterTable(name)
      .addColumn(column, type, (c) => (options.references ? c.references(`${options.references}.id`) : c))
      .execute();
  }
}
