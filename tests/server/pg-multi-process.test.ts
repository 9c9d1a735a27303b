import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { api, signIn, TEST_ADMIN, useSession } from './test-server.ts';
import { createRecord, liveCenter, post, unique, useDatabase, vinOf } from './fixtures.ts';
import { createPostgresDatabase, testBackend } from './test-database.ts';

// Two server processes over one PostgreSQL database, as when several app servers share it.
// Runs in the vitest "postgres" project only (which exists when PostgreSQL answers).

type Body = Record<string, unknown>;
const root = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `npm start`'s server (API only) as a child process; resolves once it answers. */
async function startProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--dev'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), DEMO_DATA: 'false', OUTBOX_DISABLED: '1', PG_POOL_MAX: '5' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server process exited (${child.exitCode}): ${errors}`);
    const answered = await fetch(`${url}/api/auth/me`).then(
      () => true,
      () => false,
    );
    if (answered) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server process did not answer on ${url}: ${errors}`);
}

describe.runIf(testBackend() === 'postgres')('two server processes on one PostgreSQL database', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let a: { url: string; child: ChildProcess };
  let b: { url: string; child: ChildProcess };
  let cookie: string;

  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    database = openDatabase(created.url, { PG_POOL_MAX: '2' });
    await migrateToLatest(database.db);
    const now = new Date().toISOString();
    await database.db
      .insertInto('users')
      .values({ name: 'Test Admin', email: TEST_ADMIN.email, role: 'admin', active: 1, passwordHash: await hashPassword(TEST_ADMIN.password), createdAt: now, updatedAt: now, version: 1 })
      .execute();
    [a, b] = await Promise.all([startProcess(created.url), startProcess(created.url)]);
    cookie = await signIn(a.url, TEST_ADMIN.email, TEST_ADMIN.password);
    useSession(a.url, cookie);
    useSession(b.url, cookie);
    useDatabase({ url: a.url, db: database.db });
  });

  afterAll(async () => {
    for (const server of [a, b]) {
      if (server?.child.exitCode === null) {
        const exited = new Promise((r) => server.child.once('exit', r));
        server.child.kill('SIGTERM');
        await exited;
      }
    }
    await database?.close();
    await drop?.();
  });

  const on = (server: { url: string }, method: string, url: string, body?: unknown) => api(server.url, method, url, body);

  test('a session opened on one process is valid on the other; signing out on one ends it on both', async () => {
    const me = await on(b, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(TEST_ADMIN.email);

    const other = await signIn(b.url, TEST_ADMIN.email, TEST_ADMIN.password);
    expect((await api(a.url, 'GET', '/api/auth/me', undefined, { cookie: other })).status).toBe(200);
    expect((await api(b.url, 'POST', '/api/auth/logout', undefined, { cookie: other })).status).toBeLessThan(300);
    expect((await api(a.url, 'GET', '/api/auth/me', undefined, { cookie: other })).status).toBe(401);
  });

  test('versions: a change through A makes B refuse the stale version; simultaneous edits: one wins, one gets 409', async () => {
    const customer = await createRecord(a.url, 'customers', {});
    const id = String(customer.id);
    const first = await on(a, 'PATCH', `/api/customers/${id}`, { city: 'Albany', version: customer.version });
    expect(first.status).toBe(200);
    const stale = await on(b, 'PATCH', `/api/customers/${id}`, { city: 'Boston', version: customer.version });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toHaveProperty('version');

    for (let round = 0; round < 5; round++) {
      const current = (await on(a, 'GET', `/api/customers/${id}`)).body as Body;
      const answers = await Promise.all([
        on(a, 'PATCH', `/api/customers/${id}`, { city: `A${round}`, version: current.version }),
        on(b, 'PATCH', `/api/customers/${id}`, { city: `B${round}`, version: current.version }),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const after = (await on(b, 'GET', `/api/customers/${id}`)).body as Body;
      expect(after.version).toBe(Number(current.version) + 1);
      expect(after.city).toBe(answers.find((r) => r.status === 200)!.body.city);
    }
  });

  test('the same unique value created at once on both processes: one 201, the other 409, one row', async () => {
    for (let round = 0; round < 5; round++) {
      const code = `MP${round}${unique()}`.slice(0, 10);
      const answers = await Promise.all([a, b, a, b].map((server) => on(server, 'POST', '/api/regions', { code, name: `Region ${code}` })));
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      for (const refused of answers.filter((r) => r.status === 409)) expect(typeof refused.body.message).toBe('string');
      expect(await database.db.selectFrom('regions').select('id').where('code', '=', code).execute()).toHaveLength(1);
    }
  });

  test('work orders created at once on both processes get unique numbers', async () => {
    const center = await liveCenter(a.url, database.db);
    const create = (server: { url: string }) => on(server, 'POST', '/api/work-orders', { type: 'vehicle-inspection', serviceCenterId: center.id, scheduledAt: '2027-01-05T15:00:00.000Z' });
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => create(i % 2 ? a : b)));
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 201));
    const numbers = answers.map((r) => String(r.body.number));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  test('installations booked at once at one center for one ship day: one shipment, every package numbered once, no device reserved twice', async () => {
    const jurisdiction = await createRecord(a.url, 'jurisdictions', { cameraRequired: false });
    const center = await liveCenter(a.url, database.db, { jurisdictionId: jurisdiction.id });
    const bookings = 10;
    for (let i = 0; i < bookings + 2; i++) {
      for (const kind of ['handset', 'relay']) await post(a.url, 'devices', { serial: `MP-${unique()}`, kind, model: `${kind} model` });
    }
    const bodies: Body[] = [];
    for (let i = 0; i < bookings; i++) {
      const customer = await createRecord(a.url, 'customers', { jurisdictionId: jurisdiction.id });
      const vehicle = await post(a.url, 'vehicles', { customerId: customer.id, year: 2020, make: 'Honda', model: 'Civic', vin: vinOf(unique()) });
      bodies.push({ type: 'installation', serviceCenterId: center.id, customerId: customer.id, vehicleId: vehicle.id, scheduledAt: `2027-03-10T${String(13 + (i % 5)).padStart(2, '0')}:00:00.000Z` });
    }
    const answers = await Promise.all(bodies.map((body, i) => on(i % 2 ? a : b, 'POST', '/api/work-orders', body)));
    expect(answers.map((r) => [r.status, r.body.message])).toEqual(answers.map(() => [201, undefined]));

    const shipments = await database.db.selectFrom('shipments').selectAll().where('serviceCenterId', '=', Number(center.id)).execute();
    expect(shipments).toHaveLength(1);
    const packages = await database.db.selectFrom('shipmentPackages').select(['label', 'workOrderId']).where('shipmentId', '=', Number(shipments[0].id)).execute();
    expect(packages).toHaveLength(bookings);
    const numbersOnLabels = packages.map((p) => /^PKG \d+-(\d+)/.exec(String(p.label))![1]);
    expect(new Set(numbersOnLabels).size).toBe(bookings);

    const reserved = await database.db
      .selectFrom('devices')
      .select(['id', 'workOrderId'])
      .where('workOrderId', 'in', answers.map((r) => Number(r.body.id)))
      .execute();
    expect(reserved).toHaveLength(bookings * 2);
    expect(new Set(reserved.map((d) => d.id)).size).toBe(bookings * 2);
  });
});
