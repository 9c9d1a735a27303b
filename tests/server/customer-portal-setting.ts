import { expect } from 'vitest';
import type { Role } from '../../server/auth/roles.ts';
import { addDaysToIsoDay, today } from '../../server/dates.ts';
import { api, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, vinOf } from './fixtures.ts';
import { userOf } from './portal-fixtures.ts';

type Body = Record<string, unknown>;

const WEEKDAY = [{ opens: '08:00', closes: '17:00' }];
/** Monday to Friday 08:00–17:00, closed at weekends (the center's wall clock: Illinois, America/Chicago). */
export const WEEKDAY_HOURS = { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: WEEKDAY, sat: [], sun: [] };

/** The next day of this weekday (0 Sunday … 6 Saturday) at least `minDays` days after today (UTC), YYYY-MM-DD. */
export function dayAhead(weekday: number, minDays = 3): string {
  let day = addDaysToIsoDay(today(), minDays);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== weekday) day = addDaysToIsoDay(day, 1);
  return day;
}

/** A customer with a vehicle, signed in to their own login. */
async function customerOf(base: string, jurisdictionId: unknown, extra: Body = {}) {
  const customer = await createRecord(base, 'customers', { jurisdictionId, email: `driver-${unique()}@portal.test`, ...extra });
  const vehicle = await post(base, 'vehicles', { customerId: customer.id, year: 2020, make: 'Honda', model: 'Civic', vin: vinOf(unique()) });
  return { customer, vehicle, cookie: await userOf(base, 'customer', { customerId: customer.id }) };
}

/**
 * Two customers (signed in) with a vehicle each, a live center open on weekdays and one not live
 * yet, and a signed-in user of every back-office role (the administrator is `api()`'s default).
 */
export async function customerPortalSetting(server: TestServer) {
  const base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions');
  const center = await liveCenter(base, server.db, { jurisdictionId: jurisdiction.id, phone: '555-0170', openingHours: WEEKDAY_HOURS });
  const applicant = await createRecord(base, 'service-centers', { jurisdictionId: jurisdiction.id, openingHours: WEEKDAY_HOURS });
  const staff: Partial<Record<Role, string>> = {
    compliance: await userOf(base, 'compliance'),
    onboarding: await userOf(base, 'onboarding'),
    'regional-manager': await userOf(base, 'regional-manager', { regionId: center.regionId }),
    'center-staff': await userOf(base, 'center-staff', { serviceCenterId: center.id }),
  };
  return { jurisdiction, center, applicant, staff, mine: await customerOf(base, jurisdiction.id), theirs: await customerOf(base, jurisdiction.id), customerOf: (extra: Body = {}) => customerOf(base, jurisdiction.id, extra) };
}

/** A refused request: its status, the `{ message, errors }` shape, and nothing written anywhere. */
export async function refused<R extends { status: number; body: unknown }>(server: TestServer, request: () => Promise<R>, status: number, label = ''): Promise<R> {
  const before = await snapshot(server.db);
  const res = await request();
  expectErrorBody(res, status, label);
  expect(await snapshot(server.db), label).toEqual(before);
  return res;
}

/** A request with a session cookie (the administrator's when none is given). */
export const requestAs = (server: TestServer, cookie: string | undefined) => (method: string, url: string, body?: unknown) =>
  api(server.url, method, url, body, cookie === undefined ? {} : { cookie });
