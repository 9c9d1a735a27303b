// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, RecordContextProvider, testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { IssueUnlockCodeButton } from '../../src/resources/devices/IssueUnlockCodeButton.tsx';
import { authProviderFor, refusing, renderResource } from './render.tsx';

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
const device = { id: 9, serial: 'HS-0000009', kind: 'handset', model: 'IL-700 Handset', status: 'installed', serviceCenterId: 3, customerId: 4, vehicleId: 5 };
const issued = {
  code: '04711235',
  expiresAt: '2026-03-02T18:30:00.000Z',
  unlockCode: { id: 1, deviceId: 9, customerId: 4, jurisdictionId: 1, issuedAt: '2026-03-01T22:30:00.000Z', expiresAt: '2026-03-02T18:30:00.000Z', issuedBy: 'Ada Admin', reason: 'Stranded', fee: 25 },
};

/** The device's button signed in as `role`; customer 4 lives in `jurisdiction`; the dry run refuses with `refused` when given. */
function setup({ jurisdiction = WA, role = 'compliance', refused, issueUnlockCode }: {
  jurisdiction?: TestJurisdiction;
  role?: Role;
  refused?: string;
  issueUnlockCode?: (id: unknown, body: unknown) => Promise<{ data: unknown }>;
} = {}) {
  const issue = vi.fn(issueUnlockCode ?? (async () => ({ data: issued })));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async (resource: string) => ({ data: resource === 'customers' ? { id: 4, firstName: 'Cora', lastName: 'Diaz', jurisdictionId: jurisdiction.id } : jurisdiction })) as DataProvider['getOne'],
    }),
    issueUnlockCode: issue,
  } as DataProvider;
  const authProvider = authProviderFor(role, { dryRun: refused ? refusing({ 'issue-unlock-code': refused }) : undefined });
  renderResource(
    'devices',
    dataProvider,
    <RecordContextProvider value={device}>
      <IssueUnlockCodeButton />
    </RecordContextProvider>,
    '/devices/9/show',
    { authProvider },
  );
  return { issue, authProvider };
}

const issueButton = () => screen.findByRole('button', { name: 'Issue unlock code' }) as Promise<HTMLButtonElement>;

describe('issue unlock code button', () => {
  it('issues a code after confirmation with a reason and shows it once, with its expiry and a warning', async () => {
    const { issue } = setup();
    const button = await issueButton();
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    expect(await screen.findByText('Issue an unlock code for device HS-0000009?')).toBeTruthy();
    expect(await screen.findByText(/Washington \(WA\) allows it: the code works for 20 hours/)).toBeTruthy();
    expect(screen.getByText('Override up to 4 h, activated within 20 h.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason (optional)'), { target: { value: '  Stranded  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue code' }));
    expect((await screen.findByTestId('unlock-code')).textContent).toBe('04711235');
    expect(issue).toHaveBeenCalledWith(9, { reason: 'Stranded' });
    expect(screen.getByText(/will not be shown again/)).toBeTruthy();
    expect(screen.getByText(`Valid until ${new Date(issued.expiresAt).toLocaleString()}.`)).toBeTruthy();
    expect(screen.getByText('The state’s fee of $25.00 was added to the customer’s balance.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText('04711235')).toBeNull());
  });

  it.each([
    ['the state does not allow codes', 'Texas (TX) does not allow unlock codes'],
    ['the daily limit is reached', 'Daily limit reached: Washington (WA) allows 1 unlock code per device per day'],
    ['the program limit is reached', 'Program limit reached: Florida (FL) allows 1 unlock code per customer'],
    ['the device is not installed', 'Unlock codes are issued only for installed devices; this device is in-stock'],
  ])("is disabled with the server's reason when %s, and never asks for a code", async (_, reason) => {
    const { issue, authProvider } = setup({ refused: reason });
    expect((await screen.findByTestId('unlock-reason')).textContent).toBe(reason);
    expect((await issueButton()).disabled).toBe(true);
    expect(authProvider.actions).toHaveBeenCalledWith('devices', 9);
    expect(issue).not.toHaveBeenCalled();
  });

  it('shows the server refusal (the server decides again)', async () => {
    setup({
      issueUnlockCode: async () => {
        throw new HttpError('Daily limit reached: Washington (WA) allows 1 unlock code per device per day', 409, { message: 'Daily limit reached: Washington (WA) allows 1 unlock code per device per day', errors: {} });
      },
    });
    const button = await issueButton();
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: 'Issue code' }));
    expect(await screen.findByText('Daily limit reached: Washington (WA) allows 1 unlock code per device per day')).toBeTruthy();
    expect(screen.queryByTestId('unlock-code')).toBeNull();
  });

  it('is not offered to roles that do not issue codes', async () => {
    const { authProvider } = setup({ role: 'center-staff' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button', { name: 'Issue unlock code' })).toBeNull();
    expect(authProvider.actions).not.toHaveBeenCalled();
  });
});
