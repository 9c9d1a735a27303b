import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import { forMigrations } from './dialect.ts';
import { ensureMaintainedStructures } from './maintained-structures.ts';
import { RESOURCES } from '../resources/index.ts';
import * as m001 from './migrations/001-core.ts';
import * as m002 from './migrations/002-auth-audit.ts';
import * as m003 from './migrations/003-audits.ts';
import * as m004 from './migrations/004-workflows.ts';
import * as m005stats from './migrations/005-stats-indexes.ts';
import * as m006 from './migrations/006-throttle-keys.ts';
import * as m007 from './migrations/007-audit-log-append-only.ts';
import * as m008 from './migrations/008-due-date-reason.ts';
import * as m009 from './migrations/009-evidence-documents.ts';
import * as m010 from './migrations/010-work-progress.ts';
import * as m011 from './migrations/011-package-receipt.ts';
import * as m012 from './migrations/012-availability.ts';
import * as m013 from './migrations/013-answers-and-verification.ts';
import * as m014 from './migrations/014-customer-accounts.ts';
import * as m015 from './migrations/015-unlock-code-fees.ts';
import * as m016 from './migrations/016-payments.ts';
import * as m017 from './migrations/017-appointment-requests-and-notes.ts';
import * as m018 from './migrations/018-complaints-and-customer-documents.ts';
import * as m019 from './migrations/019-help-and-locator.ts';
import * as m020 from './migrations/020-enrolment-and-contact-preferences.ts';
import * as m021 from './migrations/021-reporting-obligations.ts';
import * as m022 from './migrations/022-checklist-versions.ts';
import * as m023 from './migrations/023-center-completions-index.ts';

const MIGRATIONS: Record<string, Migration> = {
  '001-core': m001,
  '002-auth-audit': m002,
  '003-audits': m003,
  '004-workflows': m004,
  '005-stats-indexes': m005stats,
  '006-throttle-keys': m006,
  '007-audit-log-append-only': m007,
  '008-due-date-reason': m008,
  '009-evidence-documents': m009,
  '010-work-progress': m010,
  '011-package-receipt': m011,
  '012-availability': m012,
  '013-answers-and-verification': m013,
  '014-customer-accounts': m014,
  '015-unlock-code-fees': m015,
  '016-payments': m016,
  '017-appointment-requests-and-notes': m017,
  '018-complaints-and-customer-documents': m018,
  '019-help-and-locator': m019,
  '020-enrolment-and-contact-preferences': m020,
  '021-reporting-obligations': m021,
  '022-checklist-versions': m022,
  '023-center-completions-index': m023,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Applies every pending migration (throws if one fails: it is rolled back), then brings the structures kept from the resources (search indexes, row counts) up to date. */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db: forMigrations(db), provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  await ensureMaintainedStructures(db, RESOURCES);
}
