import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { today } from '../../dates.ts';
import { queueReminders } from './reminders.ts';

/** `npm run reminders [-- YYYY-MM-DD]`: queues today's reminders (safe to run any number of times). */
async function main() {
  const day = process.argv[2] ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Usage: npm run reminders [-- YYYY-MM-DD], got "${day}"`);
  const database = openDatabase(readConfig().databaseUrl);
  try {
    await migrateToLatest(database.db);
    const counts = await queueReminders(database.db, day);
    console.log(`Reminders for ${day} in ${database.description}:`);
    for (const [kind, count] of Object.entries(counts)) console.log(`  ${kind.padEnd(22)} ${count} queued`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
