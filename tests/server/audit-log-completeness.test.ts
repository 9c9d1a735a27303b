import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RESOURCES } from '../../server/resources/index.ts';
import { queueMessage } from '../../server/rules/outbox/queue.ts';
import { sampleAnswers } from '../../audits/sample-answers.ts';
import { TEMPLATES } from '../../audits/index.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { FIXTURES, WRITABLE, createRecord, liveCenter, post, snapshot, unique, useDatabase, vinOf } from './fixtures.ts';

type Body = Record<string, unknown>;
type Row = Record<string, unknown>;

let server: TestServer;
let base: string;
let compliance: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  await post(base, 'users', { name: 'Compliance', email: 'compliance@completeness.test', role: 'compliance', password: 'log-pass-1' });
  compliance = await signIn(base, 'compliance@completeness.test', 'log-pass-1');
});
afterAll(() => server.close());

const NAME_OF = new Map(RESOURCES.map((r) => [r.table, r.name]));

/** The rows (resource and id) that differ between two snapshots: added, removed or changed, the audit log left out. */
function changedRows(before: Record<string, unknown[]>, after: Record<string, unknown[]>): string[] {
  const changed: string[] = [];
  for (const table of Object.keys(after)) {
    if (table === 'auditLog') continue;
    const byId = (rows: unknown[]) => new Map((rows as Row[]).map((row) => [Number(row.id), JSON.stringify(row)]));
    const [was, now] = [byId(before[table]), byId(after[table])];
    for (const id of new Set([...was.keys(), ...now.keys()])) if (was.get(id) !== now.get(id)) changed.push(`${NAME_OF.get(table)!} ${id}`);
  }
  return changed.sort();
}

/**
 * Runs one request (or a few) and checks that every row it changed has exactly one new audit-log
 * row naming it with a field diff, and that no audit-log row names a row that did not change
 * (a print changes nothing and is logged on purpose: `expectedExtra`).
 */
async function expectOneRowPerChange(act: () => Promise<void>, expectedExtra: string[] = []) {
  const before = await snapshot(server.db);
  const lastId = Math.max(0, ...(before.auditLog as Row[]).map((r) => Number(r.id)));
  await act();
  const after = await snapshot(server.db);
  const changed = changedRows(before, after);
  const logged = (after.auditLog as Row[]).filter((r) => Number(r.id) > lastId && r.recordId !== null);
  expect(logged.filter((r) => r.diff === null && !expectedExtra.includes(`${String(r.resource)} ${String(r.recordId)}`)), 'rows without a diff').toEqual([]);
  expect(logged.map((r) => `${String(r.resource)} ${String(r.recordId)}`).sort()).toEqual([...changed, ...expectedExtra].sort());
  return changed;
}

const ok = async (res: Promise<{ status: number; body: Body }>, status = 200) => {
  const { status: got, body } = await res;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
};

/** A customer of an unlock-code state with a vehicle and an installed set of devices at a live center. */
async function installedCustomer() {
  const jurisdiction = await createRecord(base, 'jurisdictions', { unlockCodesAllowed: true, unlockCodeValidHours: 24, unlockCodesPerDay: 5, unlockCodesPerProgram: 20, cameraRequired: false });
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2021, make: 'Ford', model: 'Focus', vin: vinOf(unique()) });
  for (const kind of ['handset', 'relay']) await post(base, 'devices', { serial: `WH-${unique()}`, kind, model: `${kind} model` });
  const order = await post(base, 'work-orders', { type: 'installation', serviceCenterId: center.id, customerId: customer.id, vehicleId: vehicle.id, scheduledAt: '2026-01-10T15:00:00.000Z' });
  const pkg = await server.db.selectFrom('shipmentPackages').select('shipmentId').where('workOrderId', '=', order.id as number).executeTakeFirstOrThrow();
  await server.db.updateTable('shipments').set({ status: 'shipped', trackingNumber: `1Z${unique()}`, shipDate: '2026-01-07', consolidationKey: null }).where('id', '=', pkg.shipmentId).execute();
  await ok(api(base, 'POST', `/api/work-orders/${String(order.id)}/complete`, { completedAt: '2026-01-10T16:00:00.000Z' }));
  return { jurisdiction, center, customer, vehicle };
}

describe('every change the API makes is in the audit log, once per changed row, with its diff', () => {
  test.each(WRITABLE.map((r) => r.name))('create, update and delete of %s', async (name) => {
    const record = (await expectOneRowPerChange(async () => void (await createRecord(base, name)))).find((row) => row.startsWith(`${name} `))!;
    const id = record.split(' ')[1];
    await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/${name}/${id}`, FIXTURES[name].change))));
    if (FIXTURES[name].deletable !== false) await expectOneRowPerChange(async () => void (await ok(api(base, 'DELETE', `/api/${name}/${id}`))));
  });

  test('booking an installation reserves devices and adds a package to a new shipment; cancelling takes them back', async () => {
    const w = await installedCustomer();
    for (const kind of ['handset', 'relay']) await post(base, 'devices', { serial: `WH-${unique()}`, kind, model: `${kind} model` });
    let order: Body = {};
    const changed = await expectOneRowPerChange(async () => {
      order = await post(base, 'work-orders', { type: 'installation', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2027-06-10T15:00:00.000Z' });
    });
    expect(changed.filter((row) => row.startsWith('devices '))).toHaveLength(2);
    expect(changed.some((row) => row.startsWith('shipment-packages '))).toBe(true);
    await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/work-orders/${String(order.id)}`, { status: 'cancelled' }))));
  });

  test('authorising and completing a removal (devices returned, the customer’s program completed), and printing it', async () => {
    const w = await installedCustomer();
    const removal = await post(base, 'work-orders', { type: 'removal', serviceCenterId: w.center.id, customerId: w.customer.id, vehicleId: w.vehicle.id, scheduledAt: '2026-02-10T15:00:00.000Z' });
    await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/work-orders/${String(removal.id)}/authorize`, {}, { cookie: compliance }))));
    const changed = await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/work-orders/${String(removal.id)}/complete`, { completedAt: '2026-02-10T16:00:00.000Z' }))));
    expect(changed).toContain(`customers ${String(w.customer.id)}`);
    await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/work-orders/${String(removal.id)}/print`, {}))), [`work-orders ${String(removal.id)}`]);
  });

  test('an unlock code, a tracking number (and its email), a customer’s move and new grace days (devices’ lockout dates)', async () => {
    const w = await installedCustomer();
    const [device] = (await api(base, 'GET', `/api/devices?customerId=${String(w.customer.id)}`)).body as Body[];
    await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/devices/${String(device.id)}/unlock-codes`, { reason: 'Stuck' }), 201)));
    const [shipment] = (await api(base, 'GET', `/api/shipments?serviceCenterId=${String(w.center.id)}`)).body as Body[];
    const shipped = await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/shipments/${String(shipment.id)}`, { trackingNumber: `1Z${unique()}` }))));
    expect(shipped.some((row) => row.startsWith('outbox '))).toBe(true);
    const other = await createRecord(base, 'jurisdictions', { graceDaysBeforeLockout: 12 });
    // An active customer's state is the court's: the program is suspended before the move.
    await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/customers/${String(w.customer.id)}`, { status: 'suspended' }))));
    const moved = await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/customers/${String(w.customer.id)}`, { jurisdictionId: other.id }))));
    expect(moved.filter((row) => row.startsWith('devices '))).toHaveLength(2);
    const regraced = await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/jurisdictions/${String(other.id)}`, { graceDaysBeforeLockout: 3 }))));
    expect(regraced.filter((row) => row.startsWith('devices '))).toHaveLength(2);
  });

  test('submitting an audit (findings, corrective actions, the rating), closing its actions (the audit closes), recomputing the rating', async () => {
    const center = await liveCenter(base, server.db);
    const annual = TEMPLATES.find((t) => t.kind === 'annual')!;
    const templates = (await api(base, 'GET', '/api/audit-templates')).body as Body[];
    const templateId = templates.find((t) => t.key === annual.key && t.version === annual.version)!.id;
    const minor = annual.sections.flatMap((s) => s.items).find((i) => !i.critical)!;
    const audit = await post(base, 'audits', { serviceCenterId: center.id, templateId, kind: 'annual', auditor: 'A', auditDate: '2026-03-01', answers: sampleAnswers(annual, [minor.key]) });
    const submitted = await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/audits/${String(audit.id)}/submit`, {}))));
    expect(submitted.filter((row) => row.startsWith('corrective-actions '))).not.toHaveLength(0);
    expect(submitted.some((row) => row.startsWith('ratings '))).toBe(true);
    expect(submitted).toContain(`service-centers ${String(center.id)}`);
    const actions = (await api(base, 'GET', `/api/corrective-actions?auditId=${String(audit.id)}`)).body as Body[];
    let closing: string[] = [];
    for (const action of actions) {
      const photo = { fileName: 'fix.png', contentType: 'image/png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64') };
      await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/corrective-actions/${String(action.id)}/evidence`, photo), 201)));
      closing = await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/corrective-actions/${String(action.id)}`, { status: 'done', evidence: 'Fixed, photo on file' }))));
    }
    expect(closing).toContain(`audits ${String(audit.id)}`);
    await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/service-centers/${String(center.id)}/rating`, {}))));
  });

  test('retrying a failed message, and uploading a document', async () => {
    let messageId = 0;
    await server.db.transaction().execute(async (trx) => {
      const tag = unique();
      await queueMessage({ trx, user: null }, { kind: 'incoming-shipment', recipient: null, subject: `S${tag}`, body: 'B', dedupeKey: `complete:${tag}` });
      messageId = Number((await trx.selectFrom('outbox').select('id').where('dedupeKey', '=', `complete:${tag}`).executeTakeFirstOrThrow()).id);
    });
    await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/outbox/${messageId}/retry`, { recipient: 'center@example.com' }))));
    const training = await createRecord(base, 'service-centers', { onboardingStatus: 'training' });
    const pdf = Buffer.from('%PDF-1.4\n% test\n').toString('base64');
    await expectOneRowPerChange(async () =>
      void (await ok(api(base, 'POST', `/api/service-centers/${String(training.id)}/documents`, { kind: 'w9', fileName: 'w9.pdf', contentType: 'application/pdf', data: pdf }), 201)),
    );
  });

  // Last: publishing makes the new version the one new audits use.
  test('a new version of a checklist, its edit, and publishing it (the version it replaces retired)', async () => {
    const annual = TEMPLATES.find((t) => t.kind === 'annual')!;
    const v1 = ((await api(base, 'GET', `/api/audit-templates?key=${annual.key}&version=${annual.version}`)).body as Body[])[0];
    const made = await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/audit-templates/${String(v1.id)}/new-version`, {}), 201)));
    const id = made[0].split(' ')[1];
    await expectOneRowPerChange(async () => void (await ok(api(base, 'PATCH', `/api/audit-templates/${id}`, { definition: { ...annual, version: annual.version + 1, title: 'Annual audit, revised' } }))));
    const published = await expectOneRowPerChange(async () => void (await ok(api(base, 'POST', `/api/audit-templates/${id}/publish`, {}))));
    expect(published).toEqual([`audit-templates ${String(v1.id)}`, `audit-templates ${id}`].sort());
  });
});
