import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { followReportingDeadlines } from './deadlines-job.ts';

/** `npm run reporting`: creates the lockouts owed to the states and marks late obligations overdue (safe to run any number of times). */
async function main() {
  const database = openDatabase(readConfig().databaseUrl);
  try {
    await migrateToLatest(database.db);
    const counts = await followReportingDeadlines(database.db);
    console.log(`Reporting deadlines in ${database.description}: ${counts.lockouts} lockouts to report, ${counts.overdue} obligations now overdue`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
