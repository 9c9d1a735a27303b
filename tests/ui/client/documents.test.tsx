// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'ra-core';
import { DocumentsPage } from '../../../src/client/documents/DocumentsPage.tsx';
import { documentsMessages } from '../../../src/client/documents/messages.ts';
import { renderClient } from './render.tsx';
import { asCustomer, json, keysOf } from './customer.tsx';

// The page shows once the identity, the list and the visits are in: give the queries time under a loaded run.
configure({ asyncUtilTimeout: 5000 });

const documents = [
  { id: 5, customerId: 4, kind: 'proof-of-insurance', fileName: 'insurance-card.png', contentType: 'image/png', size: 3_500_000, sha256: 'ab'.repeat(32), uploadedBy: 'Cora Customer', notes: 'Renewed card', createdAt: '2026-11-20T16:00:00.000Z', updatedAt: '2026-11-20T16:00:00.000Z', version: 1 },
  { id: 2, customerId: 4, kind: 'court-order', fileName: 'order.pdf', contentType: 'application/pdf', size: 2048, sha256: 'cd'.repeat(32), uploadedBy: 'Cora Customer', notes: null, createdAt: '2026-08-02T15:00:00.000Z', updatedAt: '2026-08-02T15:00:00.000Z', version: 1 },
];


const fetchMock = vi.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (_url: string, init: RequestInit) => json({ ...documents[1], id: 9, ...JSON.parse(String(init.body)), data: undefined }, 201));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup(list = documents, locale: 'en' | 'es' = 'en') {
  const dataProvider = testDataProvider({ getList: vi.fn(async () => ({ data: list, total: list.length })) as DataProvider['getList'] });
  renderClient(
    asCustomer(<DocumentsPage />),
    { dataProvider, messages: [documentsMessages], locale },
  );
  return dataProvider;
}

const section = async (heading: string) => within((await screen.findByRole('heading', { name: heading })).closest('section')!);
const choose = (file: File) => fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
const pdf = () => new File(['%PDF-1.4\n'], 'receipt.pdf', { type: 'application/pdf' });

describe('the client portal’s documents', () => {
  it('lists the customer’s uploads, latest first, each a download with its kind, date and size', async () => {
    setup();
    const list = await section('Your documents');
    const link = await list.findByRole('link', { name: 'Download insurance-card.png' });
    expect(link.getAttribute('href')).toBe('/api/customer-documents/5/file');
    const items = list.getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([expect.stringMatching(/^Proof of insurance.*insurance-card\.png.*Nov 20, 2026.*3\.3 MB · Renewed card$/), expect.stringMatching(/^Court order.*order\.pdf.*2 kB$/)]);
  });

  it('uploads a chosen file with its kind and note to the customer’s own documents, base64-encoded', async () => {
    setup();
    const form = await section('Upload a document');
    fireEvent.change(form.getByLabelText(/Document/), { target: { value: 'repair-receipt' } });
    choose(pdf());
    expect(form.getByText('Chosen: receipt.pdf')).toBeTruthy();
    fireEvent.change(form.getByLabelText('Note (optional)'), { target: { value: ' Handset repaired ' } });
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/customers/4/documents');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ kind: 'repair-receipt', fileName: 'receipt.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4\n').toString('base64'), notes: 'Handset repaired' });
    expect(await form.findByText('“receipt.pdf” was uploaded.')).toBeTruthy();
    expect((form.getByLabelText(/Document/) as HTMLSelectElement).value).toBe('');
  });

  it('says what is wrong before sending: no kind, no file, a file of another type or over 5 MB', async () => {
    setup();
    const form = await section('Upload a document');
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    expect(await form.findByText('Required')).toBeTruthy();
    expect(form.getByText('Choose the file to upload')).toBeTruthy();
    fireEvent.change(form.getByLabelText(/Document/), { target: { value: 'other' } });
    choose(new File(['<html>'], 'page.html', { type: 'text/html' }));
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    expect(await form.findByText('Only PDF, PNG or JPEG files')).toBeTruthy();
    choose(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' }));
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    expect(await form.findByText('At most 5 MB')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal under the file', async () => {
    fetchMock.mockImplementation(async () => json({ message: 'The file is a PNG, not the declared PDF', errors: { contentType: 'The file is a PNG' } }, 400));
    setup();
    const form = await section('Upload a document');
    fireEvent.change(form.getByLabelText(/Document/), { target: { value: 'court-order' } });
    choose(pdf());
    fireEvent.click(form.getByRole('button', { name: 'Upload' }));
    expect(await form.findByText('The file is a PNG')).toBeTruthy();
    expect(form.getByText('The document was not uploaded: The file is a PNG, not the declared PDF')).toBeTruthy();
  });

  it('says when there is nothing yet; in Spanish, with Spanish dates and sizes', async () => {
    setup([]);
    expect(await screen.findByText('You have not uploaded any documents.')).toBeTruthy();
    cleanup();
    setup(documents, 'es');
    const list = await section('Sus documentos');
    await list.findByRole('link', { name: 'Descargar insurance-card.png' });
    expect(list.getAllByRole('listitem')[0].textContent).toMatch(/^Comprobante de seguro.*Subido el .*20 de nov de 2026.*3\.3 MB/);
    expect(screen.getByRole('button', { name: 'Subir' })).toBeTruthy();
  });
});

describe('the documents messages', () => {
  it('has the same keys in English and Spanish', () => expect(keysOf(documentsMessages.es)).toEqual(keysOf(documentsMessages.en)));
});
