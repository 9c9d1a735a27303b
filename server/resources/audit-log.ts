import { z } from 'zod';
import { defineResource } from './define.ts';
import { datetime, int, json, ref, text, type RecordOf } from './fields.ts';
import { users } from './users.ts';

/** Who changed what, when: written by the server in the transaction of each change; append-only. */
export const auditLog = defineResource({
  name: 'audit-log',
  table: 'auditLog',
  baseColumns: { id: 'int' },
  readOnly: true,
  fields: {
    at: datetime().required(),
    userId: ref(() => users),
    /** The user's name when they acted (names change; the log keeps what was true then). */
    userName: text(100),
    action: text(40).required(),
    resource: text(40).required(),
    recordId: int(1),
    summary: text(500),
    diff: json(z.record(z.string(), z.tuple([z.unknown(), z.unknown()]))),
  },
  search: ['action', 'resource', 'summary', 'userName'],
});

export type AuditLogEntry = RecordOf<typeof auditLog.fields>;
