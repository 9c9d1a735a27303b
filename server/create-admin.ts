import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { hashPassword, passwordProblem } from './auth/passwords.ts';
import { writeAudit } from './auth/audit.ts';

/**
 * `npm run create-admin -- --email a@b.c --name "A B"`: the first administrator of a production
 * database. The password comes from ADMIN_PASSWORD or is asked for on the terminal.
 */
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const email = values.email?.trim().toLowerCase();
const name = values.name?.trim() || 'Administrator';
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('Usage: npm run create-admin -- --email admin@example.org [--name "Full Name"]');
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  password = await terminal.question('Password (at least 8 characters, one number): ');
  terminal.close();
}
const problem = passwordProblem(password);
if (problem) {
  console.error(`Password refused: ${problem}`);
  process.exit(2);
}

const database = openDatabase(readConfig().databaseUrl);
await migrateToLatest(database.db);
const taken = await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
if (taken) {
  console.error(`A user with the email ${email} exists already.`);
  await database.close();
  process.exit(1);
}
const now = new Date().toISOString();
const passwordHash = await hashPassword(password);
await database.db.transaction().execute(async (trx) => {
  const { id } = await trx
    .insertInto('users')
    .values({ name, email, role: 'admin', active: 1, passwordHash, createdAt: now, updatedAt: now, version: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, { userId: null, userName: null, action: 'create', resource: 'users', recordId: id, summary: 'First administrator, from the command line' });
});
console.log(`Administrator ${email} created (${database.description}).`);
await database.close();
