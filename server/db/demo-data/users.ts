import type { Db } from '../database.ts';
import { hashPassword } from '../../auth/passwords.ts';
import type { Role } from '../../auth/roles.ts';

export const DEMO_PASSWORD = 'demo-pass-1';

/**
 * The demo customers with a login: one whose state allows unlock codes (an installed handset, a
 * balance due, auto-pay off) and one in Texas, which does not. The first such customer by id.
 */
async function demoCustomer(db: Db, unlockCodesAllowed: boolean, state?: string) {
  let query = db
    .selectFrom('customers as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdictionId')
    .select(['c.id', 'c.firstName', 'c.lastName'])
    .where('c.status', '=', 'active')
    .where('j.unlockCodesAllowed', '=', unlockCodesAllowed ? 1 : 0)
    .where((eb) => eb.exists(eb.selectFrom('devices as d').select('d.id').whereRef('d.customerId', '=', 'c.id').where('d.status', '=', 'installed').where('d.kind', '=', 'handset')))
    .orderBy('c.id');
  if (state) query = query.where('j.code', '=', state);
  if (unlockCodesAllowed) query = query.where('c.balance', '>', 0).where('c.autoPay', '=', 0);
  return query.executeTakeFirst();
}

/**
 * One demo login per role, all with DEMO_PASSWORD, and a second center login so that isolation
 * shows; the center logins are on the given (live) centers, the customer logins are demo
 * customers' (when the data has one to give). Created only with demo data.
 */
export async function insertDemoUsers(db: Db, now: string, [center, center2]: number[]): Promise<number> {
  const region = await db.selectFrom('regions').select('id').orderBy('id').executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: { name: string; email: string; role: Role; regionId?: number; serviceCenterId?: number; customerId?: number }[] = [
    { name: 'Alex Admin', email: 'admin@example.com', role: 'admin' },
    { name: 'Casey Compliance', email: 'compliance@example.com', role: 'compliance' },
    { name: 'Olivia Onboarding', email: 'onboarding@example.com', role: 'onboarding' },
    { name: 'Riley Regional', email: 'regional@example.com', role: 'regional-manager', regionId: region.id },
    { name: 'Sam Center', email: 'center@example.com', role: 'center-staff', serviceCenterId: center },
    { name: 'Jordan Center', email: 'center2@example.com', role: 'center-staff', serviceCenterId: center2 },
  ];
  for (const [email, customer] of [
    ['customer@example.com', await demoCustomer(db, true)],
    ['customer.tx@example.com', await demoCustomer(db, false, 'TX')],
  ] as const) {
    if (customer) users.push({ name: `${customer.firstName} ${customer.lastName}`, email, role: 'customer', customerId: customer.id });
  }
  await db
    .insertInto('users')
    .values(users.map((u) => ({ regionId: null, serviceCenterId: null, customerId: null, ...u, active: 1, passwordHash, createdAt: now, updatedAt: now, version: 1 })))
    .execute();
  return users.length;
}
