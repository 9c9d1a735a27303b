import { buildApp } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import type { Database } from '../../server/db/database.ts';

const ADMIN = { email: 'bench@bench.local', password: 'bench-pass-1' };

export interface OurServer {
  url: string;
  /** Headers every request sends: the admin's session cookie and the anti-CSRF header. */
  headers: Record<string, string>;
  close(): Promise<void>;
}

/** Our API on the given database, on a loopback port, signed in as an administrator. */
export async function startOurServer(database: Database): Promise<OurServer> {
  const now = new Date().toISOString();
  await database.db
    .insertInto('users')
    .values({ name: 'Bench Admin', email: ADMIN.email, role: 'admin', active: 1, passwordHash: await hashPassword(ADMIN.password), createdAt: now, updatedAt: now, version: 1 })
    .execute();
  const app = await buildApp({ database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('our server has no address');
  const url = `http://127.0.0.1:${address.port}`;
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify(ADMIN),
  });
  if (response.status !== 200) throw new Error(`bench sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie()[0].split(';')[0];
  return { url, headers: { cookie, 'x-requested-with': 'XMLHttpRequest' }, close: () => app.close() };
}
