import { expect } from 'vitest';
import { RESOURCES, resourceByName } from '../../server/resources/index.ts';
import type { Resource } from '../../server/resources/define.ts';
import { looseDb, type Db } from '../../server/db/database.ts';
import { api } from './test-server.ts';
import { TEMPLATES } from '../../audits/index.ts';
import { WORK_ORDER_TYPES } from '../../server/resources/choices.ts';

const initialTemplate = TEMPLATES.find((t) => t.kind === 'initial')!;

type Body = Record<string, unknown>;

let counter = 0;
/** A number no other call in this process got: keeps unique fields (codes, VINs, serials) apart. */
export const unique = () => ++counter;

/** Two letters from a number: AA, AB, … (jurisdiction codes are two characters and unique). */
const twoLetters = (n: number) =>
  String.fromCharCode(65 + (Math.floor(n / 26) % 26)) + String.fromCharCode(65 + (n % 26));

/** A valid VIN (17 characters, no I, O or Q) that differs for every n. */
export const vinOf = (n: number) => `1HGCM82633A${String(n).padStart(6, '0')}`;

interface ResourceFixture {
  /** The required fields of a create, references left out (they are filled with fresh parents). */
  minimal(n: number): Body;
  /** A valid change to a writable field (for PATCH/PUT). */
  change: Body;
  /** A field the change leaves alone, to check that an update merges. */
  untouched: string;
  /** A required text field (for blank/wrong-type checks). */
  requiredText: string;
  /** False where the policy lets nobody delete (users are deactivated instead). */
  deletable?: false;
}

/** One entry per resource in RESOURCES: a test that finds one missing fails. */
export const FIXTURES: Record<string, ResourceFixture> = {
  jurisdictions: {
    minimal: (n) => ({ code: twoLetters(n), name: `Jurisdiction ${n}` }),
    change: { notes: 'Rules reviewed', calibrationIntervalDays: 30 },
    untouched: 'name',
    requiredText: 'name',
  },
  regions: {
    minimal: (n) => ({ code: `R${n}`, name: `Region ${n}` }),
    change: { description: 'Coastal' },
    untouched: 'code',
    requiredText: 'name',
  },
  'service-centers': {
    minimal: (n) => ({
      name: `Center ${n}`,
      street: `${n} Main St`,
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
    }),
    change: { hours: 'Mon-Fri 8-5', contacts: [{ name: 'Pat Lee', role: 'Manager' }] },
    untouched: 'city',
    requiredText: 'street',
  },
  installers: {
    minimal: (n) => ({ firstName: 'Ina', lastName: `Installer${n}` }),
    change: { trainingStatus: 'completed', trainedOn: '2025-03-01' },
    untouched: 'lastName',
    requiredText: 'firstName',
  },
  customers: {
    minimal: (n) => ({ firstName: 'Cora', lastName: `Customer${n}` }),
    change: { balance: 12.5, city: 'Reno' },
    untouched: 'lastName',
    requiredText: 'lastName',
  },
  vehicles: {
    minimal: (n) => ({ year: 2019, make: 'Ford', model: 'Focus', vin: vinOf(n) }),
    change: { plate: 'ABC123', plateState: 'NV' },
    untouched: 'vin',
    requiredText: 'make',
  },
  devices: {
    minimal: (n) => ({ serial: `SN-${n}`, kind: 'handset', model: 'H-100' }),
    change: { lastCalibrationOn: '2025-01-15', nextCalibrationDue: '2025-03-16' },
    untouched: 'serial',
    requiredText: 'model',
  },
  // A provider request (no customer, vehicle or equipment) at a live center: see minimalBody.
  'work-orders': {
    minimal: () => ({ type: 'vehicle-inspection', scheduledAt: '2026-03-02T15:00:00.000Z' }),
    change: { scheduledAt: '2026-03-03T16:30:00.000Z', notes: 'Bring the long cable' },
    untouched: 'type',
    requiredText: 'type',
  },
  shipments: {
    minimal: () => ({ shipDate: '2025-02-03' }),
    change: { trackingNumber: '1Z999', status: 'shipped', notes: 'Two boxes' }, // the number ships a preparing shipment
    untouched: 'shipDate',
    requiredText: 'shipDate',
  },
  'shipment-packages': {
    minimal: (n) => ({ label: `PKG-${n}` }),
    change: { contents: 'Handset and cable' },
    untouched: 'label',
    requiredText: 'label',
  },
  users: {
    minimal: (n) => ({ name: `User ${n}`, email: `user${n}@test.local`, role: 'compliance', password: 'secret-pass-1' }),
    change: { name: 'Renamed User' },
    untouched: 'email',
    requiredText: 'name',
    deletable: false,
  },
  // A fresh template per record (key and version follow from the definition); not in WRITABLE's
  // generic CRUD tests, which assume an edit counter: see audits.test.ts.
  'audit-templates': {
    minimal: (n) => ({ definition: { ...initialTemplate, key: `test-assessment-${n}`, title: `Test assessment ${n}` } }),
    change: { definition: { ...initialTemplate, key: 'test-assessment-changed', title: 'Changed assessment' } },
    untouched: 'kind',
    requiredText: 'definition',
  },
  audits: {
    minimal: (n) => ({ kind: 'initial', auditor: `Auditor ${n}`, auditDate: '2026-01-15' }),
    change: { notes: 'Second visit planned', auditor: 'Alex Auditor' },
    untouched: 'auditDate',
    requiredText: 'auditor',
  },
  'center-closures': {
    minimal: () => ({ startsOn: '2026-12-24', endsOn: '2026-12-26', reason: 'Holidays' }),
    change: { reason: 'Holidays and inventory' },
    untouched: 'startsOn',
    requiredText: 'reason',
  },
  // Published, so that every role that reads help articles sees it (drafts are for those who edit them).
  'help-articles': {
    minimal: (n) => ({ title: `Question ${n}`, body: 'The answer.', category: 'faq', published: true }),
    change: { body: 'A better answer.', sortOrder: 5 },
    untouched: 'title',
    requiredText: 'title',
  },
};

/** Written by the server from other records (templates from their definition, corrective actions on submit: audits.test.ts; documents by upload: onboarding tests, customer-documents.test.ts). */
export const DERIVED = new Set(['audit-templates', 'corrective-actions', 'documents', 'customer-documents']);

/** Created through the API, then changed by commands only: nobody edits or deletes them (complaints are resolved: complaints.test.ts). */
export const NEVER_EDITED = new Set(['complaints']);

/** Created by customers in the portal only, with rules of their own: see appointment-requests.test.ts and customer-notes.test.ts. */
export const CUSTOMER_WRITTEN = new Set(['appointment-requests', 'customer-notes']);

/** The resources clients write with the generic CRUD rules (the audit log is written by the server alone). */
export const WRITABLE = RESOURCES.filter((r) => !r.readOnly && !DERIVED.has(r.name) && !CUSTOMER_WRITTEN.has(r.name) && !NEVER_EDITED.has(r.name));

/** What a record shows of a body: write-only secrets (passwords) are never read back. */
export const visiblePart = (name: string, body: Body): Body =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !(key in (resource(name).secrets ?? {}))));

export const resource = (name: string): Resource => {
  const found = resourceByName.get(name);
  if (!found) throw new Error(`No resource ${name}`);
  return found;
};

/** The required references of a resource (the ones a create must name). */
export const requiredReferences = (r: Resource) =>
  Object.entries(r.references)
    .filter(([field]) => r.notNull.has(field))
    .map(([field, target]) => [field, target().name] as const);

/** POSTs a body and returns the created record; fails the test with the server's answer otherwise. */
export async function post(base: string, name: string, body: Body): Promise<Body> {
  const res = await api(base, 'POST', `/api/${name}`, body);
  if (res.status !== 201) throw new Error(`POST /api/${name} ${JSON.stringify(body)} -> ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Body;
}

/** Each test server's database by URL, for parents only the database can set up (a live center). */
const databases = new Map<string, Db>();

/** Lets the fixtures of this server reach its database (work orders go to live centers only). */
export function useDatabase(server: { url: string; db: Db }) {
  databases.set(server.url, server.db);
}

function databaseOf(base: string): Db {
  const db = databases.get(base);
  if (!db) throw new Error(`Call useDatabase(server) before creating work orders on ${base}`);
  return db;
}

/**
 * Completed visits of a customer at a center, one a day from two days ago back, written directly
 * (the work-order rules are tested elsewhere; recorded on time: no audit row): their ids.
 */
export async function completedVisits(base: string, center: Body, customer: Body, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.now() - (i + 2) * 86_400_000).toISOString();
    const row = await databaseOf(base)
      .insertInto('workOrders')
      .values({ number: `WO-V-${unique()}`, type: 'lockout-service', status: 'completed', serviceCenterId: center.id as number, customerId: customer.id as number, scheduledAt: at, startedAt: at, completedAt: at, billableTo: 'customer', createdAt: at, updatedAt: at, version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** A valid minimal body for a resource, creating a fresh parent for every required reference. */
export async function minimalBody(base: string, name: string, overrides: Body = {}): Promise<Body> {
  const r = resource(name);
  const body: Body = { ...FIXTURES[name].minimal(unique()) };
  if (name === 'work-orders' && !('serviceCenterId' in overrides)) body.serviceCenterId = (await liveCenter(base, databaseOf(base))).id;
  for (const [field, target] of requiredReferences(r)) {
    if (field in overrides || field in body) continue;
    body[field] = (await createRecord(base, target)).id;
  }
  return { ...body, ...overrides };
}

/** Creates a record of a resource (and its required parents) through the API. */
export async function createRecord(base: string, name: string, overrides: Body = {}): Promise<Body> {
  return post(base, name, await minimalBody(base, name, overrides));
}

/** Every table's rows, to prove that a refused request changed nothing. */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const r of RESOURCES) {
    tables[r.table] = await looseDb(db).selectFrom(r.table).selectAll().orderBy('id').execute();
  }
  return tables;
}

/** Asserts the `{ message, errors }` error shape with a 4xx status. */
export function expectErrorBody(res: { status: number; body: unknown }, status: number, label = '') {
  expect(res.status, label).toBe(status);
  const body = res.body as { message?: unknown; errors?: unknown };
  expect(typeof body, label).toBe('object');
  expect(typeof body.message, label).toBe('string');
  expect((body.message as string).length, label).toBeGreaterThan(0);
  expect(typeof body.errors, label).toBe('object');
  expect(body.errors, label).not.toBeNull();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A price for every service type (tests that need a center's price list). */
export const FULL_PRICE_LIST = WORK_ORDER_TYPES.map((serviceType, i) => ({ serviceType, price: 50 + i * 10 }));

/**
 * Creates a center through the API and puts it live directly in the database, with a full price
 * list and a passed state inspection: for tests of the work done at live centers (the go-live
 * command and its gates are tested on their own).
 */
export async function liveCenter(base: string, db: Db, overrides: Body = {}): Promise<Body> {
  const center = await createRecord(base, 'service-centers', overrides);
  const now = new Date().toISOString();
  await db
    .updateTable('serviceCenters')
    .set({ onboardingStatus: 'live', statusChangedAt: now, wentLiveAt: now, priceList: JSON.stringify(FULL_PRICE_LIST), stateInspectionPassedOn: '2026-01-05' })
    .where('id', '=', center.id as number)
    .execute();
  return (await api(base, 'GET', `/api/service-centers/${String(center.id)}`)).body as Body;
}
