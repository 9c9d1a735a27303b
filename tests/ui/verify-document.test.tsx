// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { DocumentShow } from '../../src/resources/documents/DocumentShow.tsx';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const binder = {
  id: 8,
  serviceCenterId: 7,
  installerId: null,
  correctiveActionId: null,
  kind: 'insurance-binder',
  fileName: 'binder-2027.pdf',
  contentType: 'application/pdf',
  size: 2048,
  sha256: 'cd'.repeat(32),
  uploadedBy: 'Sam Staff',
  notes: null,
  expiresOn: '2027-06-30',
  awaitingVerification: true,
  verifiedAt: null,
  verifiedBy: null,
  createdAt: '2026-11-02T09:30:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  version: 1,
};

function setup(role: Role, document: Record<string, unknown> = binder) {
  const verifyDocument = vi.fn(async () => ({ data: { ...document, awaitingVerification: false, verifiedAt: '2026-11-03T10:00:00.000Z', verifiedBy: 'Cam Compliance', version: 2 } }));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async () => ({ data: document })) as DataProvider['getOne'],
      getMany: vi.fn(async () => ({ data: [{ id: 7, name: 'Acme Audio' }] })) as DataProvider['getMany'],
      getList: vi.fn(async () => ({ data: [document], total: 1 })) as DataProvider['getList'],
    }),
    verifyDocument,
  } as DataProvider;
  renderResource('documents', dataProvider, <DocumentShow />, '/documents/8/show', { authProvider: authProviderFor(role) });
  return { verifyDocument };
}

describe('verifying a center’s upload', () => {
  it('compliance verifies an upload awaiting verification after confirming, with the version seen', async () => {
    const { verifyDocument } = setup('compliance');
    expect(await screen.findByText('Awaiting verification')).toBeTruthy();
    expect(screen.getByText('Expires')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Verify this document?')).toBeTruthy();
    expect(verifyDocument).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(verifyDocument).toHaveBeenCalledWith(8, 1));
    expect(await screen.findByText('Document verified')).toBeTruthy();
  });

  it('center staff see their upload awaiting verification but get no Verify button', async () => {
    setup('center-staff');
    expect(await screen.findByText('Awaiting verification')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull());
  });

  it('a verified document shows by whom, and offers nothing to verify', async () => {
    setup('admin', { ...binder, awaitingVerification: false, verifiedAt: '2026-11-03T10:00:00.000Z', verifiedBy: 'Olivia Onboarding' });
    expect(await screen.findByText(/by Olivia Onboarding/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull();
  });
});
