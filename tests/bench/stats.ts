/**
 * The dashboards' aggregates timed over HTTP: every `/api/stats/*` endpoint with its default
 * period, sequentially, as a signed-in administrator (the widest scope, so the most rows).
 * Called by bench.ts on the data set it generates; on its own against an existing database:
 * `npx tsx tests/bench/stats.ts --file /tmp/large.db [--iterations 50]` (e.g. made by
 * `DATABASE_URL=sqlite:/tmp/large.db npm run seed -- --scale large`); it runs on a temporary copy,
 * migrated to the latest schema, and leaves the file as it was; it then times the work-order
 * writes of bench.ts (what keeping the summaries costs a write).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import type { StatsName } from '../../server/stats/types.ts';
import { call, measure, percentile, type Limits } from './measure.ts';
import { startOurServer, type OurServer } from './our-server.ts';
import { workOrderWrites, writeInputs } from './work-order-writes.ts';

/** Each endpoint with its default parameters, and the heavier variants a dashboard may ask for. */
export const statsRequests = (now = new Date()): { name: StatsName; query: string }[] => [
  { name: 'ratings-trend', query: '' },
  { name: 'ratings-trend', query: '?by=center&regionId=1' },
  { name: 'rating-distribution', query: '' },
  { name: 'falling-centers', query: '' },
  { name: 'audits-due', query: '' },
  { name: 'corrective-actions-age', query: '' },
  { name: 'work-order-volume', query: '' },
  { name: 'work-order-volume', query: `?from=${new Date(now.getTime() - 364 * 86_400_000).toISOString().slice(0, 10)}` },
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
  for (const { name, query } of statsRequests()) {
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
  const { values } = parseArgs({ options: { file: { type: 'string' }, iterations: { type: 'string', default: '50' } } });
  if (!values.file) throw new Error('--file <SQLite file> is required');
  const iterations = Number(values.iterations);
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new Error('--iterations must be a positive whole number');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-stats-bench-'));
  try {
    const copy = path.join(dir, 'bench.db');
    fs.copyFileSync(values.file, copy);
    const database = openDatabase(`sqlite:${copy}`);
    const t = performance.now();
    await migrateToLatest(database.db);
    console.log(`Migrated the copy to the latest schema in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    const ours = await startOurServer(database);
    try {
      await benchStats(ours, { warmUp: 3, iterations, budgetMs: 10_000, minIterations: 5 });
      // What keeping the summaries costs every write.
      const total = await database.db.selectFrom('workOrders').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      for (const op of workOrderWrites(await writeInputs(database.db, Number(total.n)))) {
        const samples = await measure(op.run(`${ours.url}/api`, ours.headers), { warmUp: 5, iterations, budgetMs: 10_000, minIterations: 5 });
        console.log(`${op.name}: p50 ${samples.error ? samples.error : ms(percentile(samples.ms, 50))}, p95 ${ms(percentile(samples.ms, 95))} (${samples.ms.length} samples)`);
      }
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
