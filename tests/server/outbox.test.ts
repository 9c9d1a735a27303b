import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, snapshot, unique, useDatabase } from './fixtures.ts';
import { queueMessage } from '../../server/rules/outbox/queue.ts';
import { MAX_ATTEMPTS, sendQueued } from '../../server/rules/outbox/sender.ts';
import { LogFileTransport, MemoryTransport } from '../../server/rules/outbox/transport.ts';
import { queueReminders } from '../../server/rules/outbox/reminders.ts';
import { outboxJobs } from '../../server/rules/outbox/jobs.ts';
import { startJobs } from '../../server/jobs.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import type { Db } from '../../server/db/database.ts';
import { generateDemoData } from '../../server/db/demo-data/seed.ts';
import { consolidationKey } from '../../server/rules/shipments/rules.ts';

type Body = Record<string, unknown>;
const now = new Date().toISOString();
const base = () => ({ createdAt: now, updatedAt: now, version: 1 });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  useDatabase(server);
});
afterAll(() => server.close());

async function queue(db: Db, recipient: string | null, tag = `m${unique()}`) {
  await db.transaction().execute((trx) =>
    queueMessage({ trx, user: null }, { kind: 'incoming-shipment', recipient, subject: `Subject ${tag}`, body: `Body ${tag}`, dedupeKey: `test:${tag}` }),
  );
  return db.selectFrom('outbox').selectAll().where('dedupeKey', '=', `test:${tag}`).executeTakeFirstOrThrow();
}

const statusOf = async (id: unknown) => server.db.selectFrom('outbox').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();

async function clearQueue() {
  await server.db.updateTable('outbox').set({ status: 'sent' }).where('status', 'in', ['queued', 'sending']).execute();
}

describe('the sender', () => {
  test('sends queued messages once and marks them sent', async () => {
    await clearQueue();
    const a = await queue(server.db, 'a@test.local');
    const b = await queue(server.db, 'b@test.local');
    const transport = new MemoryTransport();
    expect(await sendQueued(server.db, transport)).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(transport.sent.map((m) => m.recipient)).toEqual(['a@test.local', 'b@test.local']);
    for (const m of [a, b]) expect(await statusOf(m.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect((await statusOf(a.id)).sentAt).not.toBeNull();
    expect(await sendQueued(server.db, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(transport.sent).toHaveLength(2);
  });

  test('two senders at once send each message once', async () => {
    await clearQueue();
    for (let i = 0; i < 6; i++) await queue(server.db, `n${i}@test.local`);
    const one = new MemoryTransport();
    const two = new MemoryTransport();
    const [x, y] = await Promise.all([sendQueued(server.db, one), sendQueued(server.db, two)]);
    expect(x.sent + y.sent).toBe(6);
    const recipients = [...one.sent, ...two.sent].map((m) => m.recipient).sort();
    expect(recipients).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5'].map((n) => `${n}@test.local`));
  });

  test('a failing transport: retried with the error recorded, failed after the last attempt', async () => {
    await clearQueue();
    const m = await queue(server.db, 'down@test.local');
    const transport = new MemoryTransport();
    transport.refuse = () => 'Connection refused by mail.test.local';
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await sendQueued(server.db, transport)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      expect(await statusOf(m.id)).toMatchObject({ status: 'queued', attempts: attempt, lastError: 'Connection refused by mail.test.local' });
    }
    expect(await sendQueued(server.db, transport)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await statusOf(m.id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(await sendQueued(server.db, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  test('a message without an address is stored failed and never sent', async () => {
    await clearQueue();
    const m = await queue(server.db, null);
    expect(m).toMatchObject({ status: 'failed', recipient: '(no address on file)' });
    const transport = new MemoryTransport();
    await sendQueued(server.db, transport);
    expect(transport.sent).toHaveLength(0);
  });

  test('the log-file transport appends every message', async () => {
    await clearQueue();
    const file = path.join(server.dir, 'logs', 'outbox.log');
    const a = await queue(server.db, 'log-a@test.local');
    await queue(server.db, 'log-b@test.local');
    expect(await sendQueued(server.db, new LogFileTransport(file))).toMatchObject({ sent: 2 });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`To: log-a@test.local\nSubject: ${String(a.subject)}\n\n${String(a.body)}`);
    expect(text).toContain(`To: log-b@test.local`);
    expect(text.match(/^--- message /gm)).toHaveLength(2);
  });
});

describe("the server's outbox jobs", () => {
  test('run the reminders and the sender at start, then stop cleanly', async () => {
    await clearQueue();
    const m = await queue(server.db, 'jobs@test.local');
    const transport = new MemoryTransport();
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    const stop = startJobs(outboxJobs(server.db, transport, log), log);
    await stop();
    expect(transport.sent.map((s) => s.id)).toEqual([m.id]);
    expect(logged.some((line) => line.startsWith('Outbox: sent 1'))).toBe(true);
    expect(await statusOf(m.id)).toMatchObject({ status: 'sent' });
  });
});

describe('POST /api/outbox/:id/retry', () => {
  test('a failed message is queued again, to a corrected address; then sent', async () => {
    await clearQueue();
    const m = await queue(server.db, null);
    const before = await snapshot(server.db);
    const noAddress = await api(server.url, 'POST', `/api/outbox/${String(m.id)}/retry`, {});
    expectErrorBody(noAddress, 409);
    expect(noAddress.body.message).toMatch(/no address on file/);
    expectErrorBody(await api(server.url, 'POST', `/api/outbox/${String(m.id)}/retry`, { recipient: 'not an email' }), 400);
    expect(await snapshot(server.db)).toEqual(before);

    const res = await api(server.url, 'POST', `/api/outbox/${String(m.id)}/retry`, { recipient: 'fixed@test.local' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'queued', attempts: 0, recipient: 'fixed@test.local' });
    const log = await server.db.selectFrom('auditLog').selectAll().where('resource', '=', 'outbox').where('recordId', '=', Number(m.id)).execute();
    expect(log).toHaveLength(1);
    const transport = new MemoryTransport();
    await sendQueued(server.db, transport);
    expect(transport.sent.map((s) => s.recipient)).toEqual(['fixed@test.local']);

    const again = await api(server.url, 'POST', `/api/outbox/${String(m.id)}/retry`, {});
    expectErrorBody(again, 409);
    expect(again.body.message).toBe('Only a failed message can be retried; this one is sent');
  });

  test('only admin and compliance may retry', async () => {
    const m = await queue(server.db, null);
    await server.db
      .insertInto('users')
      .values({ ...base(), name: 'Rita Regional', email: 'rita@test.local', role: 'regional-manager', active: 1, passwordHash: await hashPassword('test-pass-1') })
      .execute();
    const cookie = await signIn(server.url, 'rita@test.local', 'test-pass-1');
    expectErrorBody(await api(server.url, 'POST', `/api/outbox/${String(m.id)}/retry`, { recipient: 'x@test.local' }, { cookie }), 403);
    expectErrorBody(await api(server.url, 'POST', `/api/outbox/99999/retry`, { recipient: 'x@test.local' }), 404);
    expectErrorBody(await api(server.url, 'POST', `/api/outbox/abc/retry`, {}), 400);
  });
});

describe('the reminders job', () => {
  const today = '2026-12-01';
  let center: Body;
  let optedIn: Body;
  let optedOut: Body;

  async function correctiveAction(centerId: unknown, status: string, dueDate: string) {
    const template = await server.db.selectFrom('auditTemplates').select('id').limit(1).executeTakeFirstOrThrow();
    const { id: auditId } = (await server.db
      .insertInto('audits')
      .values({ ...base(), serviceCenterId: centerId as number, templateId: template.id, kind: 'annual', auditor: 'A. Auditor', auditDate: '2026-11-01', answers: '{}', status: 'submitted' })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    const { id: findingId } = (await server.db
      .insertInto('findings')
      .values({ ...base(), auditId, serviceCenterId: centerId as number, itemKey: 'k', requirement: 'r', severity: 'minor', title: 'Logbook incomplete' })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    const { id } = (await server.db
      .insertInto('correctiveActions')
      .values({ ...base(), findingId, auditId, serviceCenterId: centerId as number, severity: 'minor', description: `Complete the logbook (${status}, ${dueDate})`, status, dueDate })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    return id;
  }

  async function device(customerId: unknown, nextCalibrationDue: string, status = 'installed') {
    const { id } = (await server.db
      .insertInto('devices')
      .values({ ...base(), serial: `SN-${unique()}`, kind: 'handset', model: 'IX-100', status, serviceCenterId: center.id as number, customerId: customerId as number, nextCalibrationDue })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    return id;
  }

  const reminders = (kind: string) => server.db.selectFrom('outbox').selectAll().where('kind', '=', kind).orderBy('id').execute();

  beforeAll(async () => {
    center = await liveCenter(server.url, server.db, { email: 'office@reminded.test' });
    optedIn = await createRecord(server.url, 'customers', { email: 'cora@driver.test', remindersOptIn: true });
    optedOut = await createRecord(server.url, 'customers', { email: 'otto@driver.test', remindersOptIn: false });
  });

  test('each kind queued once to the right recipient; a second run queues nothing', async () => {
    await server.db.updateTable('serviceCenters').set({ insuranceExpiresOn: '2026-12-20' }).where('id', '=', Number(center.id)).execute();
    const farCenter = await liveCenter(server.url, server.db, { email: 'far@reminded.test' });
    await server.db.updateTable('serviceCenters').set({ insuranceExpiresOn: '2027-06-30' }).where('id', '=', Number(farCenter.id)).execute();
    const applicant = await createRecord(server.url, 'service-centers', { email: 'new@reminded.test' });
    await server.db.updateTable('serviceCenters').set({ insuranceExpiresOn: '2026-12-05' }).where('id', '=', Number(applicant.id)).execute();

    const dueSoon = await correctiveAction(center.id, 'open', '2026-12-05');
    const overdue = await correctiveAction(center.id, 'open', '2026-11-20');
    await correctiveAction(center.id, 'done', '2026-11-25');
    await correctiveAction(center.id, 'verified', '2026-12-02');
    await correctiveAction(center.id, 'open', '2027-01-31');

    const toCustomer = await device(optedIn.id, '2026-12-04');
    const toCenter = await device(optedOut.id, '2026-12-06');
    await device(optedIn.id, '2026-12-30');
    await device(optedIn.id, '2026-12-03', 'in-stock');

    const counts = await queueReminders(server.db, today);
    expect(counts).toEqual({ 'insurance-expiring': 1, 'corrective-action-due': 2, 'calibration-due': 2, 'appointment-reminder': 0 });

    const insurance = await reminders('insurance-expiring');
    expect(insurance).toHaveLength(1);
    expect(insurance[0]).toMatchObject({ recipient: 'office@reminded.test', recordId: center.id, status: 'queued' });
    expect(insurance[0].subject).toContain('2026-12-20');

    const actions = await reminders('corrective-action-due');
    expect(actions.map((a) => a.recordId)).toEqual([dueSoon, overdue]);
    expect(actions.map((a) => a.recipient)).toEqual(['office@reminded.test', 'office@reminded.test']);
    expect(actions[0].subject).toMatch(/^Due soon/);
    expect(actions[1].subject).toMatch(/^Overdue/);

    const calibrations = await reminders('calibration-due');
    expect(calibrations.map((c) => [c.recordId, c.recipient])).toEqual([
      [toCustomer, 'cora@driver.test'],
      [toCenter, 'office@reminded.test'],
    ]);
    expect(calibrations[0].subject).toMatch(/^Calibration due on 2026-12-04: device SN-/);
    expect(calibrations[0].body).toMatch(/^Dear .+,\n\nYour interlock device SN-\S+ is due for calibration on 2026-12-04\.\n/);
    expect(calibrations[1].body).toContain('does not receive reminders');

    const before = await snapshot(server.db);
    expect(await queueReminders(server.db, today)).toEqual({ 'insurance-expiring': 0, 'corrective-action-due': 0, 'calibration-due': 0, 'appointment-reminder': 0 });
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a renewed binder or an action that became overdue is reminded again', async () => {
    await server.db.updateTable('serviceCenters').set({ insuranceExpiresOn: '2026-12-28' }).where('id', '=', Number(center.id)).execute();
    const counts = await queueReminders(server.db, '2026-12-06');
    expect(counts['insurance-expiring']).toBe(1);
    expect(counts['corrective-action-due']).toBe(1);
    const latest = (await reminders('corrective-action-due')).at(-1)!;
    expect(latest.subject).toMatch(/^Overdue: .* due 2026-12-05/);
  });

  test('a calibration reminder is in the language of the customer it goes to; the center’s notice of a Spanish speaker stays English', async () => {
    const ana = await createRecord(server.url, 'customers', { email: 'ana@driver.test', remindersOptIn: true, language: 'es', firstName: 'Ana', lastName: 'Ruiz' });
    const quiet = await createRecord(server.url, 'customers', { email: 'quieta@driver.test', remindersOptIn: false, language: 'es' });
    const toAna = await device(ana.id, '2026-12-12');
    await server.db.updateTable('devices').set({ lockoutOn: '2026-12-19' }).where('id', '=', toAna).execute();
    const toCenter = await device(quiet.id, '2026-12-12');
    await queueReminders(server.db, '2026-12-10');
    const [spanish, english] = (await reminders('calibration-due')).filter((c) => c.recordId === toAna || c.recordId === toCenter);
    const serial = (await server.db.selectFrom('devices').select('serial').where('id', '=', toAna).executeTakeFirstOrThrow()).serial;
    expect(spanish).toMatchObject({ recipient: 'ana@driver.test', subject: `Calibración pendiente el 2026-12-12: dispositivo ${serial}` });
    expect(spanish.body.split('\n').slice(0, 3)).toEqual(['Hola, Ana Ruiz:', '', `Su dispositivo de bloqueo ${serial} debe calibrarse el 2026-12-12. Si no se calibra, bloqueará el vehículo el 2026-12-19.`]);
    expect(english).toMatchObject({ recipient: 'office@reminded.test', subject: expect.stringMatching(/^Calibration due on 2026-12-12: device SN-/) });
    expect(english.body).toContain('The customer does not receive reminders from us');
  });
});

describe('the demo outbox and shipments', () => {
  const TODAY = new Date('2026-11-18T15:00:00.000Z');
  let demo: TestServer;
  beforeAll(async () => {
    demo = await startTestServer((db) => generateDemoData(db, { scale: 'demo', today: TODAY, counts: { serviceCenters: 30, customers: 300, workOrders: 2_000 } }).then(() => undefined));
  }, 120_000);
  afterAll(() => demo?.close());

  test('the reminders job finds nothing new today; old messages were sent, recent ones wait', async () => {
    expect(await queueReminders(demo.db, '2026-11-18', TODAY)).toEqual({ 'insurance-expiring': 0, 'corrective-action-due': 0, 'calibration-due': 0, 'appointment-reminder': 0 });
    const rows = await demo.db.selectFrom('outbox').select(['status', 'createdAt', 'kind']).execute();
    expect(rows.length).toBeGreaterThan(0);
    const hourAgo = new Date(TODAY.getTime() - 3_600_000).toISOString();
    expect(rows.filter((r) => r.status === 'queued' && String(r.createdAt) < hourAgo)).toEqual([]);
    expect(new Set(rows.map((r) => r.kind))).toContain('tracking-number');
  });

  test('shipments being prepared carry their consolidation key and no tracking number; the others no key', async () => {
    const shipments = await demo.db.selectFrom('shipments').select(['id', 'serviceCenterId', 'shipDate', 'status', 'trackingNumber', 'consolidationKey']).execute();
    for (const s of shipments) {
      if (s.status === 'preparing') expect(s).toMatchObject({ trackingNumber: null, consolidationKey: consolidationKey(Number(s.serviceCenterId), String(s.shipDate)) });
      else expect(s.consolidationKey).toBeNull();
    }
    expect(shipments.some((s) => s.status === 'preparing')).toBe(true);
  });
});
