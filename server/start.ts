import path from 'node:path';
import type { Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedIfEmpty } from './db/demo-data/seed.ts';
import { buildApp } from './app.ts';
import { buildSpaIfNeeded } from './spa-build.ts';
import { startJobs } from './jobs.ts';
import { outboxJobs } from './rules/outbox/jobs.ts';
import { reportingJobs } from './rules/reporting/jobs.ts';
import { LogFileTransport } from './rules/outbox/transport.ts';
import { paymentJobs } from './rules/payments/jobs.ts';
import { paymentGateway } from './rules/payments/choose.ts';

// What the server's processes do (main.ts decides which process does what): loaded only by the
// processes that need it, so that a supervisor of several workers stays small.

const root = path.resolve(import.meta.dirname, '..');
const staticDir = path.join(root, 'dist');

/** Once, before any process serves: the SPA built, the database migrated and (when empty) filled with demo data; answers where the data lives. */
export async function prepare(config: Config, dev: boolean): Promise<string> {
  if (!dev) await buildSpaIfNeeded(root, staticDir);
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  if (config.demoData) await seedIfEmpty(database.db);
  const anyUser = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!anyUser) console.warn('No users yet: create the first administrator with `npm run create-admin -- --email you@example.org`.');
  await database.close();
  return database.description;
}

/** One serving process: the API (and the built SPA), with the background jobs when it is the one to run them. */
export async function serve(config: Config, dev: boolean, runJobs: boolean) {
  const database = openDatabase(config.databaseUrl);
  const gateway = paymentGateway();
  const app = await buildApp({
    database,
    paymentGateway: gateway,
    staticDir: dev ? undefined : staticDir,
    logger: { level: dev ? 'info' : 'warn' },
    auth: { secureCookie: config.cookieSecure, publicUrl: config.publicUrl },
    trustProxy: config.trustProxy,
  });
  // The background jobs: auto-pay and the reminders hourly, the sender every 30 s, reporting deadlines every 5 minutes.
  const log = (message: string, error?: unknown) => (error ? app.log.error({ err: error }, message) : app.log.info(message));
  const stopJobs = runJobs
    ? startJobs([...paymentJobs(database.db, gateway, log), ...outboxJobs(database.db, new LogFileTransport(config.outboxLog), log), ...reportingJobs(database.db, log)], log)
    : async () => {};
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopJobs().then(() => app.close()).then(() => process.exit(0)));
  }
  await app.listen({ port: config.port, host: config.host });
}

