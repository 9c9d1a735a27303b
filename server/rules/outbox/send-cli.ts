import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { sendQueued } from './sender.ts';
import { LogFileTransport } from './transport.ts';

/** `npm run outbox:send`: sends every queued message once through the configured transport. */
async function main() {
  const config = readConfig();
  const database = openDatabase(config.databaseUrl);
  const transport = new LogFileTransport(config.outboxLog);
  try {
    await migrateToLatest(database.db);
    const total = { sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const run = await sendQueued(database.db, transport, { limit: 200 });
      total.sent += run.sent;
      total.retrying += run.retrying;
      total.failed += run.failed;
      if (run.sent + run.retrying + run.failed === 0) break;
      if (run.retrying) break; // the transport is failing: the next run tries again
    }
    console.log(`Outbox via ${transport.description}: ${total.sent} sent, ${total.retrying} to retry, ${total.failed} failed.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
