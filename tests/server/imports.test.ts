import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import type { Role } from '../../server/auth/roles.ts';
import { MAX_ROWS } from '../../server/rules/imports/csv-table.ts';
import { MAX_ERRORS } from '../../server/rules/imports/import-rows.ts';
import { IMPORT_BODY_LIMIT } from '../../server/rules/imports/routes.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const cookies = {} as Partial<Record<Role, string>>;
const world: Record<string, Body> = {};

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  world.jurisdiction = await createRecord(base, 'jurisdictions');
  world.region = await createRecord(base, 'regions');
  world.live = await liveCenter(base, server.db, { regionId: world.region.id, jurisdictionId: world.jurisdiction.id });
  world.applicant = await createRecord(base, 'service-centers', { regionId: world.region.id, jurisdictionId: world.jurisdiction.id });
  const user = async (role: Role, extra: Body = {}) => {
    await post(base, 'users', { name: `${role} imports`, email: `${role}@imports.test`, role, password: 'import-pass-1', ...extra });
    cookies[role] = await signIn(base, `${role}@imports.test`, 'import-pass-1');
  };
  await user('compliance');
  await user('onboarding');
  await user('regional-manager', { regionId: world.region.id });
  await user('center-staff', { serviceCenterId: world.live.id });
});
afterAll(() => server.close());

/** Rows as a CSV file whose columns are every key of any row (a row without one leaves its cell empty). */
const toCsv = (rows: Body[]) => {
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) });
};

/** POST /api/imports/<resource> as the administrator, or as a role. */
const importCsv = (resource: string, rows: Body[] | string, dryRun?: boolean, role?: Role) => {
  const csv = typeof rows === 'string' ? rows : toCsv(rows);
  return api(base, 'POST', `/api/imports/${resource}`, { csv, ...(dryRun === undefined ? {} : { dryRun }) }, role ? { cookie: cookies[role]! } : {});
};

let n = 0;
const customer = (extra: Body = {}): Body => ({ firstName: 'Ada', lastName: `Import ${++n}`, jurisdictionId: world.jurisdiction.id, email: `ada${n}@imports.test`, paymentPlan: 'weekly', autoPay: 'no', ...extra });
const center = (extra: Body = {}): Body => ({ name: `Imported center ${++n}`, regionId: world.region.id, jurisdictionId: world.jurisdiction.id, street: `${n} Elm St`, city: 'Dayton', state: 'OH', postalCode: '45402', ...extra });
const installer = (extra: Body = {}): Body => ({ serviceCenterId: world.applicant.id, firstName: 'Ivo', lastName: `Installer ${++n}`, ...extra });

const auditRows = (resource: string) => server.db.selectFrom('auditLog').selectAll().where('resource', '=', resource).where('action', '=', 'create').execute();

describe('an import is all or nothing', () => {
  test('a file with one bad row is refused, naming its row and column, and writes nothing', async () => {
    const before = await snapshot(server.db);
    const res = await importCsv('customers', [customer(), customer(), customer({ jurisdictionId: 999_999 }), customer()]);
    expectErrorBody(res, 400);
    expect(res.body.errors).toEqual({ 'row 4: jurisdictionId': 'No jurisdictions record with id 999999' });
    expect(res.body.message).toBe('1 of 4 rows have errors; nothing was imported');
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('every error of the file is answered, each under its row and column', async () => {
    const res = await importCsv('customers', [customer({ email: 'not-an-email' }), customer(), customer({ paymentPlan: 'yearly', firstName: '' }), customer({ autoPay: 'perhaps' })]);
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['row 2: email', 'row 4: firstName', 'row 4: paymentPlan', 'row 5: autoPay']);
    expect(res.body.errors['row 4: firstName']).toBe('Required');
    expect(res.body.errors['row 5: autoPay']).toBe('Must be true or false');
  });

  test('a good file lands whole: every row a record, each with its audit-log row by the importer', async () => {
    const rows = [customer({ autoPay: 'yes', balance: '12.5' }), customer({ contactPreferences: JSON.stringify({ appointments: 'sms', payments: 'email', calibration: 'phone', programNotices: 'none' }) }), customer()];
    const auditBefore = (await auditRows('customers')).length;
    const res = await importCsv('customers', rows);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.count).toBe(3);
    const stored = await server.db.selectFrom('customers').selectAll().where('id', 'in', res.body.ids).orderBy('id').execute();
    expect(stored.map((c) => c.lastName)).toEqual(rows.map((r) => r.lastName));
    expect(stored[0]).toMatchObject({ autoPay: 1, balance: 12.5, paymentPlan: 'weekly', status: 'pending-install', language: 'en' });
    const audit = (await auditRows('customers')).slice(auditBefore);
    expect(audit.map((a) => a.recordId)).toEqual(res.body.ids);
    expect(new Set(audit.map((a) => a.userName))).toEqual(new Set(['Test Admin']));
  });

  test('an imported record and its audit-log row are those of the same record created by hand', async () => {
    const values = { firstName: 'Twin', lastName: 'Record', jurisdictionId: world.jurisdiction.id, paymentPlan: 'monthly', autoPay: true, balance: 40, phone: '(217) 555-0100' };
    const byHand = (await api(base, 'POST', '/api/customers', { ...values, email: 'twin.hand@imports.test' })).body as Body;
    const res = await importCsv('customers', [{ ...values, autoPay: 'yes', email: 'twin.import@imports.test' }]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [imported] = res.body.ids as number[];
    const own = ({ id: _id, email: _email, createdAt: _c, updatedAt: _u, ...rest }: Body) => rest;
    expect(own((await api(base, 'GET', `/api/customers/${imported}`)).body as Body)).toEqual(own(byHand));
    const diffOf = async (id: unknown) => {
      const row = await server.db.selectFrom('auditLog').select(['diff', 'userName', 'action']).where('resource', '=', 'customers').where('recordId', '=', Number(id)).executeTakeFirstOrThrow();
      const { email: _email, ...diff } = JSON.parse(String(row.diff)) as Body;
      return { ...row, diff };
    };
    expect(await diffOf(imported)).toEqual(await diffOf(byHand.id));
  });

  test('a dry run writes nothing and shows the records as they would be created', async () => {
    const before = await snapshot(server.db);
    const res = await importCsv('service-centers', [center({ name: 'Preview center' }), center()], true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, count: 2, ids: [] });
    expect(res.body.preview[0]).toMatchObject({ name: 'Preview center', onboardingStatus: 'applicant', state: 'OH' });
    expect(res.body.preview[0]).not.toHaveProperty('id');
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a dry run finds the errors the import would', async () => {
    const res = await importCsv('service-centers', [center(), center({ onboardingStatus: 'live' })], true);
    expectErrorBody(res, 400);
    expect(res.body.errors).toEqual({ 'row 3: onboardingStatus': expect.stringMatching(/go-live command/) });
  });

  test('a row repeated in the file is refused as a duplicate', async () => {
    const row = customer();
    const res = await importCsv('customers', [row, customer(), row]);
    expectErrorBody(res, 400);
    expect(res.body.errors).toEqual({ 'row 4': 'The same as row 2' });
  });

  test('at most MAX_ERRORS errors are answered, with the count of all', async () => {
    const res = await importCsv('customers', Array.from({ length: 150 }, () => customer({ jurisdictionId: 'none' })));
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors)).toHaveLength(MAX_ERRORS);
    expect(res.body.message).toBe(`150 of 150 rows have errors; nothing was imported (the first ${MAX_ERRORS} of 150 errors shown)`);
  });
});

describe('what the file must look like', () => {
  test.for([
    ['an unknown column', 'firstName,lastName,zip\nAda,Lovelace,12345', { 'row 1: zip': expect.stringMatching(/^Unknown column; the columns are firstName, lastName/) }],
    ['a column twice', 'firstName,lastName,firstName\nAda,Lovelace,Ada', { 'row 1: firstName': 'This column appears twice' }],
    ['a column without a name', 'firstName,,lastName\nAda,x,Lovelace', { 'row 1: column 2': 'A column without a name' }],
    ['no rows', 'firstName,lastName\n\n', { 'row 2': 'No rows' }],
    ['a broken quote', 'firstName,lastName\n"Ada,Lovelace\n', { 'row 2': expect.any(String) }],
  ] as const)('%s is a 400 naming the row and column', async ([, csv, errors]) => {
    const res = await importCsv('customers', csv);
    expectErrorBody(res, 400);
    expect(res.body.errors).toEqual(errors);
  });

  test('a row with more cells than columns, and an unreadable JSON cell, are errors of their rows', async () => {
    const { jurisdictionId } = customer();
    const csv = `firstName,lastName,jurisdictionId,contactPreferences\nAda,One,${String(jurisdictionId)},,extra\nAda,Two,${String(jurisdictionId)},{sms}\nAda,Three,${String(jurisdictionId)}`;
    const res = await importCsv('customers', csv);
    expectErrorBody(res, 400);
    expect(res.body.errors).toEqual({ 'row 2': '5 cells, but the header names 4 columns', 'row 3: contactPreferences': expect.stringMatching(/^Must be JSON/) });
  });

  test(`more than ${MAX_ROWS} rows is refused before any is read, saying the limit`, async () => {
    const res = await importCsv('customers', `firstName\n${'Ada\n'.repeat(MAX_ROWS + 1)}`);
    expectErrorBody(res, 400);
    expect(res.body.message).toMatch(/at most 20,000 rows/);
  });

  test('a request past the size limit is refused before it is read, saying the limit', async () => {
    const res = await importCsv('customers', `firstName\n${'x'.repeat(IMPORT_BODY_LIMIT)}`);
    expectErrorBody(res, 413);
    expect(res.body.message).toMatch(/at most 8 MB and 20,000 rows/);
  });

  test('control characters are refused like in any other write', async () => {
    const res = await importCsv('customers', [customer({ lastName: 'Bad\u0007name' })]);
    expectErrorBody(res, 400);
    expect(res.body.errors).toEqual({ 'row 2: lastName': expect.stringMatching(/control characters/) });
  });
});

describe('who may import what', () => {
  test.for([
    ['compliance', 'service-centers'],
    ['regional-manager', 'service-centers'],
    ['center-staff', 'service-centers'],
    ['onboarding', 'customers'],
    ['regional-manager', 'installers'],
    ['compliance', 'installers'],
  ] as const)('a %s user may not import %s: 403 before the body is looked at', async ([role, resource]) => {
    const res = await api(base, 'POST', `/api/imports/${resource}`, { nonsense: true }, { cookie: cookies[role]! });
    expectErrorBody(res, 403);
    expect((await api(base, 'GET', `/api/imports/${resource}`, undefined, { cookie: cookies[role]! })).status).toBe(403);
  });

  test('an unknown resource is not imported', async () => {
    expectErrorBody(await importCsv('users', 'name\nx'), 404);
  });

  test('onboarding staff import centers that are not live, and installers of centers not live yet', async () => {
    const centers = await importCsv('service-centers', [center(), center({ onboardingStatus: 'training' })], false, 'onboarding');
    expect(centers.status).toBe(201);
    const installers = await importCsv('installers', [installer(), installer({ serviceCenterId: world.live.id })], false, 'onboarding');
    expectErrorBody(installers, 400);
    expect(installers.body.errors).toEqual({ 'row 3': 'Onboarding staff act only on centers that are not live yet' });
  });

  test('center staff import new installers of their own center only', async () => {
    const own = await importCsv('installers', [installer({ serviceCenterId: world.live.id }), installer({ serviceCenterId: world.live.id, duties: 'paperwork' })], false, 'center-staff');
    expect(own.status).toBe(201);
    expect(own.body.count).toBe(2);
    const other = await importCsv('installers', [installer({ serviceCenterId: world.live.id }), installer(), installer({ serviceCenterId: world.live.id, certificationStatus: 'certified' })], false, 'center-staff');
    expectErrorBody(other, 400);
    expect(other.body.errors).toEqual({ 'row 3': 'Center staff act only on their own center', 'row 4': expect.stringMatching(/provider trains and certifies/) });
  });

  test('compliance imports customers', async () => {
    const res = await importCsv('customers', [customer()], false, 'compliance');
    expect(res.status).toBe(201);
  });
});

describe('the template', () => {
  test.for(['service-centers', 'installers', 'customers'])('the example row of %s imports as it is', async (resource) => {
    const template = await api(base, 'GET', `/api/imports/${resource}`);
    expect(template.status).toBe(200);
    const names = template.body.columns.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(template.body.example)));
    const res = await importCsv(resource, Papa.unparse({ fields: names, data: [names.map((name: string) => template.body.example[name] ?? '')] }), true);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.count).toBe(1);
  });

  test('required columns are those without a default', async () => {
    const template = await api(base, 'GET', '/api/imports/customers');
    const required = template.body.columns.filter((c: { required: boolean }) => c.required).map((c: { name: string }) => c.name);
    expect(required).toEqual(['firstName', 'lastName', 'jurisdictionId']);
  });
});
