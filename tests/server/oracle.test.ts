/**
 * THE ORACLE TEST: json-server 0.17.4 and our /api hold identical data, and every list/get request
 * of the matrix must get the same status, the same JSON body and the same X-Total-Count (or none)
 * from both. What we do differently on purpose is in 'deliberate differences from json-server'.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTACT_CHANNELS, CUSTOMER_STATUSES, ONBOARDING_STATUSES, PAYMENT_PLANS, WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from '../../server/resources/choices.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { post, vinOf } from './fixtures.ts';
import type { Db } from '../../server/db/database.ts';
import type { NewRow } from '../../server/db/schema.ts';
import { resourceByName } from '../../server/resources/index.ts';
import { inputSchema } from '../../server/resources/fields.ts';
import { toRow } from '../../server/rest/records.ts';
import { workOrderNumber } from '../../server/resources/work-order-number.ts';
import { NO_CONTROL } from '../../server/resources/plain-text.ts';
import { MAX_LIKE_TERMS, MAX_LIST_VALUES, MAX_OR_VALUES, MAX_TERM_LENGTH } from '../../server/rest/list-limits.ts';

type Row = Record<string, unknown>;

interface JsonServer {
  create(): { use(handler: unknown): void; listen(port: number, host: string, callback: () => void): Server };
  router(source: string): unknown;
}
const jsonServer = createRequire(import.meta.url)('json-server') as JsonServer;

const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(list: readonly T[], i: number) => list[i % list.length];

// ---------------------------------------------------------------------------------------------
// The fixture: varied on purpose (nulls, ties, mixed case, decimals, booleans, dates).
// q terms used below (xav, ann, smith, example, motors, reno, ern, coast, nev, strict, brake,
// urgent, call, wo-, ford) occur only in the searched text fields; json-server's q also matches
// any other field's toString ("t" matches every timestamp, "ue" every `true`), so none of them
// may appear in street names, enum values, hours, contacts or timestamps.

const JURISDICTIONS: Row[] = [
  {
    code: 'CA', name: 'California', calibrationIntervalDays: 60, graceDaysBeforeLockout: 5, unlockCodesAllowed: true,
    unlockCodeLimits: '2 per year', stateInspectionRequired: true, cameraRequired: true, backgroundCheckRequired: false,
    recordRetentionYears: 7, reportingDeadlines: 'Monthly by the 5th', notes: 'Strict reviews', rulesConfirmed: true,
  },
  { code: 'NV', name: 'nevada', calibrationIntervalDays: 30, unlockCodesAllowed: false, notes: null },
];

const REGIONS: Row[] = [
  { code: 'WEST', name: 'Western Region', description: 'Pacific coast' },
  { code: 'east', name: 'eastern region', description: null },
  { code: 'North', name: 'Northern', description: 'Mountains and Lakes' },
];

const CENTER_NAMES = ['Alpha Motors', 'beta garage', 'Alpha Motors', 'Gamma Auto', 'delta Lock', 'Epsilon Motors', 'Zeta Service', 'eta service', 'Theta Garage', 'Iota Auto', 'kappa motors', 'Lambda Lock'];
const CENTERS: Row[] = CENTER_NAMES.map((name, i) => ({
  name,
  regionId: (i % 3) + 1,
  jurisdictionId: (i % 2) + 1,
  street: `${100 + i * 7} ${pick(['Oak', 'Pine', 'Elm', 'Cedar'], i)} Avenue`,
  city: pick(['Reno', 'reno', 'Las Vegas', 'Sacramento', 'Fresno', 'Reno', 'Carson City'], i),
  state: i % 4 === 3 ? 'CA' : 'NV',
  postalCode: String(89500 + ((i * 3) % 7)),
  phone: i % 3 === 0 ? null : `775-555-01${pad(i)}`,
  email: i % 4 === 1 ? null : `Center${i}@Shops.example`,
  contacts: i % 5 === 0 ? [{ name: 'Quinn Ray', role: 'Owner' }] : [],
  hours: i % 2 ? 'Mon-Fri 8-5' : null,
  onboardingStatus: pick(ONBOARDING_STATUSES, i),
  priceList: i % 6 === 0 ? [{ serviceType: 'installation', price: 99.5 }] : [],
  notes: i % 3 === 1 ? 'Prefers mornings' : null,
}));

const FIRST = ['Xavier', 'anna', 'Anna', 'ANNA', 'Bob', 'bob', 'Carla', 'José', 'Dana', 'Eve'];
const LAST = ['Smith', 'smith', 'SMITH', 'Jones', 'Quixley', 'Oneil', 'Brown'];
const BALANCES = [0, 12.5, -3.75, null, 100, 12.5, 99.99, 0.1];
const CUSTOMERS: Row[] = Array.from({ length: 30 }, (_, i) => {
  const first = pick(FIRST, i);
  const last = pick(LAST, i);
  return {
    firstName: first,
    lastName: last,
    email: i % 5 === 4 ? null : `${first.replace('é', 'e')}.${last}${i}@Example.com`,
    phone: i % 6 === 5 ? null : `702-555-${1000 + i * 37}`,
    street: `${10 + i} Harbor Road`,
    city: pick(['Reno', 'reno', 'Las Vegas', null, 'Henderson', 'Sparks', 'RENO'], i),
    state: i % 3 === 0 ? null : 'NV',
    postalCode: i % 4 === 0 ? null : String(89000 + i),
    jurisdictionId: i % 3 === 0 ? 1 : 2,
    caseNumber: i % 4 === 0 ? null : `CN-${2000 + i}`,
    programStart: i % 5 === 0 ? null : `2024-${pad(1 + (i % 9))}-${pad(10 + (i % 10))}`,
    programEnd: i % 3 === 0 ? null : `2025-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
    paymentPlan: pick(PAYMENT_PLANS, i),
    autoPay: i % 3 === 0,
    balance: pick(BALANCES, i),
    preferredChannel: pick(CONTACT_CHANNELS, i),
    remindersOptIn: i % 2 === 0,
    status: pick(CUSTOMER_STATUSES, i),
  };
});
// Upper-case letters outside ASCII (see 'known bugs' below)
CUSTOMERS.push({ firstName: 'ÉLODIE', lastName: 'Ørsted', jurisdictionId: 1, city: 'ÅRHUS', balance: 5 });

const MAKES = ['Ford', 'ford', 'Toyota', 'Honda', 'FORD', 'Kia', 'Toyota', 'Subaru'];
const VEHICLES: Row[] = MAKES.map((make, i) => ({
  customerId: i * 3 + 1,
  year: pick([2015, 2019, 2019, 2021, 2008, 2023, 2019, 2015], i),
  make,
  model: pick(['Focus', 'Corolla', 'Civic', 'Rio', 'Outback'], i),
  vin: vinOf(700000 + i),
  plate: i % 3 === 2 ? null : pick(['ABC123', 'XYZ789', 'ABC123X'], i),
  plateState: i % 3 === 2 ? null : 'NV',
}));

const COSTS = [null, 149.99, 75, 75, 0, 1200.5, 49.9, null, 300];
const NOTES = [null, 'Brake light wiring', 'URGENT: customer waiting', 'urgent', 'Check the brake pedal', null, 'Call ahead', 'Second visit'];
const WORK_ORDERS: Row[] = Array.from({ length: 40 }, (_, i) => ({
  type: pick(WORK_ORDER_TYPES, i),
  status: pick(WORK_ORDER_STATUSES, i),
  serviceCenterId: 1 + ((i * 5) % 12),
  customerId: i % 4 === 3 ? null : 1 + ((i * 7) % 30),
  vehicleId: i % 5 === 0 ? 1 + (i % 8) : null,
  // required: walk-ins record their arrival; ties on purpose (i % 6 === 5 shares one instant)
  scheduledAt: i % 6 === 5 ? '2025-06-30T12:00:00.000Z' : `2025-${pad(1 + (i % 6))}-${pad(10 + (i % 5))}T${pad(8 + (i % 3))}:30:00.000Z`,
  startedAt: i % 3 === 0 ? `2025-02-${pad(1 + (i % 20))}T09:00:00Z` : null,
  completedAt: i % 4 === 0 ? `2025-0${1 + (i % 5)}-20T16:45:00+02:00` : null,
  cost: pick(COSTS, i),
  billableTo: i % 3 === 0 ? 'provider' : 'customer',
  notes: pick(NOTES, i),
}));

const FIXTURE: [resource: string, rows: Row[]][] = [
  ['jurisdictions', JURISDICTIONS],
  ['regions', REGIONS],
  ['service-centers', CENTERS],
  ['customers', CUSTOMERS],
  ['vehicles', VEHICLES],
  ['work-orders', WORK_ORDERS],
];

// ---------------------------------------------------------------------------------------------
// The matrix. `{{resource.id.field}}` is replaced by that record's value (URL-encoded).

const MATRIX: string[] = [
  // regions: mixed-case text sorts, nullable sorts, q, _like
  'regions',
  'regions?_sort=id&_order=asc',
  'regions?_sort=name',
  'regions?_sort=name&_order=DESC',
  'regions?_sort=description&_order=asc',
  'regions?_sort=description&_order=desc',
  'regions?q=ern',
  'regions?q=COAST',
  'regions?code_like=st',
  'regions/2',
  // jurisdictions: booleans, repeated keys, nullable numbers
  'jurisdictions?unlockCodesAllowed=true',
  'jurisdictions?cameraRequired=false',
  'jurisdictions?code=CA&code=NV',
  'jurisdictions?_sort=graceDaysBeforeLockout&_order=desc',
  'jurisdictions?_sort=graceDaysBeforeLockout&_order=asc',
  'jurisdictions?q=nev',
  'jurisdictions?q=Strict',
  'jurisdictions/1',
  // service centers: ties, comma lists, foreign keys, nested JSON in the body
  'service-centers?_sort=name,id&_order=asc,desc',
  'service-centers?_sort=name',
  'service-centers?_sort=city,name&_order=desc,asc',
  'service-centers?_sort=phone',
  'service-centers?_sort=phone&_order=desc',
  'service-centers?_sort=email,name&_order=desc,desc',
  'service-centers?regionId=2',
  'service-centers?regionId=1&regionId=3&_sort=name',
  'service-centers?jurisdictionId=2&regionId_ne=1',
  'service-centers?onboardingStatus=live&onboardingStatus=applicant',
  'service-centers?q=motors',
  'service-centers?q=MOTORS&regionId=1',
  'service-centers?q=reno&_sort=name&_order=desc&_start=1&_end=3',
  'service-centers?name_like=motors',
  'service-centers?name_like=MOTORS&name_like=garage',
  'service-centers?email_like=shops',
  'service-centers?state=NV&city=Reno',
  'service-centers?name=Alpha+Motors',
  'service-centers?name=Alpha%20Motors&name=Gamma%20Auto',
  'service-centers?postalCode_gte=89503&_sort=postalCode,id&_order=asc,desc',
  'service-centers/5',
  // customers: sorts
  'customers?_sort=lastName,firstName&_order=asc,asc',
  'customers?_sort=lastName,firstName&_order=desc,asc',
  'customers?_sort=firstName,lastName&_order=Asc,DESC',
  'customers?_sort=balance&_order=asc',
  'customers?_sort=balance&_order=desc',
  'customers?_sort=balance,lastName&_order=desc,desc',
  'customers?_sort=programStart&_order=asc&_start=0&_end=10',
  'customers?_sort=programEnd&_order=desc&_start=0&_end=12',
  'customers?_sort=autoPay,id&_order=desc,asc',
  'customers?_sort=status,balance,id&_order=asc,asc',
  'customers?_sort=createdAt,id&_order=desc,asc',
  'customers?_sort=city',
  'customers?_sort=city&_order=desc',
  'customers?_sort=lastName,firstName&_order=desc',
  'customers?_sort=lastName&_order=',
  'customers?_sort=id&_order=desc&_start=5&_end=10',
  // customers: filters
  'customers?autoPay=true',
  'customers?autoPay=false&remindersOptIn=true',
  'customers?balance_gte=12.5',
  'customers?balance_lte=0',
  'customers?balance_gte=0&balance_lte=99.99&_sort=balance',
  'customers?balance=12.5',
  'customers?balance=-3.75',
  'customers?balance_ne=0',
  'customers?status_ne=active&status_ne=terminated',
  'customers?programStart_gte=2024-03-01&programStart_lte=2024-06-30',
  'customers?programEnd_lte=2025-06-15&_sort=programEnd&_order=desc',
  'customers?lastName=Smith',
  'customers?lastName=Smith&lastName=smith',
  'customers?lastName_like=smith',
  'customers?lastName_like=SMITH&firstName_like=ann',
  'customers?firstName_like=ann&firstName_like=bob',
  'customers?firstName=José',
  'customers?jurisdictionId=2&_sort=id&_order=desc',
  'customers?city=Reno&city=reno',
  'customers?city=',
  'customers?id=1&id=2&id=5',
  'customers?id_gte=10&id_lte=20&_sort=id&_order=desc',
  'customers?id_ne=1&id_ne=2&_limit=5',
  'customers?lastName_gte=S&lastName_lte=Sz',
  'customers?caseNumber_like=cn-20',
  'customers?email_like=example',
  'customers?email_like=',
  'customers?preferredChannel=sms&_sort=firstName',
  'customers?createdAt_gte={{customers.15.createdAt}}',
  'customers?updatedAt_lte={{customers.10.updatedAt}}&_sort=updatedAt&_order=desc',
  'customers?lastName=Nobody',
  'customers?version=1&_limit=3',
  // customers: q
  'customers?q=smith',
  'customers?q=Xav',
  'customers?q=ann&autoPay=true',
  'customers?q=example&_sort=lastName&_order=desc&_page=2&_limit=5',
  'customers?q=quix&_sort=balance&_order=desc&_start=1&_limit=2',
  'customers?q=zzzz',
  'customers?q=&_limit=3',
  'customers?q=smith&q=jones',
  'customers?q=_',
  'customers?q=%25',
  // customers: pagination
  'customers?_limit=7',
  'customers?_start=5&_limit=7',
  'customers?_start=25&_end=40',
  'customers?_start=10&_end=5',
  'customers?_end=0',
  'customers?_limit=0',
  'customers?_page=2',
  'customers?_page=3&_limit=7',
  'customers?_page=5&_limit=7',
  'customers?_page=99&_limit=5',
  'customers?_page=0&_limit=4',
  'customers?_page=2&_limit=0',
  'customers?_page=1&_limit=5&_start=3&_end=4',
  'customers?_start=3',
  'customers?_end=5&_limit=2',
  'customers?_start=28&_end=35&_sort=lastName',
  'customers/7',
  // vehicles
  'vehicles?_sort=year,make&_order=desc,asc',
  'vehicles?year=2019',
  'vehicles?year_gte=2015&year_lte=2019&_sort=year',
  'vehicles?make_like=ford',
  'vehicles?q=FORD',
  'vehicles?plate_ne=ABC123',
  'vehicles?plate_like=abc',
  'vehicles?customerId=4&customerId=7',
  // work orders: sorts
  'work-orders?_sort=scheduledAt&_order=asc',
  'work-orders?_sort=scheduledAt&_order=desc',
  'work-orders?_sort=cost,id&_order=asc,desc',
  'work-orders?_sort=cost&_order=desc&_start=0&_end=10',
  'work-orders?_sort=customerId',
  'work-orders?_sort=status,type,scheduledAt',
  'work-orders?_sort=vehicleId,customerId&_order=desc,desc',
  'work-orders?_sort=completedAt&_order=asc&_limit=5',
  'work-orders?_sort=number&_order=desc&_page=2&_limit=15',
  // work orders: filters
  'work-orders?customerId=8',
  'work-orders?customerId_ne=8',
  'work-orders?customerId_gte=10&_sort=customerId&_order=desc',
  'work-orders?serviceCenterId=1&serviceCenterId=6&status_ne=cancelled',
  'work-orders?scheduledAt_gte=2025-03-01&scheduledAt_lte=2025-04-30T23:59:59.999Z',
  'work-orders?scheduledAt_gte=2025-03-12T10:30:00.000Z',
  'work-orders?scheduledAt_like=2025-02',
  'work-orders?completedAt_lte=2025-03-01',
  'work-orders?startedAt_gte=2025-02-10&startedAt_lte=2025-02-15',
  'work-orders?cost_gte=75&cost_lte=300',
  'work-orders?cost=75',
  'work-orders?cost_ne=75&cost_ne=0',
  'work-orders?cost=0',
  'work-orders?cost_gte=100&cost_gte=1000',
  'work-orders?type=calibration&type=installation&_sort=id&_order=desc',
  'work-orders?billableTo=provider&status=completed',
  'work-orders?notes_like=brake',
  'work-orders?notes_like=URGENT',
  'work-orders?vehicleId=1',
  'work-orders?number={{work-orders.12.number}}',
  'work-orders?number_like=000012',
  'work-orders?status=completed&status=no-show&_sort=completedAt&_order=asc&_start=1&_limit=3',
  // work orders: q, alone and combined
  'work-orders?q=brake',
  'work-orders?q=Urgent&_sort=cost&_order=desc',
  'work-orders?q=call',
  'work-orders?q=wo-&_page=3&_limit=6',
  'work-orders?q=brake&serviceCenterId_gte=3&_sort=scheduledAt&_order=desc&_limit=2',
  'work-orders?q=urgent&cost_ne=75&status_ne=requested',
  'work-orders/12',
  'work-orders/40',
];

// ---------------------------------------------------------------------------------------------

let ours: TestServer;
let oracle: Server;
let oracleUrl: string;
let dir: string;
const dump: Record<string, Row[]> = {};

/**
 * Work orders follow booking rules (live centers, prices from the center's list, stock to ship)
 * that this query-dialect fixture deliberately ignores: stored directly, validated and normalised
 * by the resource's own field definitions as the API stores them (the rules: work-orders.test.ts).
 */
async function storeWorkOrder(db: Db, row: Row) {
  const workOrders = resourceByName.get('work-orders')!;
  const data = Object.fromEntries(Object.entries(workOrders.fields).map(([name, field]) => [name, inputSchema(field).parse(row[name] ?? null) ?? null]));
  const now = new Date().toISOString();
  const { id } = (await db.insertInto('workOrders').values({ ...toRow(workOrders, data), createdAt: now, updatedAt: now, version: 1 } as NewRow<'workOrders'>).returning('id').executeTakeFirstOrThrow());
  await db.updateTable('workOrders').set({ number: workOrderNumber(now, id) }).where('id', '=', id).execute();
}

beforeAll(async () => {
  ours = await startTestServer();
  for (const [resource, rows] of FIXTURE) {
    for (const row of rows) {
      if (resource === 'service-centers' && row.onboardingStatus === 'live') {
        // centers go live through the go-live command (its gates are tested elsewhere): set it directly
        const created = await post(ours.url, resource, { ...row, onboardingStatus: 'state-notified' });
        await ours.db.updateTable('serviceCenters').set({ onboardingStatus: 'live' }).where('id', '=', created.id as number).execute();
      } else if (resource === 'work-orders') await storeWorkOrder(ours.db, row);
      else await post(ours.url, resource, row);
    }
  }
  for (const [resource] of FIXTURE) {
    const res = await api(ours.url, 'GET', `/api/${resource}?_sort=id&_order=asc`);
    expect(res.status).toBe(200);
    dump[resource] = res.body;
  }
  dir = fs.mkdtempSync(path.join(ours.dir, 'json-server-'));
  const file = path.join(dir, 'db.json');
  fs.writeFileSync(file, JSON.stringify(dump, null, 2));
  const app = jsonServer.create();
  app.use(jsonServer.router(file));
  await new Promise<void>((resolve) => {
    oracle = app.listen(0, '127.0.0.1', resolve);
  });
  oracleUrl = `http://127.0.0.1:${(oracle.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => (oracle ? oracle.close(resolve) : resolve(undefined)));
  await ours?.close();
});

/** Replaces `{{resource.id.field}}` with that record's value. */
function resolve(url: string): string {
  return url.replace(/\{\{([\w-]+)\.(\d+)\.(\w+)\}\}/g, (_, resource: string, id: string, field: string) => {
    const record = dump[resource].find((r) => r.id === Number(id));
    if (!record) throw new Error(`No ${resource} ${id} in the fixture`);
    return encodeURIComponent(String(record[field]));
  });
}

async function both(url: string) {
  const [a, b] = await Promise.all([api(ours.url, 'GET', `/api/${url}`), api(oracleUrl, 'GET', `/${url}`)]);
  const shape = (r: typeof a) => ({ status: r.status, total: r.headers.get('x-total-count'), body: r.body });
  return { ours: shape(a), theirs: shape(b) };
}

describe('oracle: /api answers like json-server 0.17.4 on the same data', () => {
  test('the fixture is what the matrix expects', () => {
    expect(MATRIX.length).toBeGreaterThanOrEqual(60);
    expect(new Set(MATRIX).size).toBe(MATRIX.length);
    for (const [resource, rows] of FIXTURE) expect(dump[resource].length, resource).toBe(rows.length);
  });

  test.for(MATRIX)('GET %s', async (template) => {
    const url = resolve(template);
    const { ours: a, theirs: b } = await both(url);
    expect(b.status, `json-server on ${url}`).toBe(200);
    expect(a, `GET ${url}`).toEqual(b);
  });

  test('the matrix is not trivial: most requests return some records, some return none', async () => {
    let empty = 0;
    for (const template of MATRIX) {
      const { theirs } = await both(resolve(template));
      if (Array.isArray(theirs.body) && theirs.body.length === 0) empty++;
    }
    expect(empty).toBeGreaterThanOrEqual(3);
    expect(empty).toBeLessThan(MATRIX.length / 5);
  });
});

describe('deliberate differences from json-server', () => {
  const get = (url: string) => both(resolve(url));

  test.for([
    ['customers?colour=red', 'colour'],
    ['customers?lastname=Smith', 'lastname'],
  ])('unknown filter field %s -> 400 (json-server silently ignores it and answers everything)', async ([url, key]) => {
    const { ours: a, theirs: b } = await get(url);
    expect(a.status).toBe(400);
    expect(a.body.errors[key]).toBe('Unknown field');
    expect(b.status).toBe(200);
    expect(b.body).toHaveLength(CUSTOMERS.length);
  });

  test('unknown field with an operator suffix -> 400 (json-server keeps it and matches nothing)', async () => {
    const { ours: a, theirs: b } = await get('customers?colour_like=red');
    expect(a.status).toBe(400);
    expect(a.body.errors.colour_like).toBe('Unknown field');
    expect(b).toMatchObject({ status: 200, body: [] });
  });

  test('unknown sort field -> 400 (json-server sorts by undefined, i.e. not at all)', async () => {
    const { ours: a, theirs: b } = await get('customers?_sort=surname');
    expect(a.status).toBe(400);
    expect(a.body.errors._sort).toMatch(/surname/);
    expect(b.status).toBe(200);
  });

  test('an _order other than asc/desc -> 400 (json-server sorts ascending)', async () => {
    const { ours: a, theirs: b } = await get('customers?_sort=lastName&_order=descending');
    expect(a.status).toBe(400);
    expect(a.body.errors._order).toBeDefined();
    expect(b.status).toBe(200);
  });

  test.for(['customers/abc', 'customers/1.0', 'customers/01', 'customers/0'])(
    'non-numeric or non-canonical id %s -> 400 (json-server: 404 {} or, for 01, nothing matches either)',
    async (url) => {
      const { ours: a, theirs: b } = await get(url);
      expect(a.status).toBe(400);
      expect(a.body.errors.id).toBe('Invalid id');
      expect(b.status).toBe(404);
    },
  );

  test.for([
    'customers?_start=-5&_end=2',
    'customers?_end=-1',
    'customers?_limit=-2',
    'customers?_page=-1',
    'customers?_page=two',
    'customers?_start=abc&_limit=3',
    'customers?_end=2.5',
    'customers?_limit=',
    'customers?_start=&_end=3',
  ])('negative or non-numeric pagination %s -> 400 (json-server slices with parseInt and negative indexes)', async (url) => {
    const { ours: a, theirs: b } = await get(url);
    expect(a.status).toBe(400);
    expect(Object.keys(a.body.errors)).toHaveLength(1);
    expect(b.status).toBe(200);
  });

  test('_like is a literal, case-insensitive substring, not a regular expression', async () => {
    const anchored = await get('service-centers?name_like=^alpha');
    expect(anchored.ours.body).toEqual([]);
    expect(anchored.theirs.body.map((r: Row) => r.name)).toEqual(['Alpha Motors', 'Alpha Motors']);
    const dot = await get('work-orders?notes_like=urgent.');
    expect(dot.ours.body).toEqual([]); // no note has "urgent" followed by a literal dot
    expect(dot.theirs.body.length).toBeGreaterThan(0); // "URGENT:" matches the regex
    // json-server answers 500 (and logs a stack trace) for a pattern that is not a valid regex
    expect(await api(ours.url, 'GET', '/api/customers?lastName_like=(')).toMatchObject({ status: 200, body: [] });
  });

  test('_like applies to text fields only -> 400 on numbers and booleans (json-server matches their toString)', async () => {
    for (const url of ['work-orders?cost_like=75', 'customers?autoPay_like=tr', 'customers?id_like=1']) {
      const { ours: a, theirs: b } = await get(url);
      expect(a.status, url).toBe(400);
      expect(b.status, url).toBe(200);
      expect(b.body.length, url).toBeGreaterThan(0);
    }
  });

  test('q searches only the resource\'s declared text fields (json-server: every field\'s toString)', async () => {
    const type = await get('work-orders?q=calibration'); // a type value, not in number or notes
    expect(type.ours.body).toEqual([]);
    expect(type.theirs.body.length).toBeGreaterThan(0);
    const bool = await get('customers?q=true'); // json-server matches `true` booleans
    expect(bool.ours.body).toEqual([]);
    expect(bool.theirs.body.length).toBeGreaterThan(0);
    const stamp = await get('regions?q=t'); // json-server matches every ISO timestamp ("...T...")
    expect(stamp.ours.body.map((r: Row) => r.code)).toEqual(['WEST', 'east', 'North']); // codes, names, descriptions
    const nested = await get('service-centers?q=quinn'); // a contact's name inside the JSON column
    expect(nested.ours.body).toEqual([]);
    expect(nested.theirs.body.length).toBeGreaterThan(0);
  });

  test('_gte/_lte on a boolean -> 400 (json-server compares "true" <= true, which is always false)', async () => {
    const { ours: a, theirs: b } = await get('customers?autoPay_gte=true');
    expect(a.status).toBe(400);
    expect(a.body.errors.autoPay).toBeDefined();
    expect(b.body).toEqual([]);
  });

  test('a number written other than canonically in an equality filter -> 400 (json-server compares strings: 75.0 never equals 75)', async () => {
    for (const url of ['work-orders?cost=75.0', 'work-orders?cost_ne=75.00', 'customers?id=01', 'customers?balance=1e2']) {
      const { ours: a, theirs: b } = await get(url);
      expect(a.status, url).toBe(400);
      expect(b.status, url).toBe(200);
    }
  });

  test.for(['customers?q=%00', 'customers?q=Smi%00xyz', 'customers?lastName_like=%00', 'customers?lastName=Smith%1B', 'customers?q=a%C2%85'])(
    'control characters in a filter or search %s -> 400 (json-server searches for them)',
    async (url) => {
      const { ours: a, theirs: b } = await get(url);
      expect(a.status).toBe(400);
      expect(Object.values(a.body.errors)).toEqual([NO_CONTROL]);
      expect(b.status).toBe(200);
    },
  );

  test.for([
    [`work-orders?_end=1&${Array.from({ length: MAX_OR_VALUES + 1 }, () => 'cost_gte=1').join('&')}`, 'cost_gte'],
    [`customers?${Array.from({ length: MAX_LIST_VALUES + 1 }, (_, i) => `id=${i + 1}`).join('&')}`, 'id'],
    // six lastName_like values pass, the firstName_like ones take the request past the total
    [`customers?${Array.from({ length: MAX_LIKE_TERMS + 1 }, (_, i) => `${i % 2 ? 'firstName' : 'lastName'}_like=z${i}`).join('&')}`, 'firstName_like'],
    [`customers?q=${'s'.repeat(MAX_TERM_LENGTH + 1)}`, 'q'],
  ])('more work than the caps allow -> 400 (json-server does it all): %s', async ([url, key]) => {
    const { ours: a, theirs: b } = await get(url);
    expect(a.status).toBe(400);
    expect(Object.keys(a.body.errors)).toEqual([key]);
    expect(b.status).toBe(200);
  });

  test('404 bodies are { message, errors } (json-server answers {})', async () => {
    const { ours: a, theirs: b } = await get('customers/999');
    expect(a.status).toBe(404);
    expect(a.body).toEqual({ message: expect.stringMatching(/999/), errors: {} });
    expect(b).toMatchObject({ status: 404, body: {} });
  });

  test('POST with an id is refused (json-server stores the client\'s id)', async () => {
    const res = await api(ours.url, 'POST', '/api/regions', { id: 77, code: 'S', name: 'South' });
    expect(res.status).toBe(400);
    expect(res.body.errors.id).toBeDefined();
  });

  test('PUT merges into the stored record, like PATCH (json-server replaces it; react-admin\'s updateMany sends partial PUTs)', async () => {
    const region = await post(ours.url, 'regions', { code: 'SW', name: 'Southwest', description: 'Desert' });
    const res = await api(ours.url, 'PUT', `/api/regions/${region.id}`, { description: 'High desert' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'SW', name: 'Southwest', description: 'High desert', version: 2 });
  });

  test('DELETE answers the deleted record (json-server answers {}; react-admin\'s deleteMany reads it)', async () => {
    const region = await post(ours.url, 'regions', { code: 'GONE', name: 'Gone' });
    const res = await api(ours.url, 'DELETE', `/api/regions/${region.id}`);
    expect(res).toMatchObject({ status: 200, body: region });
  });

  test('DELETE of a referenced record -> 409 naming the references (json-server cascades to every dependent)', async () => {
    const before = await api(ours.url, 'GET', '/api/service-centers?regionId=1');
    const res = await api(ours.url, 'DELETE', '/api/regions/1');
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/service-centers/);
    expect((await api(ours.url, 'GET', '/api/regions/1')).status).toBe(200);
    expect((await api(ours.url, 'GET', '/api/service-centers?regionId=1')).body).toEqual(before.body);
  });

  test('more than 5000 matching rows need pagination -> 400 (json-server answers them all)', async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: 5001 }, (_, i) => ({ code: `B${i}`, name: `Bulk ${i}`, createdAt: now, updatedAt: now, version: 1 }));
    for (let i = 0; i < rows.length; i += 500) await ours.db.insertInto('regions').values(rows.slice(i, i + 500)).execute();
    const all = await api(ours.url, 'GET', '/api/regions');
    expect(all.status).toBe(400);
    expect(all.body.errors._end).toBeDefined();
    const page = await api(ours.url, 'GET', '/api/regions?_start=0&_end=5000');
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(5000);
    expect(Number(page.headers.get('x-total-count'))).toBeGreaterThan(5000);
    const few = await api(ours.url, 'GET', '/api/regions?q=ern');
    expect(few.status).toBe(200); // a filter that matches few rows needs no page
    expect(await api(ours.url, 'GET', '/api/regions?_end=5001')).toMatchObject({ status: 400 });
  });
});

describe('Unicode case folding', () => {
  // SQLite's own lower() folds ASCII only; the connection registers a Unicode-aware one so that
  // q (JavaScript toLowerCase in json-server) and _like (RegExp i flag) agree.
  test('q and _like fold upper-case letters outside ASCII like json-server', async () => {
    for (const url of ['customers?q=élodie', 'customers?lastName_like=ØRSTED', 'customers?city_like=århus']) {
      const { ours: a, theirs: b } = await both(url);
      expect(b.body, url).toHaveLength(1);
      expect(a, `GET ${url}`).toEqual(b);
    }
  });
});
