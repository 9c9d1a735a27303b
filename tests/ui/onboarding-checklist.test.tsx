// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { PRICED_SERVICES, onboardingGates, type GateInput } from '../../server/rules/onboarding/gates.ts';
import type { Role } from '../../server/auth/roles.ts';
import { ServiceCenterShow } from '../../src/resources/service-centers/ServiceCenterShow.tsx';
import type { Decisions } from '../../src/providers/dataProvider.ts';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';

const center = { id: 7, name: 'Acme Audio', onboardingStatus: 'state-notified', contacts: [], priceList: [], wentLiveAt: null };

/** A center that meets every gate (lenient jurisdiction), or misses the given ones by changing its input. */
function checklist(change: (input: GateInput) => void = () => {}) {
  const input: GateInput = {
    center: {
      agreementSignedOn: '2026-01-10',
      w9ReceivedOn: '2026-01-11',
      insuranceReceivedOn: '2026-01-12',
      insuranceExpiresOn: '2099-01-12',
      pricedTypes: [...PRICED_SERVICES],
      stateNotifiedOn: '2026-05-10',
      stateNotifiedHow: 'email',
      stateInspectionPassedOn: null,
    },
    jurisdiction: { backgroundCheckRequired: false, stateInspectionRequired: false },
    staff: [{ id: 1, firstName: 'Ivan', lastName: 'Install', duties: 'installer', trainingStatus: 'completed', trainedOn: '2026-04-01', trainingMethod: 'on-site', trainer: 'Tess', backgroundCheck: 'not-required' }],
    documents: [
      { kind: 'service-center-agreement', installerId: null },
      { kind: 'w9', installerId: null },
      { kind: 'insurance-binder', installerId: null },
    ],
    assessments: [{ id: 1, auditDate: '2026-02-01', band: 'good' }],
    today: '2026-06-01',
  };
  change(input);
  const gates = onboardingGates(input);
  return { ready: gates.every((g) => g.met), gates };
}

const documents = [
  { id: 31, serviceCenterId: 7, installerId: null, kind: 'w9', fileName: 'w9-acme.pdf', contentType: 'application/pdf', size: 2048, sha256: 'x', uploadedBy: 'Olivia Onboarding', notes: null, createdAt: '2026-01-11T10:00:00.000Z' },
];

function setup(role: Role, answer: ReturnType<typeof checklist>, record: Record<string, unknown> = center, dryRun?: DryRun) {
  const goLive = vi.fn(async () => ({ data: { ...center, onboardingStatus: 'live' } }));
  const uploadDocument = vi.fn(async () => ({ data: documents[0] }));
  const get = vi.fn(async () => ({ data: answer }));
  const list = vi.fn(async (resource: string) => (resource === 'documents' ? { data: documents, total: 1 } : { data: [], total: 0 }));
  const remove = vi.fn(async () => ({ data: documents[0] }));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async () => ({ data: record })) as DataProvider['getOne'],
      getList: list as DataProvider['getList'],
      getManyReference: list as DataProvider['getManyReference'],
      getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
      delete: remove as DataProvider['delete'],
    }),
    get,
    goLive,
    uploadDocument,
  };
  const authProvider = authProviderFor(role, { dryRun });
  renderResource('service-centers', dataProvider, <ServiceCenterShow />, '/service-centers/7/onboarding', { authProvider });
  return { goLive, uploadDocument, get, remove, authProvider };
}

/** An onboarding user's dry run of a center that went live before (server/auth/policy.ts's reasons). */
const wentLiveBefore = refusing({
  update: 'Onboarding staff edit only centers that are not live yet',
  'go-live': 'Onboarding staff put new centers live; reinstating a suspended or closed center is for administrators',
  'upload-document': 'Onboarding staff add or change documents only of centers that are not live yet',
});

afterEach(cleanup);

describe('the onboarding tab of a service center', () => {
  it('shows the checklist and a disabled Go-live button naming the missing gates', async () => {
    const { goLive, get } = setup(
      'onboarding',
      checklist((i) => {
        i.center.w9ReceivedOn = null;
        i.staff[0].trainer = null;
      }),
    );
    const button = await screen.findByRole('button', { name: 'Go live' });
    expect(get).toHaveBeenCalledWith('service-centers/7/onboarding');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('go-live-reason').textContent).toBe('Not yet (2 gates): W-9 received, Every staff member trained');
    expect(screen.getByTestId('gate-w9').getAttribute('data-met')).toBe('false');
    expect(within(screen.getByTestId('gate-training')).getByText('Not trained: Ivan Install (missing training trainer)')).toBeTruthy();
    expect(screen.getByTestId('gate-agreement').getAttribute('data-met')).toBe('true');
    fireEvent.click(button);
    expect(screen.queryByText('Put Acme Audio live?')).toBeNull();
    expect(goLive).not.toHaveBeenCalled();
  });

  it('puts the center live after a confirmation once every gate is met', async () => {
    const { goLive } = setup('onboarding', checklist());
    const button = await screen.findByRole('button', { name: 'Go live' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('go-live-reason')).toBeNull();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Put Acme Audio live?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(goLive).toHaveBeenCalledWith(7));
    expect(await screen.findByText('The center is live')).toBeTruthy();
  });

  it("shows the server's reason when it refuses to put the center live", async () => {
    const { goLive } = setup('onboarding', checklist());
    goLive.mockRejectedValueOnce(new HttpError('Not every gate is met', 409, { message: 'Not every gate is met', errors: { insurance: 'Insurance expired on 2026-05-01' } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Go live' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Not every gate is met: Insurance expired on 2026-05-01')).toBeTruthy();
  });

  it('lists the documents with download links; compliance reads them but neither uploads nor puts live', async () => {
    const { authProvider } = setup('compliance', checklist());
    const link = await screen.findByRole('link', { name: 'w9-acme.pdf' });
    expect(link.getAttribute('href')).toBe('/api/documents/31/file');
    await screen.findByTestId('gate-agreement');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button', { name: 'Go live' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Upload' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(authProvider.actions).not.toHaveBeenCalledWith('documents', expect.anything());
  });

  it('onboarding staff may neither upload to nor reinstate a center that went live before, and are told why (administrators may)', async () => {
    const suspended = { ...center, onboardingStatus: 'suspended' };
    setup('onboarding', checklist(), suspended, wentLiveBefore);
    const reinstate = (await screen.findByRole('button', { name: 'Reinstate (go live again)' })) as HTMLButtonElement;
    expect(reinstate.disabled).toBe(true);
    expect((await screen.findByTestId('go-live-reason')).textContent).toBe('Onboarding staff put new centers live; reinstating a suspended or closed center is for administrators');
    expect(((await screen.findByRole('button', { name: 'Upload' })) as HTMLButtonElement).disabled).toBe(true);
    expect((await screen.findByTestId('upload-reason')).textContent).toBe('Onboarding staff add or change documents only of centers that are not live yet');
    cleanup();
    setup('admin', checklist(), suspended);
    const byAdmin = (await screen.findByRole('button', { name: 'Reinstate (go live again)' })) as HTMLButtonElement;
    await waitFor(() => expect(byAdmin.disabled).toBe(false));
    expect(await screen.findByRole('button', { name: 'Upload' })).toBeTruthy();
  });

  it('checks a file before uploading it and sends it base64-encoded', async () => {
    const { uploadDocument } = setup('onboarding', checklist());
    const upload = await screen.findByRole('button', { name: 'Upload' });
    expect((upload as HTMLButtonElement).disabled).toBe(true);
    const input = screen.getByTestId('document-file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] } });
    expect((await screen.findByTestId('upload-reason')).textContent).toBe('Only PDF, PNG or JPEG files');
    expect((upload as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4 agreement'], 'agreement.pdf', { type: 'application/pdf' })] } });
    await waitFor(() => expect((upload as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(upload);
    await waitFor(() =>
      expect(uploadDocument).toHaveBeenCalledWith(7, {
        kind: 'service-center-agreement',
        fileName: 'agreement.pdf',
        contentType: 'application/pdf',
        data: Buffer.from('%PDF-1.4 agreement').toString('base64'),
        installerId: null,
        notes: null,
      }),
    );
    expect(await screen.findByText('Document uploaded')).toBeTruthy();
  });

  it('deletes a document after a confirmation, as the dry run of that document allows', async () => {
    const { remove, authProvider } = setup('onboarding', checklist());
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete w9-acme.pdf?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith('documents', expect.objectContaining({ id: 31 })));
    expect(await screen.findByText('Document deleted')).toBeTruthy();
    expect(authProvider.actions).toHaveBeenCalledWith('documents', 31);
  });

  it('keeps Delete off with the reason when the dry run of the document refuses it', async () => {
    setup('onboarding', checklist(), center, (resource): Decisions => (resource === 'documents' ? { delete: { allowed: false, status: 403, reason: 'The center is live: its documents are kept' } } : {}));
    const remove = (await screen.findByRole('button', { name: 'Delete' })) as HTMLButtonElement;
    await waitFor(() => expect(remove.disabled).toBe(true));
    expect(screen.getByLabelText('The center is live: its documents are kept')).toBeTruthy();
  });
});
