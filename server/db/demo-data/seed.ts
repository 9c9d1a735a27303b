import type { Db } from '../database.ts';
import { generateCenters } from './centers.ts';
import { generateClosures } from './closures.ts';
import { Clock } from './clock.ts';
import { generateCustomers } from './customers.ts';
import { planPortalWeek } from './portal-week.ts';
import { generateDevices } from './devices.ts';
import { generateDocuments } from './documents.ts';
import { insertRows } from './insert.ts';
import { generateInstallers } from './installers.ts';
import { Random } from './random.ts';
import { referenceData } from './reference-data.ts';
import type { Row } from './row.ts';
import { SCALES, type ScaleCounts, type ScaleName } from './scale.ts';
import { generateShipments, insertDemoOutbox, listPackedSerials } from './shipments.ts';
import { generateWorkOrders, workOrderRow } from './work-orders.ts';
import { insertDemoUsers } from './users.ts';
import { insertDemoUnlockCodes } from './unlock-codes.ts';
import { insertDemoPayments } from './payments.ts';
import type { VisitContext } from './visits.ts';
import { insertDemoAudits } from './audits.ts';
import { insertDemoRefusals } from './refusals.ts';
import { insertDemoLateRecords } from './late-records.ts';
import { insertDemoHelpArticles } from './help/insert.ts';
import { insertDemoPortalRequests } from './portal-requests.ts';
import { insertDemoComplaints } from './complaints.ts';
import { insertDemoReportingObligations } from './reporting-obligations.ts';
import { recomputeCenterRatings } from '../../audits/rating.ts';
import { isUniqueViolation } from '../dialect.ts';
import { subMonths } from 'date-fns';

export const DEFAULT_SEED = 20_240_601;

/** The tables the generator fills, in insertion (dependency) order. */
export const DEMO_TABLES = [
  'jurisdictions',
  'regions',
  'serviceCenters',
  'centerClosures',
  'installers',
  'documents',
  'documentFiles',
  'customers',
  'vehicles',
  'workOrders',
  'devices',
  'shipments',
  'shipmentPackages',
] as const;

export interface DemoDataOptions {
  scale: ScaleName;
  seed?: number;
  /** Override some of the scale's counts (benchmarks). */
  counts?: Partial<ScaleCounts>;
  onProgress?: (done: number, total: number, stage: string) => void;
  /** The day the data is generated around: the past two years and the next month. */
  today?: Date;
}

export interface Summary {
  scale: ScaleName;
  seed: number;
  today: string;
  /** Rows written per table. */
  counts: Record<string, number>;
  totalRows: number;
  elapsedMs: number;
}

interface TableRows {
  table: string;
  label: string;
  count: number;
  rows: Iterable<Row>;
}

/**
 * Fills an empty, migrated database with a realistic, reproducible network: same seed and same
 * `today` give the same rows. Plans everything first, then writes table by table in dependency order.
 */
export async function generateDemoData(db: Db, options: DemoDataOptions): Promise<Summary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const counts = { ...SCALES[options.scale], ...options.counts };
  const clock = new Clock(options.today ?? new Date());
  const master = new Random(seed);
  const stream = (n: number) => master.fork(n);
  const report = options.onProgress ?? (() => {});

  report(0, counts.customers, 'planning');
  const reference = referenceData(clock);
  const centers = generateCenters(stream(1), clock, reference.jurisdictions, counts.serviceCenters);
  const installers = [...generateInstallers(stream(2), clock, centers.plans)];
  const documents = generateDocuments(stream(8), clock, centers.plans, installers);
  const scripted = centers.plans.filter((c) => c.portal).flatMap((c, i) => planPortalWeek(stream(20 + i), clock, c));
  const customers = generateCustomers(stream(3), clock, reference.jurisdictions, centers.plans, counts.customers, scripted);
  const visits: VisitContext = {
    random: stream(4),
    clock,
    windowStart: clock.addMonths(clock.today, -24),
    windowEnd: clock.addMonths(clock.today, 1),
    out: [],
  };
  const workOrders = generateWorkOrders(visits, customers.plans, centers.plans, counts.workOrders, (done) => report(done, counts.customers, 'planning'));
  const shipments = generateShipments(stream(5), clock, workOrders.plans);
  const devices = [...generateDevices(stream(6), clock, workOrders.outcomes, shipments.reserved, centers.plans)];
  const closures = generateClosures(clock, centers.plans, workOrders.plans);
  listPackedSerials(shipments.packageRows, devices);

  const tables: TableRows[] = [
    { table: 'jurisdictions', label: 'jurisdictions', count: reference.jurisdictionRows.length, rows: reference.jurisdictionRows },
    { table: 'regions', label: 'regions', count: reference.regionRows.length, rows: reference.regionRows },
    { table: 'serviceCenters', label: 'service centers', count: centers.rows.length, rows: centers.rows },
    { table: 'centerClosures', label: 'center closures', count: closures.length, rows: closures },
    { table: 'installers', label: 'installers', count: installers.length, rows: installers },
    { table: 'documents', label: 'documents', count: documents.rows.length, rows: documents.rows },
    { table: 'documentFiles', label: 'document files', count: documents.files.length, rows: documents.files },
    { table: 'customers', label: 'customers', count: customers.rows.length, rows: customers.rows },
    { table: 'vehicles', label: 'vehicles', count: customers.vehicleRows.length, rows: customers.vehicleRows },
    { table: 'workOrders', label: 'work orders', count: workOrders.plans.length, rows: workOrders.plans.map(workOrderRow).values() },
    // after the work orders: a device on its way names the work order it was shipped for
    { table: 'devices', label: 'devices', count: devices.length, rows: devices },
    { table: 'shipments', label: 'shipments', count: shipments.rows.length, rows: shipments.rows },
    { table: 'shipmentPackages', label: 'shipment packages', count: shipments.packageRows.length, rows: shipments.packageRows },
  ];
  const total = tables.reduce((sum, t) => sum + t.count, 0);
  let done = 0;
  const written: Record<string, number> = {};
  for (const t of tables) {
    report(done, total, t.label);
    written[t.table] = await insertRows(db, t.table, t.rows, (n) => {
      done += n;
      report(done, total, t.label);
    });
  }
  report(total, total, 'audits');
  Object.assign(written, await insertDemoAudits(db, stream(7), clock, centers.plans));
  written.users = await insertDemoUsers(db, new Date().toISOString(), centers.plans.filter((c) => c.portal).map((c) => c.id));
  // before the ratings, which count them
  written.complaints = await insertDemoComplaints(db, stream(18), clock);
  written.refusedCompletions = await insertDemoRefusals(db, clock);
  written.lateRecords = await insertDemoLateRecords(db, stream(19), clock);
  report(total, total, 'ratings');
  written.ratings = await rateHistory(db, new Date(clock.nowMs));
  written.unlockCodes = await insertDemoUnlockCodes(db, stream(12), clock);
  written.helpArticles = await insertDemoHelpArticles(db, clock);
  Object.assign(written, await insertDemoPayments(db, clock));
  written.portalRequests = await insertDemoPortalRequests(db, clock);
  written.reportingObligations = await insertDemoReportingObligations(db, stream(19), clock);
  report(total, total, 'outbox');
  written.outbox = await insertDemoOutbox(db, clock);
  report(total, total, 'done');
  return {
    scale: options.scale,
    seed,
    today: clock.iso(clock.today),
    counts: written,
    totalRows: done,
    elapsedMs: performance.now() - started,
  };
}

/** Months of monthly rating history before today's rating (what the managers' trend charts show). */
export const RATING_HISTORY_MONTHS = 11;

/**
 * The live centers' ratings as the monthly recompute would have stored them: once a month over
 * the past RATING_HISTORY_MONTHS months (for the centers live by then, from what was known then),
 * then today. Returns the number of rating rows.
 */
async function rateHistory(db: Db, now: Date): Promise<number> {
  const live = await db.selectFrom('serviceCenters').select(['id', 'wentLiveAt']).where('onboardingStatus', '=', 'live').orderBy('id').execute();
  let rows = 0;
  for (let m = RATING_HISTORY_MONTHS; m >= 1; m--) {
    const at = subMonths(now, m);
    const ids = live.filter((c) => c.wentLiveAt !== null && c.wentLiveAt <= at.toISOString()).map((c) => c.id);
    if (ids.length) rows += await rateCenters(db, ids, at);
  }
  return rows + (await rateCenters(db, live.map((c) => c.id), now));
}

/** Rates the given centers as of `now` (one rating row each, copied onto the center). */
export async function rateCenters(db: Db, ids: number[], now: Date): Promise<number> {
  return db.transaction().execute((trx) => recomputeCenterRatings(trx, ids, now));
}

/** On start: an empty database gets the demo network; one with data is left alone. */
export async function seedIfEmpty(db: Db): Promise<void> {
  const existing = await db.selectFrom('jurisdictions').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  const tty = process.stdout.isTTY === true;
  const line = (text: string) => (tty ? process.stdout.write(`\r${text.padEnd(60)}`) : undefined);
  if (!tty) console.log('Demo data: the database is empty, generating the demo network…');
  let lastPercent = -1;
  let summary: Summary;
  try {
    summary = await generateDemoData(db, {
      scale: 'demo',
      onProgress: (done, total, stage) => {
        const percent = stage === 'planning' ? 0 : Math.floor((100 * done) / Math.max(total, 1));
        if (percent !== lastPercent) line(`Demo data: ${percent}% (${stage})`);
        lastPercent = percent;
      },
    });
  } catch (error) {
    // Several server processes started at once on an empty PostgreSQL database: the first one's
    // rows (same ids) refuse this one's first insert, and that one fills the database.
    if (!isUniqueViolation(error)) throw error;
    line('');
    console.log('Demo data: another server process is generating it.');
    return;
  }
  line('');
  const message = `Demo data: ${summary.totalRows.toLocaleString('en-US')} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s`;
  if (tty) process.stdout.write(`\r${message.padEnd(60)}\n`);
  else console.log(message);
}
