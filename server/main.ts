import path from 'node:path';
import { readConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedIfEmpty } from './db/demo-data/seed.ts';
import { buildApp } from './app.ts';
import { buildSpaIfNeeded } from './spa-build.ts';
import { startJobs } from './jobs.ts';
import { outboxJobs } from './rules/outbox/jobs.ts';
import { LogFileTransport } from './rules/outbox/transport.ts';
import { paymentJobs } from './rules/payments/jobs.ts';
import { paymentGateway } from './rules/payments/choose.ts';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const config = readConfig(dev ? { API_PORT: '3001', PUBLIC_URL: 'http://localhost:5173', ...process.env, PORT: process.env.API_PORT ?? '3001' } : process.env);
const staticDir = path.join(root, 'dist');

if (!dev) await buildSpaIfNeeded(root, staticDir);
const database = openDatabase(config.databaseUrl);
await migrateToLatest(database.db);
if (config.demoData) await seedIfEmpty(database.db);
const anyUser = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
if (!anyUser) console.warn('No users yet: create the first administrator with `npm run create-admin -- --email you@example.org`.');

const gateway = paymentGateway();
const app = await buildApp({
  database,
  paymentGateway: gateway,
  staticDir: dev ? undefined : staticDir,
  logger: { level: dev ? 'info' : 'warn' },
  auth: { secureCookie: config.cookieSecure, publicUrl: config.publicUrl },
  trustProxy: config.trustProxy,
});
// The background jobs: auto-pay and the reminders hourly, the sender every 30 s; OUTBOX_DISABLED=1 when another process runs them.
const log = (message: string, error?: unknown) => (error ? app.log.error({ err: error }, message) : app.log.info(message));
const stopJobs = config.outboxDisabled
  ? async () => {}
  : startJobs([...paymentJobs(database.db, gateway, log), ...outboxJobs(database.db, new LogFileTransport(config.outboxLog), log)], log);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopJobs().then(() => app.close()).then(() => process.exit(0)));
}
await app.listen({ port: config.port, host: config.host });
console.log(
  dev
    ? `Interlock Back Office API on port ${config.port} (${database.description}); the app with hot reload: http://localhost:5173/`
    : `Interlock Back Office: http://localhost:${config.port}/ (${database.description})`,
);
