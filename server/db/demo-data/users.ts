import type { Db } from '../database.ts';
import { hashPassword } from '../../auth/passwords.ts';
import type { Role } from '../../auth/roles.ts';

export const DEMO_PASSWORD = 'demo-pass-1';

/**
 * One demo login per role, all with DEMO_PASSWORD, and a second center login so that isolation
 * shows; the center logins are on the given (live) centers. Created only with demo data.
 */
export async function insertDemoUsers(db: Db, now: string, [center, center2]: number[]): Promise<number> {
  const region = await db.selectFrom('regions').select('id').orderBy('id').executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: { name: string; email: string; role: Role; regionId?: number; serviceCenterId?: number }[] = [
    { name: 'Alex Admin', email: 'admin@example.com', role: 'admin' },
    { name: 'Casey Compliance', email: 'compliance@example.com', role: 'compliance' },
    { name: 'Olivia Onboarding', email: 'onboarding@example.com', role: 'onboarding' },
    { name: 'Riley Regional', email: 'regional@example.com', role: 'regional-manager', regionId: region.id },
    { name: 'Sam Center', email: 'center@example.com', role: 'center-staff', serviceCenterId: center },
    { name: 'Jordan Center', email: 'center2@example.com', role: 'center-staff', serviceCenterId: center2 },
  ];
  await db
    .insertInto('users')
    .values(users.map((u) => ({ regionId: null, serviceCenterId: null, ...u, active: 1, passwordHash, createdAt: now, updatedAt: now, version: 1 })))
    .execute();
  return users.length;
}
