// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import customerDocuments from '../../src/resources/customer-documents/index.ts';
import { authProviderFor, renderResource } from './render.tsx';

const order = {
  id: 6,
  customerId: 4,
  kind: 'court-order',
  fileName: 'court-order.pdf',
  contentType: 'application/pdf',
  size: 20_480,
  sha256: 'ab'.repeat(32),
  uploadedBy: 'Casey Compliance',
  notes: 'Signed by the judge',
  createdAt: '2026-11-02T09:30:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  version: 1,
};

afterEach(cleanup);

describe('customers’ documents in the back office', () => {
  it('compliance lists them: when, whose, what, the file as a download, its size, who uploaded it and the note', async () => {
    const dataProvider = testDataProvider({
      getList: vi.fn(async () => ({ data: [order], total: 1 })) as DataProvider['getList'],
      getMany: vi.fn(async () => ({ data: [{ id: 4, firstName: 'Cora', lastName: 'Customer' }] })) as DataProvider['getMany'],
    });
    renderResource('customer-documents', dataProvider, <customerDocuments.list />, '/customer-documents', { authProvider: authProviderFor('compliance') });
    const link = (await screen.findByRole('link', { name: 'court-order.pdf' })) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/customer-documents/6/file');
    const row = link.closest('tr')!;
    for (const text of ['Court order', '20 KB', 'Casey Compliance', 'Signed by the judge']) expect(within(row).getByText(text)).toBeTruthy();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Customer', 'Uploaded', 'Document', 'File', 'Size', 'Uploaded by', 'Notes']));
  });
});
