import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { backupDatabase, defaultBackupFile, restoreDatabase, sqliteFile } from './backup.ts';

/**
 * `npm run backup [-- --out FILE]`: a consistent copy of the SQLite database named by DATABASE_URL,
 * taken while the server runs (default backups/interlock-<time>.db).
 * `npm run restore FILE`: replaces that database by a backup (stop the server first).
 */
const USAGE = 'Usage: npm run backup [-- --out FILE] | npm run restore FILE';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({ args: rest, options: { out: { type: 'string' }, help: { type: 'boolean', default: false } }, allowPositionals: true });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const database = sqliteFile(readConfig().databaseUrl);
  if (command === 'backup' && positionals.length === 0) {
    const { file, bytes } = backupDatabase(database, values.out ?? defaultBackupFile());
    console.log(`Backup of ${database} written to ${file} (${bytes} bytes).`);
  } else if (command === 'restore' && positionals.length === 1 && values.out === undefined) {
    const { file, bytes } = restoreDatabase(positionals[0], database);
    console.log(`${file} restored from ${positionals[0]} (${bytes} bytes); start the server to bring it up to the current migrations.`);
  } else {
    console.error(USAGE);
    process.exit(2);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
