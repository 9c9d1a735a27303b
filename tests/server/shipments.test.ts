import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, startTestServer, TEST_ADMIN, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, snapshot, unique, useDatabase } from './fixtures.ts';
import { addPackage, consolidationKey, nextPackageNumber } from '../../server/rules/shipments/consolidate.ts';
import { packagesLockedReason, statusAfter, trackingEmail, trackingNumberRefusal } from '../../server/rules/shipments/rules.ts';
import type { SignedInUser } from '../../server/auth/sessions.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let admin: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  useDatabase(server);
  const row = await server.db.selectFrom('users').selectAll().where('email', '=', TEST_ADMIN.email).executeTakeFirstOrThrow();
  admin = { id: row.id, name: row.name, email: row.email, role: row.role, regionId: row.regionId ?? null, serviceCenterId: row.serviceCenterId ?? null } as SignedInUser;
});
afterAll(() => server.close());

/** A customer and a work order (an inspection: no equipment of its own) at a center. */
async function order(centerId: unknown) {
  const customer = await createRecord(server.url, 'customers', { firstName: 'Dana', lastName: `Driver${unique()}` });
  const workOrder = await createRecord(server.url, 'work-orders', { serviceCenterId: centerId, customerId: customer.id });
  return { customer, workOrder };
}

async function pack(centerId: unknown, shipDate: string, walkIn = false) {
  const { customer, workOrder } = await order(centerId);
  const added = await server.db.transaction().execute((trx) =>
    addPackage({ trx, user: admin }, { serviceCenterId: Number(centerId), shipDate, customerId: Number(customer.id), workOrderId: Number(workOrder.id), contents: `Handset HS-${unique()}`, walkIn }),
  );
  return { ...added, customer, workOrder };
}

const outboxFor = (shipmentId: number) =>
  server.db.selectFrom('outbox').selectAll().where('resource', '=', 'shipments').where('recordId', '=', shipmentId).orderBy('id').execute();

describe('the shipment rules, pure', () => {
  test.each([
    ['preparing', null],
    ['shipped', 'This shipment has shipped: its packages can no longer be added, moved or removed'],
    ['delivered', 'This shipment has been delivered: its packages can no longer be added, moved or removed'],
  ])('packages of a %s shipment: %s', (status, reason) => {
    expect(packagesLockedReason({ status, trackingNumber: null })).toBe(reason);
  });
  test.each([
    [undefined, 'preparing', '1Z1', 'shipped', 'first'],
    [{ status: 'preparing', trackingNumber: null }, 'preparing', '1Z1', 'shipped', 'first'],
    [{ status: 'preparing', trackingNumber: null }, 'preparing', null, 'preparing', 'none'],
    [{ status: 'shipped', trackingNumber: '1Z1' }, 'shipped', '1Z1', 'shipped', 'none'],
    [{ status: 'shipped', trackingNumber: '1Z1' }, 'shipped', '1Z2', 'shipped', 'corrected'],
    [{ status: 'shipped', trackingNumber: '1Z1' }, 'delivered', '1Z1', 'delivered', 'none'],
  ] as const)('before %o, status %s, number %s → %s, email %s', (before, status, number, nextStatus, email) => {
    const after = { status, trackingNumber: number };
    expect(statusAfter(before, after)).toBe(nextStatus);
    expect(trackingEmail(before, after)).toBe(email);
  });
  test.each([
    ['preparing', null, null],
    ['shipped', '1Z1', null],
    ['shipped', null, 'A shipped shipment keeps its tracking number: correct it instead of removing it'],
    ['delivered', '  ', 'A delivered shipment keeps its tracking number: correct it instead of removing it'],
    ['returned', null, 'A returned shipment keeps its tracking number: correct it instead of removing it'],
  ] as const)('a %s shipment with number %o: %s', (status, trackingNumber, reason) => {
    expect(trackingNumberRefusal({ status, trackingNumber })).toBe(reason);
  });
});

describe('package numbers', () => {
  test.each([
    [[], 1],
    [['PKG 5-1 · Pham, L. · WO-1'], 2],
    [['PKG 5-2 · Ortiz, M. · WO-2'], 3], // package 1 was taken out: its number stays unused
    [['PKG 5-1 · A', 'PKG 5-3 · B'], 4],
    [['Restock box', 'Spare cables'], 3], // hand-written labels count as packages
    [['PKG 51-7 · not this shipment'], 2],
  ])('labels %j → next %i', (labels, next) => {
    expect(nextPackageNumber(5, labels)).toBe(next);
  });
});

describe('consolidation: one shipment per center per ship day, a labelled package per customer', () => {
  let center: Body;
  let other: Body;
  beforeAll(async () => {
    center = await liveCenter(server.url, server.db, { email: 'desk@center-a.test' });
    other = await liveCenter(server.url, server.db, { email: 'desk@center-b.test' });
  });

  test('three packages for the same center and day share one shipment', async () => {
    const packs = [await pack(center.id, '2026-12-01'), await pack(center.id, '2026-12-01'), await pack(center.id, '2026-12-01')];
    expect(new Set(packs.map((p) => p.shipmentId)).size).toBe(1);
    const shipmentId = packs[0].shipmentId;
    const shipment = await server.db.selectFrom('shipments').selectAll().where('id', '=', shipmentId).executeTakeFirstOrThrow();
    expect(shipment).toMatchObject({ status: 'preparing', shipDate: '2026-12-01', serviceCenterId: center.id, consolidationKey: consolidationKey(Number(center.id), '2026-12-01') });
    const packages = await server.db.selectFrom('shipmentPackages').selectAll().where('shipmentId', '=', shipmentId).orderBy('id').execute();
    expect(packages.map((p) => p.customerId)).toEqual(packs.map((p) => p.customer.id));
    expect(packages.map((p) => String(p.label).split(' · ')[0])).toEqual([`PKG ${shipmentId}-1`, `PKG ${shipmentId}-2`, `PKG ${shipmentId}-3`]);
    expect(packages[0].label).toContain(String(packs[0].customer.lastName));
  });

  test('another day, another shipment; another center, a separate one', async () => {
    const a = await pack(center.id, '2026-12-02');
    const b = await pack(center.id, '2026-12-03');
    const c = await pack(other.id, '2026-12-02');
    expect(new Set([a.shipmentId, b.shipmentId, c.shipmentId]).size).toBe(3);
  });

  test('a shipment moved to another day is found under that day; not onto a day that has one', async () => {
    const moving = await pack(center.id, '2026-12-15');
    const taken = await pack(center.id, '2026-12-17');
    const moved = await api(server.url, 'PATCH', `/api/shipments/${moving.shipmentId}`, { shipDate: '2026-12-16' });
    expect(moved.status).toBe(200);
    expect((await pack(center.id, '2026-12-16')).shipmentId).toBe(moving.shipmentId);
    expect((await pack(center.id, '2026-12-15')).shipmentId).not.toBe(moving.shipmentId);

    const before = await snapshot(server.db);
    const refused = await api(server.url, 'PATCH', `/api/shipments/${moving.shipmentId}`, { shipDate: '2026-12-17' });
    expectErrorBody(refused, 409);
    expect(refused.body.message).toBe(`This center already has a shipment being prepared for that day (#${taken.shipmentId}): add the packages to it instead`);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a walk-in tells the center a package is on its way', async () => {
    const walkIn = await pack(center.id, '2026-12-04', true);
    const message = await server.db.selectFrom('outbox').selectAll().where('dedupeKey', '=', `incoming-shipment:${String(walkIn.workOrder.id)}`).executeTakeFirstOrThrow();
    expect(message).toMatchObject({ kind: 'incoming-shipment', recipient: 'desk@center-a.test', status: 'queued' });
    expect(message.body).toContain(walkIn.label);
  });
});

describe('entering the tracking number ships the shipment and emails the center', () => {
  let center: Body;
  beforeAll(async () => {
    center = await liveCenter(server.url, server.db, { email: 'front@center-c.test' });
  });

  test('shipped, key cleared, one email listing every package; the next appointment starts a new shipment', async () => {
    const first = await pack(center.id, '2026-12-07');
    const second = await pack(center.id, '2026-12-07');
    const id = first.shipmentId;
    const res = await api(server.url, 'PATCH', `/api/shipments/${id}`, { trackingNumber: '1Z999AA10123456784', carrier: 'FedEx' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'shipped', trackingNumber: '1Z999AA10123456784' });
    const row = await server.db.selectFrom('shipments').select(['consolidationKey', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ consolidationKey: null, status: 'shipped' });

    const messages = await outboxFor(id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'tracking-number', recipient: 'front@center-c.test', status: 'queued', dedupeKey: `tracking-number:${id}:1Z999AA10123456784:v${String(res.body.version)}` });
    expect(messages[0].subject).toContain('FedEx 1Z999AA10123456784');
    for (const p of [first, second]) expect(messages[0].body).toContain(p.label);
    expect(messages[0].body).toContain('Ship date: 2026-12-07');
    expect(messages[0].body).toContain('2 packages:');

    const third = await pack(center.id, '2026-12-07');
    expect(third.shipmentId).not.toBe(id);

    const again = await api(server.url, 'PATCH', `/api/shipments/${id}`, { trackingNumber: '1Z999AA10123456784', notes: 'Left the dock at 4 pm' });
    expect(again.status).toBe(200);
    expect(await outboxFor(id)).toHaveLength(1);

    const corrected = await api(server.url, 'PATCH', `/api/shipments/${id}`, { trackingNumber: '1Z999AA10123456799' });
    expect(corrected.status).toBe(200);
    const after = await outboxFor(id);
    expect(after).toHaveLength(2);
    expect(after[1].subject).toContain('Corrected tracking number');

    // corrected back: the center is told again (its last email named the other number)
    expect((await api(server.url, 'PATCH', `/api/shipments/${id}`, { trackingNumber: '1Z999AA10123456784' })).status).toBe(200);
    const back = await outboxFor(id);
    expect(back).toHaveLength(3);
    expect(back[2].subject).toContain('Corrected tracking number: FedEx 1Z999AA10123456784');
  });

  test('packages of a shipped shipment can no longer be added, moved or removed', async () => {
    const shipped = await pack(center.id, '2026-12-08');
    const open = await pack(center.id, '2026-12-09');
    expect((await api(server.url, 'PATCH', `/api/shipments/${shipped.shipmentId}`, { trackingNumber: '9400100000000000000001', carrier: 'USPS' })).status).toBe(200);
    const before = await snapshot(server.db);
    const refusals = [
      await api(server.url, 'POST', '/api/shipment-packages', { shipmentId: shipped.shipmentId, customerId: shipped.customer.id, label: 'Late box' }),
      await api(server.url, 'PATCH', `/api/shipment-packages/${shipped.packageId}`, { shipmentId: open.shipmentId }),
      await api(server.url, 'PATCH', `/api/shipment-packages/${open.packageId}`, { shipmentId: shipped.shipmentId }),
      await api(server.url, 'PATCH', `/api/shipment-packages/${shipped.packageId}`, { contents: 'Something else' }),
      await api(server.url, 'DELETE', `/api/shipment-packages/${shipped.packageId}`),
      await api(server.url, 'PATCH', `/api/shipments/${shipped.shipmentId}`, { status: 'preparing' }),
    ];
    for (const res of refusals) expectErrorBody(res, 409);
    expect(refusals[0].body.message).toBe(packagesLockedReason({ status: 'shipped', trackingNumber: null }));
    expect(refusals[5].body.message).toMatch(/cannot go back to preparing/);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a shipped shipment keeps its tracking number: removing it is refused (409 under trackingNumber)', async () => {
    const p = await pack(center.id, '2026-12-15');
    expect((await api(server.url, 'PATCH', `/api/shipments/${p.shipmentId}`, { trackingNumber: '1ZKEEPME' })).status).toBe(200);
    const before = await snapshot(server.db);
    for (const trackingNumber of [null, '']) {
      const res = await api(server.url, 'PATCH', `/api/shipments/${p.shipmentId}`, { trackingNumber });
      expectErrorBody(res, 409);
      expect(res.body.errors.trackingNumber).toBe('A shipped shipment keeps its tracking number: correct it instead of removing it');
    }
    const delivered = await api(server.url, 'PATCH', `/api/shipments/${p.shipmentId}`, { status: 'delivered', trackingNumber: null });
    expectErrorBody(delivered, 409);
    expect(delivered.body.errors).toHaveProperty('trackingNumber');
    expect(await snapshot(server.db)).toEqual(before);
    const created = await api(server.url, 'POST', '/api/shipments', { serviceCenterId: center.id, shipDate: '2026-12-16', status: 'shipped' });
    expectErrorBody(created, 409);
    expect(created.body.errors).toHaveProperty('trackingNumber');
  });

  test('a consolidated shipment with packages is not deleted', async () => {
    const p = await pack(center.id, '2026-12-10');
    const before = await snapshot(server.db);
    expectErrorBody(await api(server.url, 'DELETE', `/api/shipments/${p.shipmentId}`), 409);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a center without an email: the message is stored as failed, for someone to act on', async () => {
    const silent = await liveCenter(server.url, server.db, { email: null, contacts: [] });
    const p = await pack(silent.id, '2026-12-11');
    expect((await api(server.url, 'PATCH', `/api/shipments/${p.shipmentId}`, { trackingNumber: '1ZNOADDRESS' })).status).toBe(200);
    const [message] = await outboxFor(p.shipmentId);
    expect(message).toMatchObject({ status: 'failed', recipient: '(no address on file)', lastError: 'No email address on file' });
    const listed = await api(server.url, 'GET', '/api/outbox?status=failed&kind=tracking-number');
    expect(listed.body.map((m: Body) => m.id)).toContain(message.id);
  });

  test('a shipment made by hand (restocking) works: created, then shipped with its number', async () => {
    const restock = await api(server.url, 'POST', '/api/shipments', { serviceCenterId: center.id, shipDate: '2026-12-14', notes: 'Restock: 10 handsets' });
    expect(restock.status).toBe(201);
    expect(restock.body.status).toBe('preparing');
    const shipped = await api(server.url, 'PATCH', `/api/shipments/${String(restock.body.id)}`, { trackingNumber: '1ZRESTOCK' });
    expect(shipped.body.status).toBe('shipped');
    const [message] = await outboxFor(Number(restock.body.id));
    expect(message.body).toContain('0 packages:');
  });
});
