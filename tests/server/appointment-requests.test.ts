import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLES } from '../../server/auth/roles.ts';
import { addDaysToIsoDay } from '../../server/dates.ts';
import { queueReminders } from '../../server/rules/outbox/reminders.ts';
import { localTime } from '../../server/rules/availability/rules.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, post, snapshot, useDatabase } from './fixtures.ts';
import { stockForInstallation } from './portal-fixtures.ts';
import { customerPortalSetting, dayAhead, refused, requestAs } from './customer-portal-setting.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let world: Awaited<ReturnType<typeof customerPortalSetting>>;
let mine: (method: string, url: string, body?: unknown) => ReturnType<typeof api>;
let compliance: typeof mine;
const admin = (method: string, url: string, body?: unknown) => api(server.url, method, url, body);

const MONDAY = dayAhead(1);
const SATURDAY = dayAhead(6);

/** A valid request of my own at the live center, on a Monday morning. */
const ask = (extra: Body = {}): Body => ({ serviceCenterId: world.center.id, kind: 'calibration', preferredDate: MONDAY, preferredTime: '09:30', ...extra });

async function created(res: { status: number; body: Body }) {
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const rows = (table: 'workOrders' | 'appointmentRequests' | 'outbox') => server.db.selectFrom(table).selectAll().orderBy('id').execute();

beforeAll(async () => {
  server = await startTestServer();
  useDatabase(server);
  world = await customerPortalSetting(server);
  mine = requestAs(server, world.mine.cookie);
  compliance = requestAs(server, world.staff.compliance);
  await post(server.url, 'center-closures', { serviceCenterId: world.center.id, startsOn: dayAhead(3), endsOn: dayAhead(3), reason: 'Inventory day' });
}, 60_000);
afterAll(() => server.close());

describe('a customer requests an appointment', () => {
  test('for themselves by default, at a live center in its hours: stored as requested, with the preferred instant in the center’s zone', async () => {
    const request = await created(await mine('POST', '/api/appointment-requests', ask({ vehicleId: world.mine.vehicle.id, notes: 'Mornings suit me' })));
    expect(request).toMatchObject({ customerId: world.mine.customer.id, status: 'requested', kind: 'calibration', preferredDate: MONDAY, preferredTime: '09:30', workOrderId: null, decidedAt: null });
    // Illinois: 09:30 on the center's wall clock
    expect(localTime(new Date(String(request.preferredAt)), 'America/Chicago')).toMatchObject({ day: MONDAY, minutes: 9 * 60 + 30 });
    const own = await mine('GET', '/api/appointment-requests?_start=0&_end=10');
    expect((own.body as Body[]).map((r) => r.id)).toEqual([request.id]);
  });

  test.each([
    ['a day that is not after today', () => ask({ kind: 'removal', preferredDate: addDaysToIsoDay(MONDAY, -14) }), 'preferredDate'],
    ['more than 180 days ahead', () => ask({ kind: 'removal', preferredDate: addDaysToIsoDay(MONDAY, 200) }), 'preferredDate'],
    ['before opening', () => ask({ kind: 'removal', preferredTime: '07:45' }), 'preferredTime'],
    ['at closing time', () => ask({ kind: 'removal', preferredTime: '17:00' }), 'preferredTime'],
    ['a Saturday (closed at weekends)', () => ask({ kind: 'removal', preferredDate: SATURDAY }), 'preferredTime'],
    ['a closure', () => ask({ kind: 'removal', preferredDate: dayAhead(3) }), 'preferredTime'],
    ['not a time', () => ask({ kind: 'removal', preferredTime: '25:00' }), 'preferredTime'],
    ['a center not live yet', () => ask({ kind: 'removal', serviceCenterId: world.applicant.id }), 'serviceCenterId'],
    ['another customer’s vehicle', () => ask({ kind: 'removal', vehicleId: world.theirs.vehicle.id }), 'vehicleId'],
    ['a vehicle that does not exist', () => ask({ kind: 'removal', vehicleId: 999_999 }), 'vehicleId'],
    ['a kind that is not requested from the portal', () => ask({ kind: 'cord-exchange' }), 'kind'],
    ['control characters in the notes', () => ask({ kind: 'removal', notes: 'Call me\u0007' }), 'notes'],
  ])('refused (400, nothing written): %s', async (label, body, field) => {
    const res = await refused(server, () => mine('POST', '/api/appointment-requests', body()), 400, label);
    expect(Object.keys(res.body.errors), label).toContain(field);
  });

  test('a closure and the weekly hours are named in the refusal', async () => {
    const closure = await mine('POST', '/api/appointment-requests', ask({ kind: 'removal', preferredDate: dayAhead(3) }));
    expect(closure.body.errors.preferredTime).toContain('Inventory day');
    const weekend = await mine('POST', '/api/appointment-requests', ask({ kind: 'removal', preferredDate: SATURDAY }));
    expect(weekend.body.errors.preferredTime).toContain('Closed on Saturdays');
  });

  test('another customer’s vehicle is answered like one that does not exist', async () => {
    const theirs = await mine('POST', '/api/appointment-requests', ask({ kind: 'removal', vehicleId: world.theirs.vehicle.id }));
    const none = await mine('POST', '/api/appointment-requests', ask({ kind: 'removal', vehicleId: 999_999 }));
    expect(theirs.body.errors.vehicleId).toBe(`No vehicles record with id ${String(world.theirs.vehicle.id)}`);
    expect(none.body.errors.vehicleId).toBe('No vehicles record with id 999999');
  });

  test('never for another customer (403), and one request of a kind waits at a time (409)', async () => {
    const other = await refused(server, () => mine('POST', '/api/appointment-requests', ask({ kind: 'removal', customerId: world.theirs.customer.id })), 403);
    expect(other.body.message).toBe('You add records of your own only');
    const twice = await refused(server, () => mine('POST', '/api/appointment-requests', ask({ preferredTime: '10:00' })), 409);
    expect(twice.body.errors).toEqual({ kind: 'Already requested: wait for the answer' });
  });

  test('the live centers’ public facts, for those who request appointments only', async () => {
    const res = await mine('GET', '/api/appointment-requests/centers');
    expect(res.status).toBe(200);
    const centers = res.body.data as Body[];
    expect(centers.map((c) => c.id)).toEqual([world.center.id]);
    expect(Object.keys(centers[0]).sort()).toEqual(['city', 'hours', 'id', 'name', 'openingHours', 'phone', 'postalCode', 'state', 'street', 'timeZone']);
    expect(centers[0]).toMatchObject({ phone: '555-0170', timeZone: 'America/Chicago', openingHours: { sat: [] } });
    for (const cookie of Object.values(world.staff)) expectErrorBody(await api(server.url, 'GET', '/api/appointment-requests/centers', undefined, { cookie }), 403);
    expectErrorBody(await admin('GET', '/api/appointment-requests/centers'), 403);
    expectErrorBody(await api(server.url, 'GET', '/api/appointment-requests/centers', undefined, { cookie: '' }), 401);
  });
});

describe('who sees and answers requests', () => {
  let theirs: Body;
  beforeAll(async () => {
    theirs = await created(await api(server.url, 'POST', '/api/appointment-requests', ask({ kind: 'removal' }), { cookie: world.theirs.cookie }));
  });

  test('another customer’s request is not there (404), not even to answer', async () => {
    await refused(server, () => mine('GET', `/api/appointment-requests/${String(theirs.id)}`), 404);
    const listed = await mine('GET', `/api/appointment-requests?id=${String(theirs.id)}`);
    expect(listed.body).toEqual([]);
    // a customer is refused the commands by role, before any lookup
    await refused(server, () => mine('POST', `/api/appointment-requests/${String(theirs.id)}/accept`, {}), 403);
    await refused(server, () => mine('POST', `/api/appointment-requests/${String(theirs.id)}/decline`, { reason: 'No' }), 403);
  });

  test('compliance and administrators read every request; the other back-office roles nothing (403)', async () => {
    for (const who of [compliance, admin]) {
      const res = await who('GET', '/api/appointment-requests?status=requested&_sort=createdAt&_order=ASC&_start=0&_end=50');
      expect(res.status).toBe(200);
      expect((res.body as Body[]).map((r) => r.customerId)).toEqual(expect.arrayContaining([world.mine.customer.id, world.theirs.customer.id]));
    }
    for (const role of ['onboarding', 'regional-manager', 'center-staff'] as const) {
      const as = requestAs(server, world.staff[role]);
      await refused(server, () => as('GET', '/api/appointment-requests'), 403, role);
      await refused(server, () => as('GET', `/api/appointment-requests/${String(theirs.id)}`), 403, role);
      await refused(server, () => as('POST', '/api/appointment-requests', ask({ kind: 'vehicle-switch', customerId: world.mine.customer.id })), 403, role);
      await refused(server, () => as('POST', `/api/appointment-requests/${String(theirs.id)}/accept`, {}), 403, role);
      await refused(server, () => as('POST', `/api/appointment-requests/${String(theirs.id)}/decline`, { reason: 'No' }), 403, role);
    }
    await refused(server, () => compliance('POST', '/api/appointment-requests', ask({ kind: 'vehicle-switch', customerId: world.mine.customer.id })), 403);
  });

  test('nobody edits or deletes a request (403 for every role)', async () => {
    const everyone = [world.mine.cookie, ...Object.values(world.staff), undefined];
    expect(everyone).toHaveLength(ROLES.length);
    for (const cookie of everyone) {
      const as = requestAs(server, cookie);
      await refused(server, () => as('PATCH', `/api/appointment-requests/${String(theirs.id)}`, { notes: 'Changed' }), 403);
      await refused(server, () => as('PUT', `/api/appointment-requests/${String(theirs.id)}`, { ...theirs, status: 'accepted' }), 403);
      await refused(server, () => as('DELETE', `/api/appointment-requests/${String(theirs.id)}`), 403);
    }
  });

  test('decline needs a reason; then the customer is told why, and it cannot be answered again', async () => {
    for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
      const res = await refused(server, () => compliance('POST', `/api/appointment-requests/${String(theirs.id)}/decline`, body), 400);
      expect(res.body.errors.reason).toBe('Required');
    }
    const declined = await compliance('POST', `/api/appointment-requests/${String(theirs.id)}/decline`, { reason: 'The center is fully booked that week', version: theirs.version });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'The center is fully booked that week', workOrderId: null });
    expect(declined.body.decidedAt).toBeTruthy();
    const [email] = (await rows('outbox')).filter((m) => m.kind === 'appointment-request' && m.recordId === theirs.id);
    expect(email).toMatchObject({ recipient: world.theirs.customer.email, status: 'queued', subject: 'We could not book your removal appointment' });
    expect(email.body).toContain('The center is fully booked that week');
    const seen = await api(server.url, 'GET', `/api/appointment-requests/${String(theirs.id)}`, undefined, { cookie: world.theirs.cookie });
    expect(seen.body).toMatchObject({ status: 'declined', declineReason: 'The center is fully booked that week' });
    const again = await refused(server, () => compliance('POST', `/api/appointment-requests/${String(theirs.id)}/accept`, {}), 409);
    expect(again.body.message).toBe('This request was already declined');
    await refused(server, () => compliance('POST', `/api/appointment-requests/${String(theirs.id)}/decline`, { reason: 'Again' }), 409);
  });
});

describe('accepting books the work order in the same transaction', () => {
  let request: Body;
  beforeAll(async () => {
    request = await created(await mine('POST', '/api/appointment-requests', ask({ kind: 'installation', preferredTime: '10:15', notes: 'Blue sedan' })));
  });

  test('a refusal of the booking’s rules leaves the request waiting and no work order', async () => {
    const orders = (await rows('workOrders')).length;
    // an installation names its vehicle
    const noVehicle = await refused(server, () => compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, {}), 400);
    expect(noVehicle.body.errors.vehicleId).toBeTruthy();
    // the center is closed at the time compliance chose
    const closed = await refused(server, () => compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, { vehicleId: world.mine.vehicle.id, scheduledAt: `${SATURDAY}T16:00:00.000Z` }), 409);
    expect(closed.body.errors.scheduledAt).toContain('Saturdays');
    // the warehouse holds no equipment to ship
    const empty = await refused(server, () => compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, { vehicleId: world.mine.vehicle.id }), 409);
    expect(empty.body.message).toMatch(/No handset in the warehouse/);
    await refused(server, () => compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, { vehicleId: world.mine.vehicle.id, version: 99 }), 409);
    expect((await rows('workOrders')).length).toBe(orders);
  });

  test('accepted: exactly one work order at the preferred time, the request linked, the equipment reserved, the customer and the center e-mailed', async () => {
    await stockForInstallation(server.url);
    const orders = await rows('workOrders');
    const accepted = await compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, { vehicleId: world.mine.vehicle.id, version: request.version });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const after = await rows('workOrders');
    expect(after).toHaveLength(orders.length + 1);
    const order = after.at(-1)!;
    expect(accepted.body).toMatchObject({ status: 'accepted', workOrderId: order.id, declineReason: null });
    expect(order).toMatchObject({
      type: 'installation',
      status: 'scheduled',
      customerId: world.mine.customer.id,
      vehicleId: world.mine.vehicle.id,
      serviceCenterId: world.center.id,
      scheduledAt: request.preferredAt,
      notes: 'Blue sedan',
    });
    const reserved = await server.db.selectFrom('devices').select('status').where('workOrderId', '=', order.id).execute();
    expect(reserved.map((d) => d.status)).toEqual(expect.arrayContaining(['shipped']));
    const outbox = await rows('outbox');
    const toCustomer = outbox.find((m) => m.kind === 'appointment-request' && m.recordId === request.id)!;
    expect(toCustomer).toMatchObject({ recipient: world.mine.customer.email, status: 'queued', subject: 'Your installation appointment is booked' });
    expect(toCustomer.body).toContain('10:15 AM');
    expect(toCustomer.body).toContain(String(world.center.street));
    expect(toCustomer.body).toContain('555-0170');
    expect(toCustomer.body).toContain(String(order.number));
    expect(outbox.some((m) => m.kind === 'appointment' && m.recordId === order.id)).toBe(true);
    const log = await server.db.selectFrom('auditLog').select(['action', 'resource']).where('resource', '=', 'appointment-requests').where('recordId', '=', Number(request.id)).execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'accept']);
  });

  test('the customer sees it booked, among their upcoming work orders; it cannot be answered again', async () => {
    const own = await mine('GET', `/api/appointment-requests/${String(request.id)}`);
    expect(own.body.status).toBe('accepted');
    const orders = await mine('GET', '/api/work-orders?status=scheduled&_sort=scheduledAt&_order=ASC');
    expect((orders.body as Body[]).map((o) => o.id)).toContain(own.body.workOrderId);
    const again = await refused(server, () => compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, { vehicleId: world.mine.vehicle.id }), 409);
    expect(again.body.errors).toEqual({ status: 'This request was already accepted' });
  });

  test('the day before, a customer who opted in is reminded once; one who did not is not', async () => {
    const quiet = await world.customerOf({ remindersOptIn: false });
    const quietRequest = await created(await api(server.url, 'POST', '/api/appointment-requests', ask({ preferredTime: '11:00' }), { cookie: quiet.cookie }));
    const booked = await compliance('POST', `/api/appointment-requests/${String(quietRequest.id)}/accept`, {});
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    const dayBefore = addDaysToIsoDay(MONDAY, -1);
    const counts = await queueReminders(server.db, dayBefore);
    expect(counts['appointment-reminder']).toBe(1);
    const [reminder] = (await rows('outbox')).filter((m) => m.kind === 'appointment-reminder');
    const ownOrder = (await mine('GET', `/api/appointment-requests/${String(request.id)}`)).body.workOrderId;
    expect(reminder).toMatchObject({ recipient: world.mine.customer.email, recordId: ownOrder, subject: 'Reminder: your installation appointment tomorrow' });
    expect(reminder.body).toContain('10:15 AM');
    const before = await snapshot(server.db);
    expect((await queueReminders(server.db, dayBefore))['appointment-reminder']).toBe(0);
    expect(await snapshot(server.db)).toEqual(before);
    expect((await queueReminders(server.db, addDaysToIsoDay(dayBefore, -1)))['appointment-reminder']).toBe(0);
  });
});

describe('a customer whose language is Spanish hears in Spanish', () => {
  let hablante: Awaited<ReturnType<typeof world.customerOf>>;
  const askAs = async (request: Body) => created(await api(server.url, 'POST', '/api/appointment-requests', ask(request), { cookie: hablante.cookie }));
  const emailOf = async (kind: string, recordId: unknown) => (await rows('outbox')).find((m) => m.kind === kind && m.recordId === recordId)!;
  beforeAll(async () => {
    hablante = await world.customerOf({ language: 'es', firstName: 'Ana', lastName: 'Ruiz', remindersOptIn: true });
  });

  test('booked, then reminded the day before: the visit, its time by the center’s clock and the labels in Spanish', async () => {
    const request = await askAs({ preferredTime: '14:00' });
    const accepted = await compliance('POST', `/api/appointment-requests/${String(request.id)}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const booked = await emailOf('appointment-request', request.id);
    expect(booked.subject).toBe('Su cita de calibración está reservada');
    expect(booked.body).toMatch(/^Hola, Ana Ruiz:\n\nReservamos la cita de calibración que usted pidió\.\n\nCuándo: lunes, \d+ de [a-z]+ de \d{4}, 2:00 p\.m\. C[SD]T\n/);
    expect(booked.body).toContain(`Dónde: ${String(world.center.name)}, ${String(world.center.street)}`);
    expect(booked.body).toContain('Teléfono: 555-0170');
    await queueReminders(server.db, addDaysToIsoDay(MONDAY, -1));
    const reminder = await emailOf('appointment-reminder', accepted.body.workOrderId);
    expect(reminder.subject).toBe('Recordatorio: su cita de calibración es mañana');
    expect(reminder.body).toContain('Le recordamos su cita de calibración de mañana.');
    expect(reminder.body).toContain(`Orden de trabajo: ${String((await rows('workOrders')).find((o) => o.id === accepted.body.workOrderId)!.number)}`);
  });

  test('declined: why, in Spanish around the reason as staff wrote it', async () => {
    const request = await askAs({ kind: 'vehicle-switch', preferredTime: '15:00' });
    const declined = await compliance('POST', `/api/appointment-requests/${String(request.id)}/decline`, { reason: 'The center is closed that day', version: request.version });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const email = await emailOf('appointment-request', request.id);
    expect(email.subject).toBe('No pudimos reservar su cita de cambio de vehículo');
    expect(email.body).toContain(`No pudimos reservar la cita de cambio de vehículo que usted pidió para el ${MONDAY} a las 15:00.\n\nMotivo: The center is closed that day`);
  });
});
