import type { Db } from '../../server/db/database.ts';
import { api } from './test-server.ts';
import { createRecord, unique } from './fixtures.ts';

type Body = Record<string, unknown>;

/** A customer with a case number and a device of theirs: the facts that enrol them. */
export async function enrollableCustomer(base: string, overrides: Body = {}) {
  const n = unique();
  const customer = await createRecord(base, 'customers', { caseNumber: `CR-2026-${n}`, lastName: `Ortega${n}`, ...overrides });
  const device = await createRecord(base, 'devices', { serial: `HS-${n}`, customerId: customer.id });
  return { customer, device, facts: { caseNumber: String(customer.caseNumber), lastName: String(customer.lastName), deviceSerial: String(device.serial) } };
}

/** A request without a session (the enrolment and link routes are public). */
export const anonymous = (base: string, url: string, body: unknown) => api(base, 'POST', url, body, { cookie: '' });

/** The messages queued to an address, oldest first. */
export const messagesTo = (db: Db, recipient: string) => db.selectFrom('outbox').selectAll().where('recipient', '=', recipient).orderBy('id').execute();

/** The token of the link in a message's body. */
export function tokenIn(body: string): string {
  const match = /\/portal\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`No link in: ${body}`);
  return match[1];
}
