// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, RecordContextProvider, testDataProvider, type AuthProvider, type DataProvider } from 'react-admin';
import { IssueUnlockCodeButton } from '../../src/resources/devices/IssueUnlockCodeButton.tsx';
import { renderResource } from './render.tsx';

afterEach(cleanup);

interface TestJurisdiction {
  id: number;
  code: string;
  name: string;
  unlockCodesAllowed: boolean;
  unlockCodeValidHours: number | null;
  unlockCodesPerDay: number | null;
  unlockCodesPerProgram: number | null;
  unlockCodeLimits: string | null;
}

const WA: TestJurisdiction = { id: 1, code: 'WA', name: 'Washington', unlockCodesAllowed: true, unlockCodeValidHours: 20, unlockCodesPerDay: 1, unlockCodesPerProgram: null, unlockCodeLimits: 'Override up to 4 h, activated within 20 h.' };
const TX: TestJurisdiction = { id: 2, code: 'TX', name: 'Texas', unlockCodesAllowed: false, unlockCodeValidHours: null, unlockCodesPerDay: null, unlockCodesPerProgram: null, unlockCodeLimits: null };
const device = { id: 9, serial: 'HS-0000009', kind: 'handset', model: 'IL-700 Handset', status: 'installed', serviceCenterId: 3, customerId: 4, vehicleId: 5 };
const issued = {
  code: '04711235',
  expiresAt: '2026-03-02T18:30:00.000Z',
  unlockCode: { id: 1, deviceId: 9, customerId: 4, jurisdictionId: 1, issuedAt: '2026-03-01T22:30:00.000Z', expiresAt: '2026-03-02T18:30:00.000Z', issuedBy: 'Ada Admin', reason: 'Stranded' },
};

const signedInAs = (role: string): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => ({}),
  getIdentity: async () => ({ id: 1, fullName: `A ${role}`, role }),
  canAccess: async () => true,
});

/** Customer 4 lives in `jurisdiction`; `today` codes issued for the device since midnight UTC, `program` for the customer. */
function setup({ jurisdiction = WA, today = 0, program = 0, role = 'compliance', record = device, command }: {
  jurisdiction?: TestJurisdiction;
  today?: number;
  program?: number;
  role?: string;
  record?: typeof device;
  command?: (path: string, body: unknown) => Promise<{ data: unknown }>;
} = {}) {
  const commandMock = vi.fn(command ?? (async () => ({ data: issued })));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async (resource: string) => ({ data: resource === 'customers' ? { id: 4, firstName: 'Cora', lastName: 'Diaz', jurisdictionId: jurisdiction.id } : jurisdiction })) as DataProvider['getOne'],
      getList: vi.fn(async (_resource: string, params: { filter: Record<string, unknown> }) => {
        const total = 'issuedAt_gte' in params.filter ? today : program;
        return { data: [], total };
      }) as DataProvider['getList'],
    }),
    command: commandMock,
  } as DataProvider;
  renderResource(
    'devices',
    dataProvider,
    <RecordContextProvider value={record}>
      <IssueUnlockCodeButton />
    </RecordContextProvider>,
    '/devices/9/show',
    { authProvider: signedInAs(role) },
  );
  return commandMock;
}

const issueButton = () => screen.findByRole('button', { name: 'Issue unlock code' });

describe('issue unlock code button', () => {
  it('issues a code after confirmation with a reason and shows it once, with its expiry and a warning', async () => {
    const command = setup();
    const button = await issueButton();
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    expect(await screen.findByText('Issue an unlock code for device HS-0000009?')).toBeTruthy();
    expect(screen.getByText(/Washington \(WA\) allows it: the code works for 20 hours/)).toBeTruthy();
    expect(screen.getByText('Override up to 4 h, activated within 20 h.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason (optional)'), { target: { value: '  Stranded  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue code' }));
    expect((await screen.findByTestId('unlock-code')).textContent).toBe('04711235');
    expect(command).toHaveBeenCalledWith('devices/9/unlock-codes', { reason: 'Stranded' });
    expect(screen.getByText(/will not be shown again/)).toBeTruthy();
    expect(screen.getByText(`Valid until ${new Date(issued.expiresAt).toLocaleString()}.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText('04711235')).toBeNull());
  });

  it('is disabled with the reason where the state does not allow codes, and never asks the server', async () => {
    const command = setup({ jurisdiction: TX });
    expect(await screen.findByText('Texas (TX) does not allow unlock codes')).toBeTruthy();
    expect(((await issueButton()) as HTMLButtonElement).disabled).toBe(true);
    expect(command).not.toHaveBeenCalled();
  });

  it('is disabled with the reason once the daily limit is reached', async () => {
    setup({ today: 1 });
    expect(await screen.findByText('Daily limit reached: Washington (WA) allows 1 unlock code per device per day')).toBeTruthy();
    expect(((await issueButton()) as HTMLButtonElement).disabled).toBe(true);
  });

  it('is disabled with the reason once the program limit is reached', async () => {
    setup({ jurisdiction: { ...WA, code: 'FL', name: 'Florida', unlockCodesPerDay: null, unlockCodesPerProgram: 1 }, program: 1 });
    expect(await screen.findByText(/^Program limit reached: Florida \(FL\) allows 1 unlock code per customer/)).toBeTruthy();
  });

  it('is disabled for a device that is not installed', async () => {
    setup({ record: { ...device, status: 'in-stock', customerId: null as unknown as number } });
    expect(await screen.findByText('Unlock codes are issued only for installed devices; this device is in-stock')).toBeTruthy();
    expect(((await issueButton()) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the server refusal in the dialog (the server decides)', async () => {
    setup({
      command: async () => {
        throw new HttpError('Daily limit reached: Washington (WA) allows 1 unlock code per device per day', 409, { message: 'Daily limit reached: Washington (WA) allows 1 unlock code per device per day', errors: {} });
      },
    });
    const button = await issueButton();
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: 'Issue code' }));
    expect(await screen.findByText('Daily limit reached: Washington (WA) allows 1 unlock code per device per day')).toBeTruthy();
    expect(screen.queryByTestId('unlock-code')).toBeNull();
  });

  it('is not offered to roles that do not issue codes', async () => {
    setup({ role: 'center-staff' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Issue unlock code' })).toBeNull();
  });
});
