import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../server/auth/roles.ts';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, liveCenter, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
const world: Record<string, Body> = {};
const cookies = {} as Record<Role | 'otherCustomer', string>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const upload = (overrides: Body = {}) => ({ kind: 'court-order', fileName: 'order.pdf', contentType: 'application/pdf', data: PDF.toString('base64'), notes: 'Signed by the judge', ...overrides });

async function login(role: Role, extra: Body) {
  const email = `${role}-${unique()}@documents.test`;
  await post(base, 'users', { name: `The ${role}`, email, role, password: 'docs-pass-1', ...extra });
  return signIn(base, email, 'docs-pass-1');
}

/** Every table's rows with the files' bytes: what a refused request must leave as it was. */
const everything = async () => ({ ...(await snapshot(server.db)), customerDocumentFiles: await server.db.selectFrom('customerDocumentFiles').selectAll().orderBy('id').execute() });

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  const region = await createRecord(base, 'regions');
  const center = await liveCenter(base, server.db, { regionId: region.id });
  world.mine = await createRecord(base, 'customers');
  world.theirs = await createRecord(base, 'customers');
  cookies.admin = await signIn(base, TEST_ADMIN.email, TEST_ADMIN.password);
  cookies.customer = await login('customer', { customerId: world.mine.id });
  cookies.otherCustomer = await login('customer', { customerId: world.theirs.id });
  cookies.compliance = await login('compliance', {});
  cookies.onboarding = await login('onboarding', {});
  cookies['regional-manager'] = await login('regional-manager', { regionId: region.id });
  cookies['center-staff'] = await login('center-staff', { serviceCenterId: center.id });
});
afterAll(() => server.close());

const as = (who: keyof typeof cookies, method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie: cookies[who] });
const uploadFor = (who: keyof typeof cookies, customer: Body, body: Body = upload()) => as(who, 'POST', `/api/customers/${String(customer.id)}/documents`, body);

async function download(who: keyof typeof cookies, id: unknown) {
  return fetch(`${base}/api/customer-documents/${String(id)}/file`, { headers: { cookie: cookies[who], 'x-requested-with': 'XMLHttpRequest' } });
}

describe('a customer uploads their own documents', () => {
  test('a PDF is stored with its checksum and size, listed, and downloads as it was sent', async () => {
    const res = await uploadFor('customer', world.mine);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      customerId: world.mine.id,
      kind: 'court-order',
      fileName: 'order.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      uploadedBy: 'The customer',
      notes: 'Signed by the judge',
    });
    const list = await as('customer', 'GET', '/api/customer-documents?_start=0&_end=10');
    expect((list.body as Body[]).map((d) => d.id)).toEqual([res.body.id]);
    const file = await download('customer', res.body.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('attachment; filename="order.pdf"');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    const logged = await server.db.selectFrom('auditLog').select(['action', 'summary']).where('resource', '=', 'customer-documents').where('recordId', '=', res.body.id).execute();
    expect(logged).toEqual([{ action: 'upload', summary: `Uploaded court-order "order.pdf" (${PDF.length} bytes) for customer ${String(world.mine.id)}` }]);
  });

  test('another customer’s documents are not there (404): neither uploaded to, listed nor downloaded', async () => {
    const theirs = await uploadFor('otherCustomer', world.theirs, upload({ kind: 'proof-of-insurance', fileName: 'card.png', contentType: 'image/png', data: PNG.toString('base64'), notes: null }));
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(201);
    const before = await everything();
    expectErrorBody(await uploadFor('customer', world.theirs), 404);
    expectErrorBody(await as('customer', 'GET', `/api/customer-documents/${String(theirs.body.id)}`), 404);
    expect((await download('customer', theirs.body.id)).status).toBe(404);
    const listed = await as('customer', 'GET', `/api/customer-documents?customerId=${String(world.theirs.id)}`);
    expect(listed.body).toEqual([]);
    expectErrorBody(await as('customer', 'DELETE', `/api/customer-documents/${String(theirs.body.id)}`), 403);
    expect(await everything()).toEqual(before);
  });

  test('bad files are refused (400, 413 over 5 MB) and nothing is stored', async () => {
    const before = await everything();
    const cases: [Body, number, string][] = [
      [{ data: 'not base64!' }, 400, 'data'],
      [{ data: '' }, 400, 'data'],
      [{ data: Buffer.from('hello, world').toString('base64') }, 400, 'data'],
      [{ contentType: 'application/pdf', fileName: 'card.pdf', data: PNG.toString('base64') }, 400, 'contentType'],
      [{ fileName: 'order.exe' }, 400, 'fileName'],
      [{ fileName: '../order.pdf' }, 400, 'fileName'],
      [{ contentType: 'text/html' }, 400, 'contentType'],
      [{ kind: 'passport' }, 400, 'kind'],
      [{ notes: 'bad\u0007note' }, 400, 'notes'],
      [{ installerId: 3 }, 400, 'installerId'],
      [{ data: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]).toString('base64') }, 413, 'data'],
    ];
    for (const [change, status, field] of cases) {
      const res = await uploadFor('customer', world.mine, upload(change));
      expectErrorBody(res, status, JSON.stringify(change).slice(0, 80));
      expect(Object.keys(res.body.errors), JSON.stringify(change).slice(0, 80)).toContain(field);
    }
    expect(await everything()).toEqual(before);
  });
});

describe('the back office', () => {
  test('center staff, regional managers and onboarding staff neither upload, list nor download them (403)', async () => {
    const [document] = (await as('compliance', 'GET', '/api/customer-documents?_start=0&_end=1')).body as Body[];
    const before = await everything();
    for (const role of ['center-staff', 'regional-manager', 'onboarding'] as const) {
      expectErrorBody(await uploadFor(role, world.mine), 403);
      expectErrorBody(await as(role, 'GET', '/api/customer-documents?_start=0&_end=5'), 403);
      expect((await download(role, document.id)).status).toBe(403);
    }
    expectErrorBody(await as('compliance', 'POST', '/api/customer-documents', { customerId: world.mine.id, kind: 'other' }), 403);
    expect(await everything()).toEqual(before);
  });

  test('compliance uploads for a customer and reads every customer’s; an administrator deletes one with its file', async () => {
    const receipt = await uploadFor('compliance', world.theirs, upload({ kind: 'repair-receipt', fileName: 'receipt.jpg', contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64') }));
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    expect(receipt.body).toMatchObject({ customerId: world.theirs.id, uploadedBy: 'The compliance' });
    const all = await as('compliance', 'GET', '/api/customer-documents?_sort=id&_order=asc');
    expect((all.body as Body[]).map((d) => d.customerId)).toEqual([world.mine.id, world.theirs.id, world.theirs.id]);
    expect((await download('compliance', receipt.body.id)).status).toBe(200);
    expectErrorBody(await as('compliance', 'DELETE', `/api/customer-documents/${String(receipt.body.id)}`), 403);
    expect((await as('admin', 'DELETE', `/api/customer-documents/${String(receipt.body.id)}`)).status).toBe(200);
    expect(await server.db.selectFrom('customerDocumentFiles').select('id').where('customerDocumentId', '=', receipt.body.id).execute()).toEqual([]);
  });
});
