import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateDemoData } from '../../server/db/demo-data/seed.ts';
import { DEMO_AUTHORISER } from '../../server/db/demo-data/work-orders.ts';
import { completeProblem, equipmentArrivalProblem, priceFor, type PriceEntry } from '../../server/rules/work-orders/rules.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** The work-order rules hold in the demo data (a smaller run than demo-data.test.ts). */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(async (db) => {
    await generateDemoData(db, { scale: 'demo', seed: 99, today: new Date('2025-06-15T16:00:00Z'), counts: { serviceCenters: 60, customers: 800, workOrders: 4000 } });
  });
});
afterAll(() => server?.close());

const AUTHORISED = ['removal', 'vehicle-switch', 'handheld-exchange'];

test('removals, switches and exchanges that went ahead were authorised by compliance before the work; some removals wait for it', async () => {
  const orders = await server.db.selectFrom('workOrders').selectAll().where('type', 'in', AUTHORISED).execute();
  const done = orders.filter((o) => ['authorized', 'in-progress', 'completed'].includes(o.status));
  expect(done.length).toBeGreaterThan(50);
  for (const o of done) {
    expect(o.authorizedBy, o.number!).toBe(DEMO_AUTHORISER);
    expect(o.authorizedAt! >= o.createdAt, o.number!).toBe(true);
    if (o.startedAt) expect(o.authorizedAt! < o.startedAt, o.number!).toBe(true);
    expect(o.authorizedAt! <= '2025-06-15T16:00:00.000Z', o.number!).toBe(true);
  }
  const waiting = orders.filter((o) => o.type === 'removal' && ['requested', 'scheduled'].includes(o.status));
  expect(waiting.length).toBeGreaterThan(0);
  for (const o of waiting) expect(o.authorizedAt).toBeNull();
  const others = await server.db.selectFrom('workOrders').select('id').where('type', 'not in', AUTHORISED).where('authorizedAt', 'is not', null).execute();
  expect(others).toEqual([]);
});

test('every cost is the center’s price for the work', async () => {
  const rows = await server.db
    .selectFrom('workOrders as w')
    .innerJoin('serviceCenters as c', 'c.id', 'w.serviceCenterId')
    .select(['w.number', 'w.type', 'w.cost', 'c.priceList'])
    .execute();
  const wrong = rows.filter((r) => priceFor(JSON.parse(String(r.priceList)) as PriceEntry[], r.type) !== r.cost);
  expect(wrong).toEqual([]);
});

test('completed work ended no earlier than a day before its scheduled day, with its shipped equipment shipped by then', async () => {
  const orders = await server.db.selectFrom('workOrders').selectAll().where('status', '=', 'completed').execute();
  expect(orders.length).toBeGreaterThan(0);
  const early = orders.filter((o) => {
    // Asked as if still open and authorised: only the times are in question.
    const open = { type: o.type, status: 'in-progress', authorizedAt: String(o.completedAt), scheduledAt: String(o.scheduledAt) };
    return completeProblem(open, { startedAt: o.startedAt, completedAt: o.completedAt }, String(o.completedAt))?.message.includes('before its scheduled day');
  });
  expect(early.map((o) => o.number)).toEqual([]);
  const shipments = await server.db
    .selectFrom('shipmentPackages as p')
    .innerJoin('shipments as s', 's.id', 'p.shipmentId')
    .innerJoin('workOrders as w', 'w.id', 'p.workOrderId')
    .select(['w.number', 'w.completedAt', 's.status', 's.shipDate'])
    .where('w.status', '=', 'completed')
    .execute();
  const unshipped = shipments.filter((s) => equipmentArrivalProblem([s], String(s.completedAt).slice(0, 10)));
  expect(unshipped.map((s) => s.number)).toEqual([]);
});
