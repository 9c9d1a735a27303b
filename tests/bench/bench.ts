/**
 * `npm run bench -- [--scale large|demo] [--customers N] [--work-orders N] [--centers N] ...`
 * `npm run bench -- --only import`: just the CSV import of 10,000 customers (tests/bench/import-speed.ts).
 * Generates a data set, serves it from our API (SQLite) and from json-server 0.17.4 (the same
 * records in a JSON file), and times the react-admin requests over loopback, sequentially.
 * Bounded: per operation at most --iterations requests or --budget seconds; json-server's writes
 * (it rewrites the whole file on each) at most --json-server-writes. Cleans up after itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { DEMO_TABLES, generateDemoData, rateCenters } from '../../server/db/demo-data/seed.ts';
import { measureEngineSpeed } from '../audits/engine-speed.ts';
import { SCALES, type ScaleName } from '../../server/db/demo-data/scale.ts';
import { RESOURCES } from '../../server/resources/index.ts';
import { exportJson } from './export-json.ts';
import { benchImport } from './import-speed.ts';
import { startJsonServer, type JsonServer } from './json-server-process.ts';
import { call, measure, type Limits, type Request } from './measure.ts';
import { startOurServer, type OurServer } from './our-server.ts';
import { printTable, type Row } from './report.ts';
import { benchStats } from './stats.ts';
import { benchWorstCase } from './worst-case.ts';
import { benchCsvExport } from './csv-export.ts';
import { workOrderWrites, writeInputs } from './work-order-writes.ts';
import { customerSearchTerms } from './search-terms.ts';
import { rssSampler } from './rss.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WATCHDOG_MS = 30 * 60_000;

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'large' },
      centers: { type: 'string' },
      customers: { type: 'string' },
      'work-orders': { type: 'string' },
      seed: { type: 'string', default: '1' },
      iterations: { type: 'string', default: '200' },
      'write-iterations': { type: 'string', default: '100' },
      'json-server-writes': { type: 'string', default: '20' },
      budget: { type: 'string', default: '20' },
      only: { type: 'string' },
    },
  });
  const int = (name: string, raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  if (!(values.scale in SCALES)) throw new Error('--scale must be demo or large');
  if (values.only !== undefined && values.only !== 'import') throw new Error('--only must be import');
  return {
    scale: values.scale as ScaleName,
    counts: {
      ...(values.centers ? { serviceCenters: int('centers', values.centers) } : {}),
      ...(values.customers ? { customers: int('customers', values.customers) } : {}),
      ...(values['work-orders'] ? { workOrders: int('work-orders', values['work-orders']) } : {}),
    },
    seed: int('seed', values.seed) ?? 1,
    iterations: int('iterations', values.iterations) ?? 200,
    writeIterations: int('write-iterations', values['write-iterations']) ?? 100,
    jsonServerWrites: int('json-server-writes', values['json-server-writes']) ?? 20,
    budgetMs: (int('budget', values.budget) ?? 20) * 1000,
    onlyImport: values.only === 'import',
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const opts = options();
  if (opts.onlyImport) return benchImport();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-bench-'));
  const database = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
  let jsonServer: JsonServer | undefined;
  let ours: OurServer | undefined;
  const cleanUp = async () => {
    await jsonServer?.stop();
    if (ours) await ours.close();
    else await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error(`Bench still running after ${WATCHDOG_MS / 60_000} min: stopping.`);
    void cleanUp().finally(() => process.exit(2));
  }, WATCHDOG_MS);
  watchdog.unref();
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  const peakRss = rssSampler();
  try {
    await migrateToLatest(database.db);
    let t = performance.now();
    let lastStage = '';
    const summary = await generateDemoData(database.db, {
      scale: opts.scale,
      seed: opts.seed,
      counts: opts.counts,
      onProgress: (done, total, stage) => {
        if (stage !== lastStage) console.log(`  generating: ${stage} (${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')})`);
        lastStage = stage;
      },
    });
    const workOrders = summary.counts.workOrders;
    console.log(`Generated ${summary.totalRows.toLocaleString('en-US')} rows (${workOrders.toLocaleString('en-US')} work orders) in ${seconds(t)}.`);

    // Ratings: every rated center of the data set again, as POST /api/service-centers/:id/rating does
    // (inputs from SQL over audits, corrective actions and 12 months of work orders, rateCenter, stored).
    const live = await database.db.selectFrom('serviceCenters').select('id').where('onboardingStatus', '=', 'live').execute();
    t = performance.now();
    await rateCenters(database.db, live.map((c) => Number(c.id)), new Date());
    const ratingMs = performance.now() - t;
    console.log(
      `Recomputed ${live.length.toLocaleString('en-US')} center ratings (${(summary.counts.audits ?? 0).toLocaleString('en-US')} audits, SQL inputs + rateCenter + store) in ${seconds(t)}: ${((ratingMs * 1000) / Math.max(1, live.length)).toFixed(0)} µs per center.`,
    );
    const engine = measureEngineSpeed();
    console.log(
      `Audit engine alone (tests/audits/engine-speed.ts, ${engine.centers.toLocaleString('en-US')} centers, ${engine.audits.toLocaleString('en-US')} audits): ` +
        `scoring ${(engine.scoreMs / 1000).toFixed(2)} s (${engine.scorePerAuditMicros.toFixed(0)} µs per audit), ` +
        `rating every center ${engine.rateMs.toFixed(0)} ms (${engine.ratePerCenterMicros.toFixed(1)} µs per center); yardstick ${engine.yardstickMs.toFixed(0)} ms.`,
    );

    t = performance.now();
    const file = path.join(dir, 'db.json');
    const names = RESOURCES.filter((r) => (DEMO_TABLES as readonly string[]).includes(r.table)).map((r) => r.name);
    const records = await exportJson(database.db, file, names);
    console.log(`Exported ${records.toLocaleString('en-US')} records to a ${(fs.statSync(file).size / 1e6).toFixed(0)} MB JSON file in ${seconds(t)}.`);

    t = performance.now();
    jsonServer = await startJsonServer(ROOT, file, 10 * 60_000);
    console.log(`json-server 0.17.4 loaded it in ${seconds(t)}.`);
    ours = await startOurServer(database);
    peakRss.start();

    // Fixed inputs, the same for both servers.
    const writes = await writeInputs(database.db, workOrders);
    const centerId = writes.centerId;
    const ids = Array.from({ length: 997 }, (_, k) => 1 + ((k * 7919) % workOrders));
    const manyIds = (i: number) => Array.from({ length: 25 }, (_, k) => `id=${ids[(i * 25 + k + 1000) % ids.length]}`).join('&');
    const sortedPage = '?_sort=scheduledAt&_order=DESC&_start=0&_end=25';
    const searchTerms = await customerSearchTerms(database.db);
    type Op = { name: string; write: boolean; run: (base: string, headers: Record<string, string>) => Request };
    const ops: Op[] = [
      { name: 'list sorted page', write: false, run: (b, h) => () => call(`${b}/work-orders${sortedPage}`, { headers: h }, { status: 200, length: 25 }) },
      { name: 'list filtered by center', write: false, run: (b, h) => () => call(`${b}/work-orders${sortedPage}&serviceCenterId=${centerId}`, { headers: h }, { status: 200 }) },
      { name: 'getMany 25 ids', write: false, run: (b, h) => (i) => call(`${b}/work-orders?${manyIds(i)}`, { headers: h }, { status: 200, length: 25 }) },
      {
        name: 'customer search q',
        write: false,
        run: (b, h) => (i) => call(`${b}/customers?q=${encodeURIComponent(searchTerms[(i + searchTerms.length) % searchTerms.length])}&_start=0&_end=25`, { headers: h }, { status: 200 }),
      },
      { name: 'getOne', write: false, run: (b, h) => (i) => call(`${b}/work-orders/${ids[(i + 500) % ids.length]}`, { headers: h }, { status: 200 }) },
      ...workOrderWrites(writes).map((op) => ({ ...op, write: true })),
    ];
    const limits = (write: boolean, js: boolean): Limits => ({
      warmUp: write && js ? 1 : 5,
      iterations: write ? (js ? opts.jsonServerWrites : opts.writeIterations) : opts.iterations,
      budgetMs: opts.budgetMs,
      minIterations: 5,
    });

    const rows: Row[] = [];
    for (const op of ops) {
      t = performance.now();
      const oursSamples = await measure(op.run(`${ours.url}/api`, ours.headers), limits(op.write, false));
      const jsSamples = await measure(op.run(jsonServer.url, {}), limits(op.write, true));
      rows.push({ operation: op.name, ours: oursSamples, jsonServer: jsSamples });
      console.log(`  measured ${op.name} in ${seconds(t)}`);
    }
    console.log();
    console.log(`${workOrders.toLocaleString('en-US')} work orders; sequential requests over loopback; our server in-process (SQLite, signed-in admin), json-server in a child process.`);
    console.log(`Reads: ${opts.iterations} requests or ${opts.budgetMs / 1000} s each after 5 warm-ups; our writes: ${opts.writeIterations}; json-server writes capped at ${opts.jsonServerWrites} (it rewrites the whole JSON file on every write).`);
    printTable(rows);
    console.log();
    console.log(
      `Memory (RSS of this process, which generated the data, exported the JSON and runs our server and the client): ${peakRss.startMb()} MB before the requests, ${peakRss.peakMb()} MB at most during them. A server process alone under load: \`npm run load\`.`,
    );
    console.log();
    // The dashboards' aggregates, our server only (json-server has no equivalent).
    await benchStats(ours, { warmUp: 3, iterations: opts.iterations, budgetMs: opts.budgetMs, minIterations: 5 });
    await benchWorstCase(ours, { warmUp: 3, iterations: 30, budgetMs: opts.budgetMs, minIterations: 5 });
    await benchImport();
    await benchCsvExport(ours, `_sort=scheduledAt&_order=DESC&id_lte=${Math.min(workOrders, 100_000)}`);
  } finally {
    peakRss.stop();
    await cleanUp();
    clearTimeout(watchdog);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
});
