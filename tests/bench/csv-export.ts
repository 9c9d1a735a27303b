/**
 * A list's CSV export (GET /api/work-orders.csv) of 100,000 work orders, timed over HTTP to the
 * last byte: seconds, rows per second, megabytes, and the growth of the process's memory while
 * it streams (server and client share the process; the client counts rows as the SPA does and keeps nothing).
 * Called by bench.ts (the large set's work orders with the first 100,000 ids, newest first); on its own
 * it generates a data set of 100,000 work orders (demo scale otherwise) and exports all of them:
 * `npx tsx tests/bench/csv-export.ts [--work-orders N]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { generateDemoData } from '../../server/db/demo-data/seed.ts';
import { startOurServer, type OurServer } from './our-server.ts';
import { csvRowCounter } from '../../src/csv/csvRowCounter.ts';

/** Streams one export and prints its figures; throws unless it answers 200 with X-Total-Count rows. */
export async function benchCsvExport(ours: OurServer, query: string): Promise<void> {
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 50);
  try {
    const started = performance.now();
    const response = await fetch(`${ours.url}/api/work-orders.csv?${query}`, { headers: ours.headers });
    if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    const firstByteMs = performance.now() - started;
    const total = Number(response.headers.get('x-total-count'));
    const count = csvRowCounter();
    let lines = 0;
    let bytes = 0;
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.length;
      lines = count(read.value);
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = lines - 1;
    if (rows !== total) throw new Error(`export wrote ${rows} rows, X-Total-Count said ${total}`);
    console.log(
      `CSV export of ${rows.toLocaleString('en-US')} work orders (${query}): ${seconds.toFixed(2)} s, ` +
        `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s, ${(bytes / 1e6).toFixed(1)} MB, first byte after ${firstByteMs.toFixed(0)} ms, ` +
        `process memory +${((rssPeak - rssBefore) / 1e6).toFixed(0)} MB at most.`,
    );
  } finally {
    clearInterval(sampler);
  }
}

async function main() {
  const { values } = parseArgs({ options: { 'work-orders': { type: 'string', default: '100000' } } });
  const workOrders = Number(values['work-orders']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-csv-export-'));
  try {
    const database = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
    await migrateToLatest(database.db);
    const t = performance.now();
    await generateDemoData(database.db, { scale: 'demo', counts: { workOrders } });
    console.log(`Generated ${workOrders.toLocaleString('en-US')} work orders in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    const ours = await startOurServer(database);
    try {
      await benchCsvExport(ours, '_sort=scheduledAt&_order=DESC');
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
