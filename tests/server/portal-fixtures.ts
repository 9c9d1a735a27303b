import { api, signIn, type TestServer } from './test-server.ts';
import { createRecord, liveCenter, post, unique, vinOf } from './fixtures.ts';

type Body = Record<string, unknown>;

const PASSWORD = 'portal-pass-1';

/** Signs in a new user of this role (tied to a center or a region where the role is). */
export async function userOf(base: string, role: string, ties: Body = {}) {
  const email = `${role}-${unique()}@test.local`;
  await post(base, 'users', { name: `${role} user`, email, role, password: PASSWORD, ...ties });
  return signIn(base, email, PASSWORD);
}

/** A live center in a region of its own, with its staff, the region's manager and an onboarding user signed in. */
export async function portalSetting(server: TestServer) {
  const base = server.url;
  const region = await createRecord(base, 'regions');
  const center = await liveCenter(base, server.db, { regionId: region.id });
  const other = await liveCenter(base, server.db, { regionId: region.id });
  return {
    center,
    other,
    cookies: {
      staff: await userOf(base, 'center-staff', { serviceCenterId: center.id }),
      otherStaff: await userOf(base, 'center-staff', { serviceCenterId: other.id }),
      manager: await userOf(base, 'regional-manager', { regionId: region.id }),
      onboarding: await userOf(base, 'onboarding'),
    },
  };
}

/** A customer with court and payment details (which the portal must never show) and a vehicle. */
export async function customerWithVehicle(base: string) {
  const customer = await createRecord(base, 'customers', { phone: '555-0100', caseNumber: `CASE-${unique()}`, balance: 321.5, paymentPlan: 'weekly' });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2021, make: 'Toyota', model: 'Corolla', vin: vinOf(unique()) });
  return { customer, vehicle };
}

/** Devices in the provider's warehouse for one installation's equipment. */
export async function stockForInstallation(base: string) {
  for (const kind of ['handset', 'relay', 'camera']) await post(base, 'devices', { serial: `WH-${unique()}`, kind, model: `${kind} model` });
}

/** The shipment carrying a work order's package leaves the warehouse with a tracking number. */
export async function shipPackageOf(server: TestServer, orderId: unknown, trackingNumber: string) {
  const [pkg] = (await api(server.url, 'GET', `/api/shipment-packages?workOrderId=${String(orderId)}`)).body as Body[];
  await server.db.updateTable('shipments').set({ status: 'shipped', trackingNumber, carrier: 'FedEx', consolidationKey: null }).where('id', '=', pkg.shipmentId as number).execute();
  return pkg;
}
