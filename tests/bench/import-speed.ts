import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { startOurServer } from './our-server.ts';
import { TEST_POSTGRES_URL, createPostgresDatabase, postgresReachable } from '../server/test-database.ts';

/** The rows of the timed import: 10,000 customers, each different. */
export const IMPORT_ROWS = 10_000;

function customersCsv(jurisdictionId: number, count: number): string {
  const data = Array.from({ length: count }, (_, i) => ({
    firstName: `Bench${i}`,
    lastName: 'Import',
    email: `bench.import.${i}@example.com`,
    phone: '(217) 555-0199',
    street: `${i} Oak Ave`,
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
    jurisdictionId,
    caseNumber: `2026-DUI-${String(i).padStart(5, '0')}`,
    programStart: '2026-01-15',
    paymentPlan: 'monthly',
  }));
  return Papa.unparse(data);
}

/**
 * POST /api/imports/customers of IMPORT_ROWS rows into a fresh database, as an administrator: the
 * dry run (every row validated and written, then rolled back) and the import, each timed over
 * loopback, with the CPU time of the process (the server runs in it; on a shared machine the wall
 * time depends on the other work). Prints the times; throws if either is refused.
 */
async function importInto(label: string, url: string): Promise<void> {
  const database = openDatabase(url);
  await migrateToLatest(database.db);
  const ours = await startOurServer(database);
  const post = (path: string, body: object) => fetch(`${ours.url}/api/${path}`, { method: 'POST', headers: { ...ours.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  try {
    const jurisdiction = (await (await post('jurisdictions', { code: 'IL', name: 'Illinois' })).json()) as { id: number };
    const csv = customersCsv(jurisdiction.id, IMPORT_ROWS);
    for (const dryRun of [true, false]) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const response = await post('imports/customers', { csv, dryRun });
      const ms = performance.now() - t;
      const { user, system } = process.cpuUsage(cpu);
      const body = (await response.json()) as { count?: number; message?: string };
      if (response.status !== (dryRun ? 200 : 201) || body.count !== IMPORT_ROWS) throw new Error(`import refused: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
      console.log(`${label}: ${dryRun ? 'checked (dry run)' : 'imported'} ${IMPORT_ROWS.toLocaleString('en-US')} customers from a ${(csv.length / 1e6).toFixed(1)} MB CSV in ${(ms / 1000).toFixed(2)} s (${((ms * 1000) / IMPORT_ROWS).toFixed(0)} µs per row, audit-log rows included; the server's CPU time ${((user + system) / 1e6).toFixed(2)} s).`);
    }
  } finally {
    await ours.close();
  }
}

/** The import on a temporary SQLite file, then on a temporary PostgreSQL database when one answers (as the tests find it). */
export async function benchImport(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-bench-import-'));
  try {
    await importInto('SQLite', `sqlite:${path.join(dir, 'import.db')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!(await postgresReachable())) {
    console.log(`PostgreSQL not reachable at ${new URL(TEST_POSTGRES_URL).host}: its import skipped.`);
    return;
  }
  const postgres = await createPostgresDatabase();
  try {
    await importInto('PostgreSQL', postgres.url);
  } finally {
    await postgres.drop();
  }
}
