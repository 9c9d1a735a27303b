// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceDefinitionContextProvider, TestMemoryRouter, memoryStore, testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { Menu } from '../../src/layout/Menu.tsx';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import documents from '../../src/resources/documents/index.ts';
import { DocumentShow } from '../../src/resources/documents/DocumentShow.tsx';
import { authProviderFor, renderResource } from './render.tsx';

const w9 = {
  id: 4,
  serviceCenterId: 7,
  installerId: null,
  kind: 'w9',
  fileName: 'w9-acme.pdf',
  contentType: 'application/pdf',
  size: 12_345,
  sha256: 'ab'.repeat(32),
  uploadedBy: 'Olivia Onboarding',
  notes: null,
  createdAt: '2026-11-02T09:30:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
};

const dataProvider = () =>
  testDataProvider({
    getList: vi.fn(async (resource: string) => (resource === 'documents' ? { data: [w9], total: 1 } : { data: [], total: 0 })) as DataProvider['getList'],
    getMany: vi.fn(async (resource: string) => ({ data: resource === 'service-centers' ? [{ id: 7, name: 'Acme Audio' }] : [] })) as DataProvider['getMany'],
    getOne: vi.fn(async () => ({ data: w9 })) as DataProvider['getOne'],
  });

afterEach(cleanup);

describe('the documents resource', () => {
  it('lists the documents: center, kind, the file as a download link, size, who uploaded it; filters by kind', async () => {
    renderResource('documents', dataProvider(), <documents.list />, '/documents', { authProvider: authProviderFor('compliance') });
    const link = (await screen.findByRole('link', { name: 'w9-acme.pdf' })) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/documents/4/file');
    expect(link.getAttribute('download')).toBe('w9-acme.pdf');
    const row = link.closest('tr')!;
    expect(await within(row).findByText('Acme Audio')).toBeTruthy();
    for (const text of ['W-9', '12 KB', 'Olivia Onboarding']) expect(within(row).getByText(text)).toBeTruthy();
    // the kind filter in the sidebar lists every kind
    expect(screen.getByText('Insurance binder')).toBeTruthy();
    expect(screen.getByText('Service Center Agreement')).toBeTruthy();
  });

  it('shows one document with its download link', async () => {
    renderResource('documents', dataProvider(), <DocumentShow />, '/documents/4/show', { authProvider: authProviderFor('admin') });
    expect(((await screen.findByRole('link', { name: 'w9-acme.pdf' })) as HTMLAnchorElement).getAttribute('href')).toBe('/api/documents/4/file');
    expect(screen.getByText('12 KB')).toBeTruthy();
    expect(screen.getByText('ab'.repeat(32))).toBeTruthy();
  });

  // The menu asks the server's role table: those who may not read documents get no entry.
  it.each([
    ['admin', true],
    ['compliance', true],
    ['onboarding', true],
    ['regional-manager', false],
    ['center-staff', false],
  ] as const)('is in the menu of %s: %s', async (role: Role, shown) => {
    const authProvider = authProviderFor(role);
    const canAccess = vi.spyOn(authProvider, 'canAccess');
    render(
      <TestMemoryRouter>
        <AdminContext dataProvider={testDataProvider()} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
          <ResourceDefinitionContextProvider definitions={{ documents: { name: 'documents', hasList: true, hasShow: true, icon: documents.icon } }}>
            <Menu />
          </ResourceDefinitionContextProvider>
        </AdminContext>
      </TestMemoryRouter>,
    );
    // center staff get the portal's menu: it asks whether they are center staff, not about documents
    const question = role === 'center-staff' ? { resource: 'stats', action: 'center' } : { resource: 'documents', action: 'list' };
    await waitFor(() => expect(canAccess).toHaveBeenCalledWith(expect.objectContaining(question)));
    await waitFor(() => expect(screen.queryByRole('menuitem', { name: /Documents/ }) !== null).toBe(shown));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('menuitem', { name: /Documents/ }) !== null).toBe(shown);
  });
});
