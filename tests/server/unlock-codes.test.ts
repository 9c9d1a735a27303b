import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.ts';
import type { Role } from '../../server/auth/roles.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, snapshot, unique } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Record<Role, string>;
let region: Body;

async function userFor(role: Role, extra: Body = {}) {
  const email = `${role}-${unique()}@unlock.test`;
  await post(base, 'users', { name: `${role} user`, email, role, password: 'unlock-pass-1', ...extra });
  return signIn(base, email, 'unlock-pass-1');
}

/** A jurisdiction with these unlock-code rules, a center in it, a customer and an installed device. */
async function world(rules: Body, deviceOverrides: Body = {}) {
  const jurisdiction = await createRecord(base, 'jurisdictions', { name: `State ${unique()}`, ...rules });
  const center = await createRecord(base, 'service-centers', { regionId: region.id, jurisdictionId: jurisdiction.id });
  const customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id });
  const device = await installedDevice(center, customer, deviceOverrides);
  return { jurisdiction, center, customer, device };
}

const installedDevice = (center: Body, customer: Body, overrides: Body = {}) =>
  createRecord(base, 'devices', { status: 'installed', serviceCenterId: center.id, customerId: customer.id, ...overrides });

const issue = (device: Body, body: unknown = {}, cookie?: string) =>
  api(base, 'POST', `/api/devices/${String(device.id)}/unlock-codes`, body, cookie ? { cookie } : {});

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  region = await createRecord(base, 'regions');
  const center = await createRecord(base, 'service-centers', { regionId: region.id });
  cookies.compliance = await userFor('compliance');
  cookies.onboarding = await userFor('onboarding');
  cookies['regional-manager'] = await userFor('regional-manager', { regionId: region.id });
  cookies['center-staff'] = await userFor('center-staff', { serviceCenterId: center.id });
});
afterAll(() => server.close());

const ALLOWING = { unlockCodesAllowed: true, unlockCodeValidHours: 20, unlockCodesPerDay: 1 };

describe('a jurisdiction that allows unlock codes', () => {
  test('issues an 8-digit code once: stored hashed, expiring after the validity window, audited without the code', async () => {
    const { device, customer, jurisdiction } = await world(ALLOWING);
    const before = Date.now();
    const res = await issue(device, { reason: 'Stranded after a missed retest' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { code, expiresAt, unlockCode } = res.body as { code: string; expiresAt: string; unlockCode: Body };
    expect(code).toMatch(/^\d{8}$/);
    expect(unlockCode).toMatchObject({ deviceId: device.id, customerId: customer.id, jurisdictionId: jurisdiction.id, reason: 'Stranded after a missed retest', issuedBy: 'Test Admin', expiresAt });
    expect(Date.parse(expiresAt) - Date.parse(unlockCode.issuedAt as string)).toBe(20 * 3_600_000);
    expect(Date.parse(unlockCode.issuedAt as string)).toBeGreaterThanOrEqual(before - 1000);
    expect(unlockCode).not.toHaveProperty('codeHash');
    expect(JSON.stringify(unlockCode)).not.toContain(code);

    const row = await server.db.selectFrom('unlockCodes').selectAll().where('id', '=', unlockCode.id as number).executeTakeFirstOrThrow();
    expect(row.codeHash).not.toContain(code);
    expect(String(row.codeHash)).toMatch(/^scrypt\$/);
    expect(await verifyPassword(code, String(row.codeHash))).toBe(true);
    expect(await verifyPassword(code === '00000000' ? '00000001' : '00000000', String(row.codeHash))).toBe(false);

    const read = await api(base, 'GET', `/api/unlock-codes/${String(unlockCode.id)}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(unlockCode);
    const list = await api(base, 'GET', `/api/unlock-codes?deviceId=${String(device.id)}`);
    expect(JSON.stringify(list.body)).not.toContain(code);
    expect(JSON.stringify(list.body)).not.toContain('codeHash');

    const audit = await server.db.selectFrom('auditLog').selectAll().where('resource', '=', 'unlock-codes').where('recordId', '=', unlockCode.id as number).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'unlock-code', userName: 'Test Admin' });
    expect(String(audit[0].summary)).toContain(String(device.serial));
    expect(String(audit[0].summary)).not.toContain(code);
    expect(String(audit[0].diff ?? '')).not.toContain(code);
  });

  test('two codes differ and a compliance reviewer may issue them', async () => {
    const { device } = await world({ ...ALLOWING, unlockCodesPerDay: null });
    const first = await issue(device, {}, cookies.compliance);
    const second = await issue(device, { reason: null }, cookies.compliance);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.body.code).not.toBe(second.body.code);
    expect(second.body.unlockCode.reason).toBeNull();
  });

  test('the daily limit per device: refused once reached (saying how many), free again the next UTC day', async () => {
    const { device, customer, center } = await world({ ...ALLOWING, unlockCodesPerDay: 2 });
    expect((await issue(device)).status).toBe(201);
    expect((await issue(device)).status).toBe(201);
    const state = await snapshot(server.db);
    const refused = await issue(device);
    expectErrorBody(refused, 409);
    expect(refused.body.message).toMatch(/^Daily limit reached: State \d+ \(\w\w\) allows 2 unlock codes per device per day$/);
    expect(await snapshot(server.db)).toEqual(state);
    // Another device of the same customer has its own daily count.
    const other = await installedDevice(center, customer, { kind: 'relay' });
    expect((await issue(other)).status).toBe(201);
    // Codes issued before today's midnight UTC do not count.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await server.db.updateTable('unlockCodes').set({ issuedAt: yesterday }).where('deviceId', '=', device.id as number).execute();
    expect((await issue(device)).status).toBe(201);
  });

  test('concurrent requests cannot exceed the daily limit (count and insert in one transaction)', async () => {
    const { device } = await world(ALLOWING);
    const answers = await Promise.all(Array.from({ length: 6 }, () => issue(device)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const rows = await server.db.selectFrom('unlockCodes').select('id').where('deviceId', '=', device.id as number).execute();
    expect(rows).toHaveLength(1);
  });

  test('the program limit per customer counts every device of the customer', async () => {
    const { device, customer, center } = await world({ unlockCodesAllowed: true, unlockCodeValidHours: 24, unlockCodesPerProgram: 1 });
    const first = await issue(device);
    expect(first.status).toBe(201);
    expect(Date.parse(first.body.expiresAt) - Date.parse(first.body.unlockCode.issuedAt)).toBe(24 * 3_600_000);
    const other = await installedDevice(center, customer, { kind: 'relay' });
    const state = await snapshot(server.db);
    const refused = await issue(other);
    expectErrorBody(refused, 409);
    expect(refused.body.message).toMatch(/^Program limit reached: State \d+ \(\w\w\) allows 1 unlock code per customer over the whole program$/);
    expect(refused.body.errors.unlockCode).toBe(refused.body.message);
    expect(await snapshot(server.db)).toEqual(state);
  });
});

describe("the state's fee", () => {
  test('is charged to the customer’s balance with the code, logged; a free state charges nothing', async () => {
    const { device, customer } = await world({ ...ALLOWING, unlockCodeFee: 12.5 });
    await api(base, 'PATCH', `/api/customers/${String(customer.id)}`, { balance: 10.1 });
    const res = await issue(device);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.unlockCode.fee).toBe(12.5);
    const after = (await api(base, 'GET', `/api/customers/${String(customer.id)}`)).body as Body;
    expect(after.balance).toBe(22.6);
    const log = await server.db.selectFrom('auditLog').select(['summary']).where('resource', '=', 'customers').where('recordId', '=', Number(customer.id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(log.summary).toMatch(/^Unlock code fee for device .+: 12\.50$/);
    const free = await world(ALLOWING);
    expect((await issue(free.device)).body.unlockCode.fee).toBeNull();
    expect(((await api(base, 'GET', `/api/customers/${String(free.customer.id)}`)).body as Body).balance).toBe(free.customer.balance);
  });
});

describe('refusals leave the database unchanged', () => {
  const refuses = async (device: Body, status: number, message: RegExp, cookie?: string) => {
    const state = await snapshot(server.db);
    const res = await issue(device, {}, cookie);
    expectErrorBody(res, status);
    expect(res.body.message).toMatch(message);
    expect(await snapshot(server.db)).toEqual(state);
  };

  test('a jurisdiction that does not allow codes: 409 naming the state', async () => {
    const { device, jurisdiction } = await world({ unlockCodesAllowed: false });
    await refuses(device, 409, new RegExp(`^State \\d+ \\(${String(jurisdiction.code)}\\) does not allow unlock codes$`));
  });

  test('allowed but without a validity window', async () => {
    const { device } = await world({ unlockCodesAllowed: true });
    await refuses(device, 409, /has no validity window/);
  });

  test('a device that is not installed', async () => {
    for (const status of ['in-stock', 'shipped', 'returned', 'retired']) {
      const { device } = await world(ALLOWING, { status });
      await refuses(device, 409, new RegExp(`only for installed devices; this device is ${status}`));
    }
  });

  test('an installed device without a customer', async () => {
    const { center } = await world(ALLOWING);
    const device = await createRecord(base, 'devices', { status: 'installed', serviceCenterId: center.id });
    await refuses(device, 409, /has no customer/);
  });

  test('a jurisdiction without codes that names a number to call: the refusal says whom to call', async () => {
    const { device, jurisdiction } = await world({ unlockCodesAllowed: false, unlockCodeCallNumber: '(800) 555-0100' });
    await refuses(device, 409, new RegExp(`^State \\d+ \\(${String(jurisdiction.code)}\\) does not allow unlock codes; call \\(800\\) 555-0100$`));
  });

  test('roles other than administrators, compliance reviewers and the customer: 403', async () => {
    const { device } = await world(ALLOWING);
    for (const role of ['regional-manager', 'center-staff', 'onboarding'] as const) {
      await refuses(device, 403, /Only administrators, compliance reviewers and the customer whose device it is issue unlock codes/, cookies[role]);
    }
  });

  test('an unknown device: 404; a bad id or body: 400', async () => {
    const state = await snapshot(server.db);
    expectErrorBody(await api(base, 'POST', '/api/devices/999999/unlock-codes', {}), 404);
    expectErrorBody(await api(base, 'POST', '/api/devices/abc/unlock-codes', {}), 400);
    const { device } = await world(ALLOWING);
    const state2 = await snapshot(server.db);
    const unknown = await issue(device, { code: '12345678' });
    expectErrorBody(unknown, 400);
    expect(unknown.body.errors.code).toBe('Unknown field');
    expectErrorBody(await issue(device, { reason: 'x'.repeat(501) }), 400);
    expect(await snapshot(server.db)).toEqual(state2);
    expect(state.unlockCodes).toEqual(state2.unlockCodes);
  });

  test('signed out: 401', async () => {
    const { device } = await world(ALLOWING);
    expectErrorBody(await api(base, 'POST', `/api/devices/${String(device.id)}/unlock-codes`, {}, { cookie: '' }), 401);
  });
});
