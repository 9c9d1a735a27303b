import type { Transaction } from '../../db/database.ts';
import type { VersionFacts } from './versions.ts';

const FACTS = ['id', 'key', 'version', 'kind', 'title', 'status'] as const;

/** One stored template version, as the rules see it. */
export const templateFacts = (trx: Transaction, id: number): Promise<VersionFacts | undefined> =>
  trx.selectFrom('auditTemplates').select(FACTS).where('id', '=', id).executeTakeFirst();

/** The checklist new audits of a kind use: the one published last. */
export const currentTemplate = (trx: Transaction, kind: string): Promise<VersionFacts | undefined> =>
  trx.selectFrom('auditTemplates').select(FACTS).where('kind', '=', kind).where('status', '=', 'published').orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();

/** Every stored version of a checklist key. */
export const versionsOf = (trx: Transaction, key: string): Promise<VersionFacts[]> =>
  trx.selectFrom('auditTemplates').select(FACTS).where('key', '=', key).orderBy('version').execute();
