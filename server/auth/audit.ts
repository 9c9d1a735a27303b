import type { Db } from '../db/database.ts';

export type Diff = Record<string, [before: unknown, after: unknown]>;

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/** Field-level difference between two versions of a record (server bookkeeping left out). */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Diff {
  const diff: Diff = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) diff[key] = [a, b];
  }
  return diff;
}

export interface AuditEntry {
  userId: number | null;
  userName: string | null;
  action: string;
  resource: string;
  recordId?: number | null;
  summary?: string;
  diff?: Diff;
}

/** The audit-log row of an entry, as stored. */
const auditRow = (entry: AuditEntry, now: Date) => ({
  at: now.toISOString(),
  userId: entry.userId,
  userName: entry.userName,
  action: entry.action,
  resource: entry.resource,
  recordId: entry.recordId ?? null,
  summary: entry.summary ?? null,
  diff: entry.diff ? JSON.stringify(entry.diff) : null,
});

/** Appends one row to the audit log; call it inside the transaction of the change it records. */
export async function writeAudit(db: Db, entry: AuditEntry, now = new Date()) {
  await db.insertInto('auditLog').values(auditRow(entry, now)).execute();
}

/** Rows per insert of a bulk write: 8 values each, far under PostgreSQL's and SQLite's limits on a statement's parameters. */
const ROWS_PER_INSERT = 500;

/**
 * The audit-log rows of a bulk write (an import), kept until `flush` appends them in a few
 * multi-row inserts, inside the transaction of the changes they record: the same rows as one
 * `writeAudit` each, without a round trip per record.
 */
export class AuditBatch {
  private readonly rows: ReturnType<typeof auditRow>[] = [];

  add(entry: AuditEntry, now: Date) {
    this.rows.push(auditRow(entry, now));
  }

  async flush(db: Db) {
    const rows = this.rows.splice(0);
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) await db.insertInto('auditLog').values(rows.slice(start, start + ROWS_PER_INSERT)).execute();
  }
}
