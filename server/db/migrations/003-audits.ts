import type { Kysely } from 'kysely';
import { fk, index, req, table } from './builders.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A template record's `version` is the template's version (immutable once used), not an edit counter.
  await db.schema
    .createTable('auditTemplates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'auditTemplates', ['key', 'version'], true);

  await table(db, 'audits', {
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    templateId: ['integer', fk('auditTemplates', true)],
    kind: ['text', req],
    amendsAuditId: ['integer', fk('audits')],
    auditor: ['text', req],
    auditDate: ['text', req],
    answers: ['text', req],
    notes: ['text'],
    status: ['text', req],
    score: ['double precision'],
    rawScore: ['double precision'],
    band: ['text'],
    nextAuditDue: ['text'],
    criticalFailure: ['integer'],
    sectionResults: ['text'],
    submittedAt: ['text'],
    submittedBy: ['text'],
  });
  for (const cols of [['serviceCenterId', 'auditDate'], ['templateId'], ['amendsAuditId'], ['auditDate'], ['status'], ['kind'], ['score']]) {
    await index(db, 'audits', cols);
  }

  await table(db, 'findings', {
    auditId: ['integer', fk('audits', true)],
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    itemKey: ['text', req],
    requirement: ['text', req],
    severity: ['text', req],
    title: ['text', req],
    detail: ['text'],
    escalatedFrom: ['text'],
  });
  for (const cols of [['auditId'], ['serviceCenterId'], ['severity']]) await index(db, 'findings', cols);

  await table(db, 'correctiveActions', {
    findingId: ['integer', fk('findings', true)],
    auditId: ['integer', fk('audits', true)],
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    severity: ['text', req],
    description: ['text', req],
    owner: ['text'],
    dueDate: ['text'],
    evidence: ['text'],
    status: ['text', req],
    closedAt: ['text'],
  });
  for (const cols of [['findingId'], ['auditId'], ['serviceCenterId', 'status'], ['dueDate'], ['status']]) {
    await index(db, 'correctiveActions', cols);
  }

  await table(db, 'ratings', {
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    computedAt: ['text', req],
    score: ['double precision'],
    stars: ['double precision'],
    grade: ['text'],
    methodologyVersion: ['text', req],
    explanation: ['text', req],
    inputs: ['text', req],
  });
  await index(db, 'ratings', ['serviceCenterId', 'computedAt']);
  await index(db, 'ratings', ['computedAt']);

  for (const [column, type] of [['rating', 'double precision'], ['ratingStars', 'double precision'], ['ratingGrade', 'text'], ['ratedAt', 'text']] as const) {
    await db.schema.alterTable('serviceCenters').addColumn(column, type).execute();
  }
  await index(db, 'serviceCenters', ['rating']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('serviceCenters_rating').execute();
  for (const column of ['rating', 'ratingStars', 'ratingGrade', 'ratedAt']) {
    await db.schema.alterTable('serviceCenters').dropColumn(column).execute();
  }
  for (const name of ['ratings', 'correctiveActions', 'findings', 'audits', 'auditTemplates']) await db.schema.dropTable(name).execute();
}
