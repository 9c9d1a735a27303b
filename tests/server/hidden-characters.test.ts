import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputSchema } from '../../server/resources/fields.ts';
import type { Resource } from '../../server/resources/define.ts';
import { NO_BIDI, NO_CONTROL, NO_LINE_CONTROL } from '../../server/resources/plain-text.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { WRITABLE, createRecord, expectErrorBody, snapshot, useDatabase } from './fixtures.ts';

/**
 * Control characters (a NUL, an escape, C1) and direction overrides (U+202E shows
 * `invoice\u202Efdp.exe` as `invoiceexe.pdf`) are refused in every text field of every resource,
 * inside JSON fields and in uploaded file names; tab and line breaks stay allowed in text.
 */

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const existing: Record<string, Body> = {};

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  for (const r of WRITABLE) existing[r.name] = await createRecord(base, r.name);
});
afterAll(() => server.close());

/** The fields a client writes as free text: text fields that take two plain letters (not emails, phones or choices). */
const freeText = (r: Resource) =>
  Object.entries(r.fields)
    .filter(([, f]) => f.kind === 'text' && !f.readOnly && inputSchema(f).safeParse('Ab').success)
    .map(([name]) => name);

async function expectRefused(url: string, body: Body, errors: Record<string, string>) {
  const before = await snapshot(server.db);
  const res = await api(base, 'PATCH', url, body);
  expectErrorBody(res, 400, url);
  expect(res.body.errors).toMatchObject(errors);
  expect(await snapshot(server.db)).toEqual(before);
}

describe.each(WRITABLE.filter((r) => freeText(r).length).map((r) => [r.name, r] as const))('%s', (name, r) => {
  test.for([
    ['a NUL', 'A\u0000', NO_CONTROL],
    ['an escape', '\u001b[', NO_CONTROL],
    ['a C1 control', 'A\u0085', NO_CONTROL],
    ['a right-to-left override', 'A\u202e', NO_BIDI],
    ['a direction isolate', '\u2067A', NO_BIDI],
  ])('refuses %s in every free-text field', async ([, value, why]) => {
    const fields = freeText(r);
    const body = Object.fromEntries(fields.map((f) => [f, value]));
    await expectRefused(`/api/${name}/${String(existing[name].id)}`, body, Object.fromEntries(fields.map((f) => [f, why])));
  });
});

test('every writable resource has free-text fields that are checked', () => {
  expect(WRITABLE.filter((r) => freeText(r).length).map((r) => r.name)).toEqual(expect.arrayContaining(['customers', 'service-centers', 'work-orders', 'users']));
});

test('tab and line breaks stay allowed in text (multi-line notes)', async () => {
  const notes = 'Line one\r\n\tLine two\nLine three';
  const res = await api(base, 'PATCH', `/api/jurisdictions/${String(existing.jurisdictions.id)}`, { notes });
  expect(res.status).toBe(200);
  expect(res.body.notes).toBe(notes);
});

test('strings inside JSON fields follow the same rules (a contact\'s name)', async () => {
  await expectRefused(`/api/service-centers/${String(existing['service-centers'].id)}`, { contacts: [{ name: 'Quinn\u202eRay', role: 'Owner' }] }, { 'contacts.0.name': NO_BIDI });
  await expectRefused(`/api/service-centers/${String(existing['service-centers'].id)}`, { contacts: [{ name: 'Quinn', role: 'Own\u0000er' }] }, { 'contacts.0.role': NO_CONTROL });
});

describe('uploaded file names', () => {
  const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
  const upload = (fileName: string) => api(base, 'POST', `/api/service-centers/${String(existing['service-centers'].id)}/documents`, { kind: 'w9', fileName, contentType: 'application/pdf', data: PDF });

  test.for([
    ['a right-to-left override', 'invoice\u202efdp.pdf', NO_BIDI],
    ['a direction isolate', 'scan\u2066.pdf', NO_BIDI],
    ['a C1 control', 'scan\u0085.pdf', NO_LINE_CONTROL],
    ['a tab', 'scan\tcopy.pdf', NO_LINE_CONTROL],
    ['a NUL', 'scan.pdf\u0000.exe', NO_LINE_CONTROL],
  ])('refuses %s', async ([, fileName, why]) => {
    const before = await snapshot(server.db);
    const res = await upload(fileName);
    expectErrorBody(res, 400, fileName);
    expect(res.body.errors).toEqual({ fileName: why });
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('accepts an ordinary name with letters beyond ASCII', async () => {
    const res = await upload('Prüfbericht (signed) №2.pdf');
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('Prüfbericht (signed) №2.pdf');
  });
});
