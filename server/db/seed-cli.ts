import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readConfig } from '../config.ts';
import { openDatabase, type Db } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { DEFAULT_SEED, DEMO_TABLES, generateDemoData } from './demo-data/seed.ts';
import { deleteAllRows } from './demo-data/reset.ts';
import { SCALES, type ScaleName } from './demo-data/scale.ts';

const USAGE = 'Usage: npm run seed -- [--scale demo|large] [--reset] [--seed N]';

function parse() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'demo' },
      reset: { type: 'boolean', default: false },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!(values.scale in SCALES)) throw new Error(`Unknown scale "${values.scale}". ${USAGE}`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number. ${USAGE}`);
  return { scale: values.scale as ScaleName, reset: values.reset, seed };
}

async function rowsPresent(db: Db): Promise<string[]> {
  const filled: string[] = [];
  for (const table of DEMO_TABLES) {
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) filled.push(table);
  }
  return filled;
}

async function main() {
  const options = parse();
  const database = openDatabase(readConfig().databaseUrl);
  try {
    await migrateToLatest(database.db);
    const filled = await rowsPresent(database.db);
    if (filled.length && !options.reset) {
      console.error(`${database.description} already holds data (${filled.join(', ')}). Run again with --reset to delete every row first.`);
      process.exitCode = 1;
      return;
    }
    if (options.reset) {
      const deleted = await deleteAllRows(database.db);
      const total = Object.values(deleted).reduce((a, b) => a + b, 0);
      console.log(`Deleted ${total.toLocaleString('en-US')} rows from ${database.description}.`);
      if (deleted.users) console.log(`User accounts were deleted too: create an administrator with npm run create-admin.`);
    }

    console.log(`Generating the ${options.scale} data set (seed ${options.seed}) into ${database.description}`);
    const bar = new cliProgress.SingleBar(
      { format: ' {bar} {percentage}% | {value}/{total} | {stage}', hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1, 0, { stage: 'planning' });
    const summary = await generateDemoData(database.db, {
      scale: options.scale,
      seed: options.seed,
      onProgress: (done, total, stage) => {
        bar.setTotal(total);
        bar.update(done, { stage: stage === 'planning' ? 'planning (customers)' : stage });
      },
    });
    bar.stop();

    const width = Math.max(...Object.keys(summary.counts).map((t) => t.length));
    for (const [table, count] of Object.entries(summary.counts)) {
      console.log(`  ${table.padEnd(width)}  ${count.toLocaleString('en-US').padStart(9)}`);
    }
    console.log(`${summary.totalRows.toLocaleString('en-US')} rows around ${summary.today} in ${(summary.elapsedMs / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
