import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Clock } from '../../server/db/demo-data/clock.ts';
import { GEOGRAPHY } from '../../server/db/demo-data/geography.ts';
import { generateDemoData } from '../../server/db/demo-data/seed.ts';
import { DEMO_PASSWORD } from '../../server/db/demo-data/users.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';

/**
 * What the demo logins of the service-center portal see, through the HTTP API, whatever the day
 * the demo is generated: a Monday before opening time, a Saturday (the agenda opens on Monday)
 * and late on New Year's Eve (today's appointments are done by then). A smaller network than the
 * demo's: the demo logins' centers are scripted whatever its size.
 */
const COUNTS = { serviceCenters: 40, customers: 700, workOrders: 4_000 };
const CENTER = 'center@example.com';
const CENTER2 = 'center2@example.com';
const APPOINTMENTS = new Set(['installation', 'removal', 'vehicle-switch']);
const DAY_MS = 86_400_000;

type Body = Record<string, unknown> & { id: number };
type Order = Body & { type: string; status: string; scheduledAt: string; startedAt: string | null; completedAt: string | null; authorizedAt: string | null };

describe.each([
  ['a Monday morning', '2026-03-02T15:00:00.000Z'],
  ['a Saturday afternoon', '2026-03-07T20:00:00.000Z'],
  ["New Year's Eve, late in the day", '2025-12-31T23:30:00.000Z'],
])('the demo generated on %s (%s)', (_label, when) => {
  const now = new Date(when);
  const clock = new Clock(now);
  const iso = (day: number) => clock.iso(day);
  const isOpen = (day: number) => clock.weekday(day) >= 1 && clock.weekday(day) <= 5;
  /** The first open day from today (the agenda's first day) and the four after it. */
  const openDays: number[] = [];
  for (let day = clock.today; openDays.length < 5; day++) if (isOpen(day)) openDays.push(day);

  let server: TestServer;
  const sessions = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer(async (db) => {
      await generateDemoData(db, { scale: 'demo', today: now, counts: COUNTS });
    });
    for (const email of [CENTER, CENTER2]) sessions.set(email, await signIn(server.url, email, DEMO_PASSWORD));
  });
  afterAll(() => server?.close());

  const as = (email: string, method: string, url: string, body?: unknown) => api(server.url, method, url, body, { cookie: sessions.get(email)! });
  const list = async (email: string, url: string): Promise<Body[]> => {
    const res = await as(email, 'GET', `${url}${url.includes('?') ? '&' : '?'}_start=0&_end=1000`);
    expect(res.status, url).toBe(200);
    return res.body;
  };

  /** What a center login sees: its center (with local-time helpers), its work orders of the last four weeks to the agenda's end. */
  async function portal(email: string) {
    const me = await as(email, 'GET', '/api/auth/me');
    const id = Number(me.body.serviceCenterId);
    const center = (await as(email, 'GET', `/api/service-centers/${id}`)).body;
    const geo = GEOGRAPHY[String(center.state)];
    const localDay = (at: string) => clock.dayOf(Date.parse(at), geo);
    const localMinutes = (at: string) => (Date.parse(at) - clock.instant(localDay(at), 0, geo)) / 60_000;
    const from = new Date(now.getTime() - 28 * DAY_MS).toISOString();
    const to = new Date(clock.instant(openDays[4] + 1, 0, geo)).toISOString();
    const orders = (await list(email, `/api/work-orders?scheduledAt_gte=${from}&scheduledAt_lte=${to}&_sort=scheduledAt&_order=ASC`)) as Order[];
    const agenda = orders.filter((o) => APPOINTMENTS.has(o.type) && localDay(o.scheduledAt) >= openDays[0] && o.status !== 'cancelled');
    return { id, center, localDay, localMinutes, orders, agenda };
  }

  test('both demo logins are on live centers, each seeing only its own', async () => {
    const [one, two] = [await portal(CENTER), await portal(CENTER2)];
    expect(one.id).not.toBe(two.id);
    for (const [email, p] of [[CENTER, one], [CENTER2, two]] as const) {
      expect(p.center.onboardingStatus, email).toBe('live');
      expect((await list(email, '/api/service-centers')).map((c) => c.id)).toEqual([p.id]);
    }
  });

  test("center@'s insurance binder expires within 45 days and has not lapsed", async () => {
    const { center } = await portal(CENTER);
    expect(center.insuranceExpiresOn > iso(clock.today)).toBe(true);
    expect(center.insuranceExpiresOn <= iso(clock.today + 45)).toBe(true);
  });

  test.each([CENTER, CENTER2])('%s has appointments on the first open day and each of the next four, on weekdays between 09:00 and 16:00 local', async (email) => {
    const { agenda, orders, localDay, localMinutes } = await portal(email);
    if (isOpen(clock.today)) expect(openDays[0]).toBe(clock.today);
    for (const day of openDays) expect(agenda.filter((o) => localDay(o.scheduledAt) === day).length, iso(day)).toBeGreaterThan(0);
    for (const o of orders.filter((w) => APPOINTMENTS.has(w.type))) {
      expect(isOpen(localDay(o.scheduledAt)), o.scheduledAt).toBe(true);
      expect(localMinutes(o.scheduledAt), o.scheduledAt).toBeGreaterThanOrEqual(9 * 60);
      expect(localMinutes(o.scheduledAt), o.scheduledAt).toBeLessThanOrEqual(16 * 60);
    }
    // what has begun by now is under way or done; what lies ahead is booked
    for (const o of agenda) {
      if (Date.parse(o.scheduledAt) > now.getTime()) expect(['requested', 'scheduled', 'authorized'], o.scheduledAt).toContain(o.status);
      else expect(['in-progress', 'completed', 'no-show'], o.scheduledAt).toContain(o.status);
    }
  });

  test('the agenda holds installations, removals (all but one authorised by compliance) and an authorised vehicle switch', async () => {
    const { agenda } = await portal(CENTER);
    const of = (type: string) => agenda.filter((o) => o.type === type);
    expect(of('installation').length).toBeGreaterThanOrEqual(3);
    expect(of('removal').filter((o) => o.authorizedAt !== null).length).toBeGreaterThanOrEqual(2);
    const unauthorised = of('removal').filter((o) => o.authorizedAt === null);
    expect(unauthorised).toHaveLength(1);
    expect(Date.parse(unauthorised[0].scheduledAt)).toBeGreaterThan(now.getTime());
    expect(of('vehicle-switch').length).toBeGreaterThanOrEqual(1);
    for (const o of of('vehicle-switch')) expect(o.authorizedAt).not.toBeNull();
  });

  test('appointments are work orders like the rest: numbered, priced from the center’s list, billed to the customer, with a customer and vehicle and their equipment', async () => {
    const { agenda, center } = await portal(CENTER);
    const prices = new Map((center.priceList as { serviceType: string; price: number }[]).map((p) => [p.serviceType, p.price]));
    for (const o of agenda) {
      expect(o.number).toMatch(/^WO-\d{4}-\d{6}$/);
      expect(o.cost, String(o.number)).toBe(prices.get(o.type));
      expect(o.billableTo).toBe('customer');
      expect(o.customerId).not.toBeNull();
      expect(o.vehicleId).not.toBeNull();
    }
    for (const o of agenda.filter((w) => Date.parse(w.scheduledAt) > now.getTime() && w.type !== 'installation')) {
      const printed = await as(CENTER, 'POST', `/api/work-orders/${o.id}/print`, {});
      expect(printed.status, String(o.number)).toBe(200);
      expect(printed.body.customer.lastName).toBeTruthy();
      expect(printed.body.vehicle).toMatchObject({ year: expect.any(Number), make: expect.any(String), model: expect.any(String) });
      // equipment on the vehicle for a removal; the switch moves it to another vehicle
      if (o.type === 'removal') expect(printed.body.devices.filter((d: Body) => d.status === 'installed').length, String(o.number)).toBeGreaterThanOrEqual(2);
    }
  });

  test('a shipment on its way (tracking number) carries the packages of upcoming installations, with their reserved devices', async () => {
    const { agenda, id } = await portal(CENTER);
    const shipped = (await list(CENTER, '/api/shipments?status=shipped')).filter((s) => String(s.shipDate) <= iso(clock.today));
    expect(shipped.length).toBeGreaterThan(0);
    const upcoming = new Map(agenda.filter((o) => o.type === 'installation' && Date.parse(o.scheduledAt) > now.getTime()).map((o) => [o.id, o]));
    const packages = (await Promise.all(shipped.map((s) => list(CENTER, `/api/shipment-packages?shipmentId=${s.id}`)))).flat();
    const forInstallations = packages.filter((p) => upcoming.has(Number(p.workOrderId)));
    expect(forInstallations.length).toBeGreaterThanOrEqual(2);
    for (const s of shipped) expect(s.trackingNumber).toBeTruthy();
    for (const p of forInstallations) {
      const devices = await list(CENTER, `/api/devices?workOrderId=${p.workOrderId}`);
      expect(devices.length).toBeGreaterThanOrEqual(2);
      for (const d of devices) {
        expect(d).toMatchObject({ status: 'shipped', serviceCenterId: id, customerId: p.customerId });
        expect(p.contents).toContain(String(d.serial));
      }
    }
  });

  test('walk-ins of the last weeks: calibrations and lockout services, done in under five minutes, their devices calibrated', async () => {
    const { orders, localDay, localMinutes } = await portal(CENTER);
    const since = now.getTime() - 21 * DAY_MS;
    const walkIns = orders.filter((o) => (o.type === 'calibration' || o.type === 'lockout-service') && Date.parse(o.scheduledAt) >= since);
    expect(walkIns.filter((o) => o.type === 'calibration').length).toBeGreaterThanOrEqual(3);
    expect(walkIns.filter((o) => o.type === 'lockout-service').length).toBeGreaterThanOrEqual(1);
    // done within minutes: only one that came in just now may still be under way
    expect(walkIns.filter((o) => o.status !== 'completed' && Date.parse(o.scheduledAt) < now.getTime() - 10 * 60_000)).toEqual([]);
    for (const o of walkIns.filter((w) => w.status === 'completed')) {
      const minutes = (Date.parse(o.completedAt!) - Date.parse(o.startedAt!)) / 60_000;
      expect(minutes).toBeGreaterThan(0);
      expect(minutes).toBeLessThan(5);
      expect(Date.parse(o.startedAt!)).toBeGreaterThanOrEqual(Date.parse(o.scheduledAt));
      expect(isOpen(localDay(o.scheduledAt))).toBe(true);
      expect(localMinutes(o.scheduledAt)).toBeGreaterThanOrEqual(9 * 60);
      expect(localMinutes(o.scheduledAt)).toBeLessThan(16 * 60 + 1);
    }
    let checked = 0;
    for (const o of walkIns.filter((w) => w.type === 'calibration')) {
      const devices = await list(CENTER, `/api/devices?customerId=${o.customerId}&status=installed`);
      for (const d of devices) expect(String(d.lastCalibrationOn) >= iso(localDay(o.scheduledAt)), String(o.number)).toBe(true);
      checked += devices.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('the latest annual audit left corrective actions open: some due soon, one overdue', async () => {
    const open = await list(CENTER, '/api/corrective-actions?status=open');
    const today = iso(clock.today);
    expect(open.filter((a) => a.dueDate !== null && String(a.dueDate) < today)).toHaveLength(1);
    expect(open.filter((a) => a.dueDate !== null && String(a.dueDate) >= today && String(a.dueDate) <= iso(clock.today + 30)).length).toBeGreaterThanOrEqual(2);
    const audits = new Set(open.map((a) => a.auditId));
    for (const auditId of audits) expect((await as(CENTER, 'GET', `/api/audits/${auditId}`)).body.kind).toBe('annual');
  });

  test("neither center login sees the other's work orders or shipments", async () => {
    const [one, two] = [await portal(CENTER), await portal(CENTER2)];
    for (const [email, mine, theirs] of [[CENTER, one, two], [CENTER2, two, one]] as const) {
      expect(mine.agenda.length).toBeGreaterThan(0);
      const orders = await list(email, `/api/work-orders?serviceCenterId=${theirs.id}`);
      expect(orders).toEqual([]);
      for (const o of mine.orders) expect(o.serviceCenterId).toBe(mine.id);
      for (const s of await list(email, '/api/shipments')) expect(s.serviceCenterId).toBe(mine.id);
      for (const o of theirs.agenda.slice(0, 3)) expect((await as(email, 'GET', `/api/work-orders/${o.id}`)).status).toBe(404);
    }
  });
});
