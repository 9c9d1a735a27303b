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

/** Appends one row to the audit log; call it inside the transaction of the change it records. */
export async function writeAudit(db: Db, entry: AuditEntry, now = new Date()) {
  await db
    .insertInto('auditLog')
    .values({
      at: now.toISOString(),
      userId: entry.userId,
      userName: entry.userName,
      action: entry.action,
      resource: entry.resource,
      recordId: entry.recordId ?? null,
      summary: entry.summary ?? null,
      diff: entry.diff ? JSON.stringify(entry.diff) : null,
    })
    .execute();
}
