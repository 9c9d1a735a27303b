// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { PaperworkPage } from '../../src/paperwork/PaperworkPage.tsx';
import { addDaysToIsoDay, today } from '../../src/dates.ts';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const center = { id: 1, name: 'Acme Audio', insuranceExpiresOn: addDaysToIsoDay(today(), 10), w9ReceivedOn: '2025-06-01', version: 3 };
const pending = { id: 9, serviceCenterId: 1, kind: 'w9', fileName: 'w9-2026.pdf', awaitingVerification: true, expiresOn: null, createdAt: '2026-05-02T10:00:00.000Z' };
const installer = { id: 5, serviceCenterId: 1, firstName: 'Ina', lastName: 'Stall', email: null, phone: null, duties: 'installer', trainingStatus: 'not-started', certificationStatus: 'none', backgroundCheck: 'pending' };

function setup() {
  const lists: Record<string, unknown[]> = { 'service-centers': [center], documents: [pending], installers: [installer] };
  const uploadDocument = vi.fn(async () => ({ data: { id: 10 } }));
  const create = vi.fn(async (_resource: string, { data }: { data: object }) => ({ data: { id: 6, ...data } }));
  const dataProvider = {
    ...testDataProvider({
      getList: vi.fn(async (resource: string) => ({ data: lists[resource] ?? [], total: (lists[resource] ?? []).length })) as DataProvider['getList'],
      create: create as unknown as DataProvider['create'],
    }),
    uploadDocument,
  } as DataProvider;
  renderResource('paperwork', dataProvider, <PaperworkPage />, '/paperwork', { authProvider: authProviderFor('center-staff') });
  return { uploadDocument, create };
}

describe('the paperwork page', () => {
  it('warns of a binder expiring within 45 days, shows the W-9, the uploads awaiting verification and the staff with their status', async () => {
    setup();
    expect((await screen.findByTestId('binder-state')).textContent).toMatch(/expires on .* \(in 10 days\)/);
    expect(screen.getByText('W-9 received on 2025-06-01.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'w9-2026.pdf' })).toBeTruthy();
    expect(await screen.findByText('Ina Stall')).toBeTruthy();
    expect(screen.getByText('Background check: Pending')).toBeTruthy();
    expect(screen.getByText('Training: Not started')).toBeTruthy();
  });

  it('a binder is uploaded only with its new expiry date, sent with the file', async () => {
    const { uploadDocument } = setup();
    const upload = (await screen.findByRole('button', { name: 'Upload' })) as HTMLButtonElement;
    expect(upload.disabled).toBe(true);
    const file = new File(['%PDF-1.4\n'], 'binder.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByTestId('paperwork-file'), { target: { files: [file] } });
    expect(await screen.findByText('Give the renewed binder’s expiry date')).toBeTruthy();
    const expiry = addDaysToIsoDay(today(), 365);
    fireEvent.change(screen.getByLabelText('New expiry date'), { target: { value: expiry } });
    await waitFor(() => expect(upload.disabled).toBe(false));
    fireEvent.click(upload);
    await waitFor(() => expect(uploadDocument).toHaveBeenCalledWith(1, expect.objectContaining({ kind: 'insurance-binder', fileName: 'binder.pdf', expiresOn: expiry })));
  });

  it('Add installer asks for the name, e-mail, phone and duties, and creates them at the center', async () => {
    const { create } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Add installer' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.change(dialog.getByLabelText(/First name/), { target: { value: 'Pat' } });
    fireEvent.change(dialog.getByLabelText(/Last name/), { target: { value: 'Paper' } });
    fireEvent.change(dialog.getByLabelText('Phone'), { target: { value: '555-010-2030' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Add installer' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith('installers', expect.objectContaining({ data: { serviceCenterId: 1, firstName: 'Pat', lastName: 'Paper', email: null, phone: '555-010-2030', duties: 'installer' } })),
    );
  });
});
