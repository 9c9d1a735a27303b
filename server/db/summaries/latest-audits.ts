import { sql, type RawBuilder } from 'kysely';
import type { Transaction } from '../database.ts';
import { createSummaryTable, createSummaryTrigger, type SummaryTrigger } from './triggers.ts';

/**
 * Each center's latest submitted (or closed) audit, by audit date then id, with its band and the
 * date its next audit is due: what the audits due read instead of ranking every audit. Kept by
 * triggers on `audits` (the center's row is looked up again when one of its audits changes).
 */
export const LATEST_AUDITS = 'latestAudits';

const COUNTED_STATUSES = ['submitted', 'closed'];
export const latestAuditsDefinition = `v1:${COUNTED_STATUSES.join(',')}`;

const table = sql.table(LATEST_AUDITS);
const COLUMNS = sql`"serviceCenterId", "auditId", "auditDate", "band", "nextAuditDue"`;

/** The latest counted audit of the centers `where` selects. */
const latestOf = (where: RawBuilder<unknown>) => sql`select "serviceCenterId", "id", "auditDate", "band", "nextAuditDue" from (
    select "serviceCenterId", "id", "auditDate", "band", "nextAuditDue",
      row_number() over (partition by "serviceCenterId" order by "auditDate" desc, "id" desc) as "rn"
    from "audits" where "serviceCenterId" is not null and "status" in (${sql.join(COUNTED_STATUSES.map((status) => sql.lit(status)))}) and ${where}
  ) as "ranked" where "rn" = 1`;

/** Looks a center's row up again (`row`: the audit's row before or after the write). */
const refresh = (row: 'new' | 'old') => {
  const center = sql`${sql.raw(row)}."serviceCenterId"`;
  return [sql`delete from ${table} where "serviceCenterId" = ${center}`, sql`insert into ${table} (${COLUMNS}) ${latestOf(sql`"serviceCenterId" = ${center}`)}`];
};

const LOCK = 3;
const of = ['serviceCenterId', 'status', 'auditDate', 'band', 'nextAuditDue'];
const changed = sql`(${sql.join(
  of.map((column) => sql`new.${sql.ref(column)} is distinct from old.${sql.ref(column)}`),
  sql` or `,
)})`;
const triggers = (): SummaryTrigger[] => [
  { name: 'audits_latest_insert', table: 'audits', timing: 'after', event: 'insert', lock: { key: LOCK, ids: [sql`new."serviceCenterId"`] }, body: refresh('new') },
  { name: 'audits_latest_delete', table: 'audits', timing: 'after', event: 'delete', lock: { key: LOCK, ids: [sql`old."serviceCenterId"`] }, body: refresh('old') },
  {
    name: 'audits_latest_update',
    table: 'audits',
    timing: 'after',
    event: 'update',
    of,
    when: changed,
    lock: { key: LOCK, ids: [sql`old."serviceCenterId"`, sql`new."serviceCenterId"`] },
    body: [...refresh('old'), ...refresh('new')],
  },
];

/** (Re)creates the summary from the audits and the triggers keeping it. */
export async function buildLatestAudits(trx: Transaction): Promise<void> {
  await createSummaryTable(trx, LATEST_AUDITS, sql`"serviceCenterId" integer not null, "auditId" integer not null, "auditDate" text, "band" text, "nextAuditDue" text`, ['serviceCenterId']);
  await sql`create index ${sql.id(`${LATEST_AUDITS}_nextAuditDue`)} on ${table} ("nextAuditDue")`.execute(trx);
  await sql`insert into ${table} (${COLUMNS}) ${latestOf(sql`1 = 1`)}`.execute(trx);
  for (const trigger of triggers()) await createSummaryTrigger(trx, trigger);
}
