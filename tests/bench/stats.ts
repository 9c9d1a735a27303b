/**
 * The dashboards' aggregates timed over HTTP: every `/api/stats/*` endpoint with its default
 * period, sequentially, as a signed-in administrator (the widest scope, so the most rows).
 * Called by bench.ts on the data set it generates; on its own against an existing database:
 * `npx tsx tests/bench/stats.ts --database sqlite:/tmp/large.db [--iterations 50]` (adds a bench
 * administrator to that database).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import type { StatsName } from '../../server/stats/types.ts';
import { call, measure, percentile, type Limits } from './measure.ts';
import { startOurServer, type OurServer } from './our-server.ts';

/** Each endpoint once, with the parameters a dashboard sends by default. */
export const STATS_REQUESTS: { name: StatsName; query: string }[] = [
  { name: 'ratings-trend', query: '' },
  { name: 'ratings-trend', query: '?by=center&regionId=1' },
  { name: 'rating-distribution', query: '' },
  { name: 'falling-centers', query: '' },
  { name: 'audits-due', query: '' },
  { name: 'corrective-actions-age', query: '' },
  { name: 'work-order-volume', query: '' },
  { name: 'work-order-volume', query: '?from=2000-01-01' },
  { name: 'authorization-queue', query: '' },
  { name: 'unauthorized-attempts', query: '' },
  { name: 'overdue-findings', query: '' },
  { name: 'insurance-expiring', query: '' },
  { name: 'devices-past-grace', query: '' },
  { name: 'unlock-codes-by-state', query: '' },
  { name: 'onboarding-funnel', query: '' },
  { name: 'went-live', query: '' },
];

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Times every stats request against a running server and prints p50 / p95 per request. */
export async function benchStats(ours: OurServer, limits: Limits): Promise<void> {
  const rows: string[][] = [];
  for (const { name, query } of STATS_REQUESTS) {
    const samples = await measure(() => call(`${ours.url}/api/stats/${name}${query}`, { headers: ours.headers }, { status: 200 }), limits);
    rows.push([`${name}${query}`, samples.error ? 'failed' : ms(percentile(samples.ms, 50)), samples.error ? samples.error : ms(percentile(samples.ms, 95)), String(samples.ms.length)]);
  }
  const header = ['stats endpoint (admin, default period)', 'p50', 'p95', 'samples'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  const { values } = parseArgs({ options: { database: { type: 'string' }, iterations: { type: 'string', default: '50' } } });
  if (!values.database) throw new Error('--database sqlite:<file> is required');
  const iterations = Number(values.iterations);
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new Error('--iterations must be a positive whole number');
  const database = openDatabase(values.database);
  await migrateToLatest(database.db);
  const ours = await startOurServer(database);
  try {
    await benchStats(ours, { warmUp: 3, iterations, budgetMs: 10_000, minIterations: 5 });
  } finally {
    await ours.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
