import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, TEST_ADMIN, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, unique } from './fixtures.ts';
import { safeCell } from '../../server/csv/safe-cell.ts';

type Body = Record<string, unknown>;

/** Rows per query of the export in this suite: every export below spans many batches. */
const BATCH = 4;

let server: TestServer;
let base: string;
const cookies: Record<string, string> = {};
let centerA: Body;
let centerB: Body;
let centerC: Body;

async function userFor(role: string, extra: Body = {}) {
  const email = `${role}-${unique()}@export.test`;
  await post(base, 'users', { name: `The ${role}`, email, role, password: 'export-pass-1', ...extra });
  return signIn(base, email, 'export-pass-1');
}

/** Names that tie (the order then falls back to id), dates and trainers that are often missing, text a spreadsheet would run. */
const LAST_NAMES = ['Smith', 'Jones', '=HYPERLINK("http://evil","x")', 'Smith', '+1 Brown', 'García', 'Smith, Jr.'];
const TRAINERS = [null, 'Ann "the trainer" Lee', '@SUM(A1)', '-2+3', null, 'line one\nline two', 'Dee'];

beforeAll(async () => {
  server = await startTestServer(undefined, { exportBatchRows: BATCH });
  base = server.url;
  const [regionA, regionB] = [await createRecord(base, 'regions'), await createRecord(base, 'regions')];
  centerA = await createRecord(base, 'service-centers', { regionId: regionA.id });
  centerB = await createRecord(base, 'service-centers', { regionId: regionB.id });
  centerC = await createRecord(base, 'service-centers', { regionId: regionA.id });
  const centers = [centerA, centerB, centerC];
  for (let i = 0; i < 45; i++) {
    await post(base, 'installers', {
      serviceCenterId: centers[i % 3].id,
      firstName: `Ina${i % 5}`,
      lastName: LAST_NAMES[i % LAST_NAMES.length],
      trainer: TRAINERS[i % TRAINERS.length],
      trainedOn: i % 4 === 0 ? null : `2026-0${(i % 3) + 1}-1${i % 2}`,
      active: i % 6 !== 0,
    });
  }
  cookies['center-staff'] = await userFor('center-staff', { serviceCenterId: centerA.id });
  cookies['regional-manager'] = await userFor('regional-manager', { regionId: regionA.id });
  cookies.compliance = await userFor('compliance');
});
afterAll(() => server.close());

const as = (who: string | undefined, url: string) => (who ? api(base, 'GET', url, undefined, { cookie: cookies[who] }) : api(base, 'GET', url));

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; lines end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  expect(cell, 'the file ends with a complete line').toBe('');
  return rows;
}

/** A record's value as its CSV cell: empty for null, text formula-escaped. */
const cellOf = (value: unknown) => (value === null ? '' : typeof value === 'object' ? safeCell(JSON.stringify(value)) : safeCell(String(value)));

/** The export of a list request and the list itself (one page holding everything), each as header + rows of cells. */
async function exportAndList(query: string, who?: string) {
  const exported = await as(who, `/api/installers.csv?${query}`);
  expect(exported.status, String(exported.body)).toBe(200);
  const list = await as(who, `/api/installers?${query}${query ? '&' : ''}_start=0&_end=1000`);
  expect(list.status).toBe(200);
  const records = list.body as Body[];
  const expected = records.length ? [Object.keys(records[0]), ...records.map((r) => Object.values(r).map(cellOf))] : [];
  return { exported, rows: parseCsv(exported.body as string), expected, total: Number(list.headers.get('x-total-count')) };
}

describe('GET /api/<resource>.csv: the whole list, as the list shows it', () => {
  test.for([
    '',
    '_sort=lastName&_order=ASC',
    '_sort=trainedOn&_order=DESC',
    '_sort=trainedOn&_order=ASC',
    '_sort=trainer,lastName&_order=ASC,DESC',
    '_sort=trainer,trainedOn&_order=DESC,ASC',
    '_sort=id&_order=DESC',
    'active=true&_sort=firstName&_order=DESC',
    'q=smith&_sort=trainedOn&_order=DESC',
    'lastName_like=smi&trainedOn_gte=2026-02-01&_sort=lastName',
    `serviceCenterId=${'{B}'}&trainer_ne=Dee`,
  ])('rows equal the list rows: %s', async (template) => {
    const query = template.replace('{B}', String(centerB.id));
    const { exported, rows, expected, total } = await exportAndList(query);
    expect(rows.length - 1).toBeGreaterThan(BATCH);
    expect(rows.slice(1)).toEqual(expected.slice(1));
    expect(rows[0]).toEqual(expected[0]);
    expect(Number(exported.headers.get('x-total-count'))).toBe(total);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="installers.csv"');
  });

  test('the whole list: 45 rows past 11 batches, every field of the record in order', async () => {
    const { rows } = await exportAndList('');
    expect(rows).toHaveLength(46);
    expect(rows[0]).toEqual(['id', 'createdAt', 'updatedAt', 'version', 'serviceCenterId', 'firstName', 'lastName', 'email', 'phone', 'duties', 'trainingStatus', 'trainedOn', 'trainingMethod', 'trainer', 'certificationStatus', 'certificationExpiresOn', 'backgroundCheck', 'active']);
  });

  test('cells a spreadsheet would run as formulas start with a quote; numbers, quotes, commas and line breaks survive', async () => {
    const { exported, rows } = await exportAndList('_sort=id');
    const header = rows[0];
    const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)]);
    expect(column('lastName')).toContain(`'=HYPERLINK("http://evil","x")`);
    expect(column('lastName')).toContain(`'+1 Brown`);
    expect(column('lastName')).toContain('Smith, Jr.');
    expect(column('trainer')).toEqual(expect.arrayContaining([`'@SUM(A1)`, `'-2+3`, 'Ann "the trainer" Lee', 'line one\nline two', '']));
    expect(column('active')).toEqual(expect.arrayContaining(['true', 'false']));
    expect(exported.body as string).toContain('"\'=HYPERLINK(""http://evil"",""x"")"');
  });

  test('within the row scope: center staff export their center, a regional manager their region', async () => {
    const staff = await exportAndList('_sort=lastName', 'center-staff');
    expect(staff.rows.slice(1)).toEqual(staff.expected.slice(1));
    const centerColumn = staff.rows[0].indexOf('serviceCenterId');
    expect(new Set(staff.rows.slice(1).map((row) => row[centerColumn]))).toEqual(new Set([String(centerA.id)]));
    expect(staff.rows).toHaveLength(16);

    const manager = await exportAndList('_sort=trainedOn&_order=DESC', 'regional-manager');
    expect(manager.rows.slice(1)).toEqual(manager.expected.slice(1));
    expect(new Set(manager.rows.slice(1).map((row) => row[centerColumn]))).toEqual(new Set([String(centerA.id), String(centerC.id)]));
    expect(manager.rows).toHaveLength(31);
    expect(manager.exported.headers.get('x-total-count')).toBe('30');
  });

  test('a nested document is its JSON in one cell', async () => {
    const contacts = [{ name: 'Pat "PJ" Lee', role: 'Manager' }];
    expect((await api(base, 'PATCH', `/api/service-centers/${String(centerA.id)}`, { contacts })).status).toBe(200);
    const res = await api(base, 'GET', `/api/service-centers.csv?id=${String(centerA.id)}`);
    const [header, row] = parseCsv(res.body as string);
    expect(row[header.indexOf('contacts')]).toBe(JSON.stringify(contacts));
    expect(res.body as string).toContain('"[{""name"":""Pat \\""PJ\\"" Lee""');
  });

  test('a client that leaves mid-export ends it; the server carries on', async () => {
    const controller = new AbortController();
    const cookie = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
    const res = await fetch(`${base}/api/installers.csv`, { headers: { cookie, 'x-requested-with': 'XMLHttpRequest' }, signal: controller.signal });
    const first = await res.body!.getReader().read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^id,createdAt,/);
    controller.abort();
    expect((await api(base, 'GET', '/api/installers.csv?lastName=Jones')).status).toBe(200);
  });

  test('an empty list is the header alone', async () => {
    const res = await as(undefined, '/api/installers.csv?lastName=Nobody');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-total-count')).toBe('0');
    expect(parseCsv(res.body as string)).toHaveLength(1);
  });

  test('one audit-log row per export: who, what, the filters and the count', async () => {
    await as('compliance', '/api/installers.csv?active=true&q=smith&_sort=lastName&_order=DESC');
    const log = await api(base, 'GET', '/api/audit-log?action=export&_sort=id&_order=DESC&_start=0&_end=1');
    expect(log.body[0]).toMatchObject({ action: 'export', resource: 'installers', userName: 'The compliance', recordId: null });
    const count = (await as('compliance', '/api/installers?active=true&q=smith&_start=0&_end=1')).headers.get('x-total-count');
    expect(log.body[0].summary).toBe(`Exported ${count} rows: active=1; q=smith; sort lastName desc`);
  });
});

describe('refused exports, as the list refuses them', () => {
  test('a role that may not read the resource: 403', async () => {
    expectErrorBody(await as('compliance', '/api/users.csv'), 403);
    expectErrorBody(await as('center-staff', '/api/audit-log.csv'), 403);
    expectErrorBody(await api(base, 'GET', '/api/installers.csv', undefined, { cookie: '' }), 401);
  });

  test.for([
    ['colour=red', 'colour'],
    ['_sort=colour', '_sort'],
    ['trainedOn_gte=x&active=maybe', 'active'],
    ['q=%00', 'q'],
    ['lastName=a%07b', 'lastName'],
    ['_start=0&_end=10', '_end'],
    ['_page=2', '_end'],
  ])('bad query %s: 400 under %s', async ([query, field]) => {
    const res = await api(base, 'GET', `/api/installers.csv?${query}`);
    expectErrorBody(res, 400);
    expect(Object.keys(res.body.errors as Body)).toContain(field);
  });
});
