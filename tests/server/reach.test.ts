import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTIVE_CUSTOMER_JURISDICTION, DEVICE_STATUS_BY_COMMAND } from '../../server/auth/policy.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let onboarding: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  await post(base, 'users', { name: 'Olivia Onboarding', email: 'onboarding@reach.test', role: 'onboarding', password: 'reach-pass-1' });
  onboarding = await signIn(base, 'onboarding@reach.test', 'reach-pass-1');
});
afterAll(() => server.close());

const asOnboarding = (method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: onboarding });

describe('onboarding staff reach only centers that are not live yet', () => {
  test('installers of a live center: no edit, no new one, no move into it; a center in training: all three', async () => {
    const live = await liveCenter(base, server.db);
    const training = await createRecord(base, 'service-centers', { onboardingStatus: 'training' });
    const atLive = await createRecord(base, 'installers', { serviceCenterId: live.id });
    const atTraining = await createRecord(base, 'installers', { serviceCenterId: training.id });
    const before = await snapshot(server.db);
    const refused = [
      await asOnboarding('PATCH', `/api/installers/${String(atLive.id)}`, { active: false }),
      await asOnboarding('POST', '/api/installers', { serviceCenterId: live.id, firstName: 'Ian', lastName: `Installer${unique()}` }),
      await asOnboarding('PATCH', `/api/installers/${String(atTraining.id)}`, { serviceCenterId: live.id }),
    ];
    for (const res of refused) {
      expectErrorBody(res, 403);
      expect(res.body.message).toBe('Onboarding staff act only on centers that are not live yet');
    }
    expect(await snapshot(server.db)).toEqual(before);
    expect((await asOnboarding('PATCH', `/api/installers/${String(atTraining.id)}`, { active: false })).status).toBe(200);
    expect((await asOnboarding('POST', '/api/installers', { serviceCenterId: training.id, firstName: 'Ian', lastName: `Installer${unique()}` })).status).toBe(201);
  });
});

describe('unlock-code limits hold for the device and customer as they are', () => {
  test('an in-stock device is not marked installed by an edit, nor an installed one taken off', async () => {
    const center = await liveCenter(base, server.db);
    const stock = await createRecord(base, 'devices', { serviceCenterId: center.id });
    const before = await snapshot(server.db);
    const res = await api(base, 'PATCH', `/api/devices/${String(stock.id)}`, { status: 'installed' });
    expectErrorBody(res, 409);
    expect(res.body).toEqual({ message: DEVICE_STATUS_BY_COMMAND, errors: { status: DEVICE_STATUS_BY_COMMAND } });
    const customer = await createRecord(base, 'customers');
    const installed = await createRecord(base, 'devices', { status: 'installed', customerId: customer.id, serviceCenterId: center.id });
    expectErrorBody(await api(base, 'PATCH', `/api/devices/${String(installed.id)}`, { status: 'in-stock' }), 409);
    expect((await api(base, 'PATCH', `/api/devices/${String(stock.id)}`, { status: 'retired' })).status).toBe(200);
    expect((await snapshot(server.db)).devices.length).toBe(before.devices.length + 1);
  });

  test("an active customer's jurisdiction is not edited; one not in a program yet can move", async () => {
    const from = await createRecord(base, 'jurisdictions', { unlockCodesAllowed: false });
    const to = await createRecord(base, 'jurisdictions', { unlockCodesAllowed: true, unlockCodeValidHours: 24 });
    const active = await createRecord(base, 'customers', { jurisdictionId: from.id, status: 'active' });
    const res = await api(base, 'PATCH', `/api/customers/${String(active.id)}`, { jurisdictionId: to.id });
    expectErrorBody(res, 409);
    expect(res.body.errors).toEqual({ jurisdictionId: ACTIVE_CUSTOMER_JURISDICTION });
    const pending = await createRecord(base, 'customers', { jurisdictionId: from.id });
    expect(((await api(base, 'PATCH', `/api/customers/${String(pending.id)}`, { jurisdictionId: to.id })).body as Body).jurisdictionId).toBe(to.id);
  });
});
