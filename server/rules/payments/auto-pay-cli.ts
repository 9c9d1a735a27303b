import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { today } from '../../dates.ts';
import { runAutoPay } from './auto-pay.ts';
import { paymentGateway } from './choose.ts';

/** `npm run autopay [-- YYYY-MM-DD]`: charges the automatic payments due on that day (safe to run any number of times). */
async function main() {
  const day = process.argv[2] ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Usage: npm run autopay [-- YYYY-MM-DD], got "${day}"`);
  const database = openDatabase(readConfig().databaseUrl);
  const gateway = paymentGateway();
  try {
    await migrateToLatest(database.db);
    const counts = await runAutoPay(database.db, gateway, day, { log: (message, error) => console.error(message, error) });
    console.log(`Auto-pay for ${day} in ${database.description} via ${gateway.description}:`);
    for (const [outcome, count] of Object.entries(counts)) console.log(`  ${outcome.padEnd(12)} ${count}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
