// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { onboardingGates, type GateInput } from '../../server/rules/onboarding/gates.ts';
import type { Role } from '../../server/auth/roles.ts';
import { ServiceCenterShow } from '../../src/resources/service-centers/ServiceCenterShow.tsx';
import { authProviderFor, renderResource } from './render.tsx';

const center = { id: 7, name: 'Acme Audio', onboardingStatus: 'state-notified', contacts: [], priceList: [], wentLiveAt: null };

/** A center that meets every gate (lenient jurisdiction), or misses the given ones by changing its input. */
function checklist(change: (input: GateInput) => void = () => {}) {
  const input: GateInput = {
    center: {
      agreementSignedOn: '2026-01-10',
      w9ReceivedOn: '2026-01-11',
      insuranceReceivedOn: '2026-01-12',
      insuranceExpiresOn: '2099-01-12',
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

function setup(role: Role, answer: ReturnType<typeof checklist>, record: Record<string, unknown> = center) {
  const command = vi.fn(async () => ({ data: { ...center, onboardingStatus: 'live' } }));
  const get = vi.fn(async () => ({ data: answer }));
  const list = vi.fn(async (resource: string) => (resource === 'documents' ? { data: documents, total: 1 } : { data: [], total: 0 }));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async () => ({ data: record })) as DataProvider['getOne'],
      getList: list as DataProvider['getList'],
      getManyReference: list as DataProvider['getManyReference'],
      getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
    }),
    get,
    command,
  };
  const authProvider = { ...authProviderFor(role), getIdentity: async () => ({ id: 1, fullName: `A ${role}`, role }) };
  renderResource('service-centers', dataProvider, <ServiceCenterShow />, '/service-centers/7/onboarding', { authProvider });
  return { command, get };
}

afterEach(cleanup);

describe('the onboarding tab of a service center', () => {
  it('shows the checklist and a disabled Go-live button naming the missing gates', async () => {
    const { command, get } = setup(
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
    expect(command).not.toHaveBeenCalled();
  });

  it('puts the center live after a confirmation once every gate is met', async () => {
    const { command } = setup('onboarding', checklist());
    const button = await screen.findByRole('button', { name: 'Go live' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('go-live-reason')).toBeNull();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Put Acme Audio live?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(command).toHaveBeenCalledWith('service-centers/7/go-live'));
    expect(await screen.findByText('The center is live')).toBeTruthy();
  });

  it('lists the documents with download links; compliance reads them but neither uploads nor puts live', async () => {
    setup('compliance', checklist());
    const link = await screen.findByRole('link', { name: 'w9-acme.pdf' });
    expect(link.getAttribute('href')).toBe('/api/documents/31/file');
    await screen.findByTestId('gate-agreement');
    expect(screen.queryByRole('button', { name: 'Go live' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Upload' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('onboarding staff neither upload to nor reinstate a center that went live before (administrators do)', async () => {
    setup('onboarding', checklist(), { ...center, onboardingStatus: 'suspended' });
    await screen.findByTestId('gate-agreement');
    await screen.findByRole('link', { name: 'w9-acme.pdf' });
    expect(screen.queryByRole('button', { name: 'Upload' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Reinstate/ })).toBeNull();
    cleanup();
    setup('admin', checklist(), { ...center, onboardingStatus: 'suspended' });
    expect(await screen.findByRole('button', { name: 'Reinstate (go live again)' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Upload' })).toBeTruthy();
  });

  it('checks a file before uploading it and sends it base64-encoded', async () => {
    const { command } = setup('onboarding', checklist());
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
      expect(command).toHaveBeenCalledWith('service-centers/7/documents', {
        kind: 'service-center-agreement',
        fileName: 'agreement.pdf',
        contentType: 'application/pdf',
        data: Buffer.from('%PDF-1.4 agreement').toString('base64'),
        installerId: null,
        notes: null,
      }),
    );
  });
});
