import type { Kysely } from 'kysely';

/**
 * Sign-in failures are now counted per email and address, per address and per account
 * (`pair:`, `address:`, `account:`, `password:` keys): the counts under the old `email:` and
 * `ip:` keys are never read again and go.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('signInFailures')
    .where((eb) => eb.or([eb('key', 'like', 'email:%'), eb('key', 'like', 'ip:%')]))
    .execute();
}

/** Nothing to restore: the old counts were only ever temporary. */
export async function down(): Promise<void> {}
