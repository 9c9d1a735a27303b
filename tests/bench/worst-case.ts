/**
 * The most expensive list request the caps of server/rest/list-limits.ts still allow, timed over
 * HTTP: work orders (the largest table) with every `_like` value on the longest text field, each
 * of the longest term that matches nothing (a full scan per term), a `q` of the same length, and
 * the most `_gte` bounds, with a counted page. Called by bench.ts; on its own against an existing
 * database: `npx tsx tests/bench/worst-case.ts --file /tmp/demo.db` (e.g. made by
 * `DATABASE_URL=sqlite:/tmp/demo.db npm run seed`); it runs on a temporary copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { MAX_LIKE_TERMS, MAX_OR_VALUES, MAX_TERM_LENGTH } from '../../server/rest/list-limits.ts';
import { call, measure, percentile, type Limits } from './measure.ts';
import { startOurServer, type OurServer } from './our-server.ts';

/** A term of the longest length that no note contains. */
const term = (i: number) => `zq${i}`.padEnd(MAX_TERM_LENGTH, 'x');

/** The capped worst case: MAX_LIKE_TERMS notes_like terms, a q, MAX_OR_VALUES cost_gte bounds, a counted page. */
export const worstCaseQuery = (): string =>
  [
    '_sort=scheduledAt&_order=DESC&_start=0&_end=25',
    ...Array.from({ length: MAX_LIKE_TERMS }, (_, i) => `notes_like=${term(i)}`),
    `q=${term(MAX_LIKE_TERMS)}`,
    ...Array.from({ length: MAX_OR_VALUES }, (_, i) => `cost_gte=${100_000 + i}`),
  ].join('&');

/** Times the capped worst case against a running server and prints p50 / p95 / max. */
export async function benchWorstCase(ours: OurServer, limits: Limits): Promise<void> {
  const samples = await measure(() => call(`${ours.url}/api/work-orders?${worstCaseQuery()}`, { headers: ours.headers }, { status: 200, length: 0 }), limits);
  if (samples.error) throw new Error(`worst case failed: ${samples.error}`);
  const ms = (p: number) => `${percentile(samples.ms, p).toFixed(1)} ms`;
  console.log(`Capped worst-case list request (${MAX_LIKE_TERMS} notes_like + q of ${MAX_TERM_LENGTH} characters, ${MAX_OR_VALUES} cost_gte, counted page): p50 ${ms(50)}, p95 ${ms(95)}, max ${ms(100)} over ${samples.ms.length} requests.`);
}

async function main() {
  const { values } = parseArgs({ options: { file: { type: 'string' }, iterations: { type: 'string', default: '30' } } });
  if (!values.file) throw new Error('--file <SQLite file> is required');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-worst-case-'));
  try {
    const copy = path.join(dir, 'bench.db');
    fs.copyFileSync(values.file, copy);
    const database = openDatabase(`sqlite:${copy}`);
    await migrateToLatest(database.db);
    const ours = await startOurServer(database);
    try {
      await benchWorstCase(ours, { warmUp: 3, iterations: Number(values.iterations), budgetMs: 20_000, minIterations: 5 });
    } finally {
      await ours.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
