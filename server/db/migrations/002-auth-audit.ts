import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('regionId', 'integer', (c) => c.references('regions.id'))
    .addColumn('serviceCenterId', 'integer', (c) => c.references('serviceCenters.id'))
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('passwordHash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_email_unique').on('users').column('email').unique().execute();
  await db.schema.createIndex('users_role').on('users').column('role').execute();
  await db.schema.createIndex('users_regionId').on('users').column('regionId').execute();
  await db.schema.createIndex('users_serviceCenterId').on('users').column('serviceCenterId').execute();

  // The cookie holds a random token; only its SHA-256 is stored.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('userId', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('lastSeenAt', 'text', (c) => c.notNull())
    .addColumn('revokedAt', 'text')
    .execute();
  await db.schema.createIndex('sessions_userId').on('sessions').column('userId').execute();

  // Failed sign-ins per key ("email:<address>" or "ip:<address>").
  await db.schema
    .createTable('signInFailures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('firstFailureAt', 'text', (c) => c.notNull())
    .addColumn('lockedUntil', 'text')
    .execute();

  // Append-only: no route updates or deletes it.
  await db.schema
    .createTable('auditLog')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('userId', 'integer', (c) => c.references('users.id'))
    .addColumn('userName', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('recordId', 'integer')
    .addColumn('summary', 'text')
    .addColumn('diff', 'text')
    .execute();
  await db.schema.createIndex('auditLog_resource_recordId').on('auditLog').columns(['resource', 'recordId']).execute();
  await db.schema.createIndex('auditLog_userId').on('auditLog').column('userId').execute();
  await db.schema.createIndex('auditLog_at').on('auditLog').column('at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['auditLog', 'signInFailures', 'sessions', 'users']) await db.schema.dropTable(name).execute();
}
