// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderClient } from './render.tsx';
import { customerAuth, fetchAnswering } from './customer-auth.ts';
import { DASHBOARD_URL, dashboardOf, handset } from './dashboard-fixture.ts';
import { UnlockPage } from '../../../src/client/unlock/UnlockPage.tsx';
import { unlockMessages } from '../../../src/client/unlock/messages.ts';
import { shellMessages } from '../../../src/client/shell/messages.ts';
import type { CustomerDashboard } from '../../../server/rules/client-portal/dashboard.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const issued = (deviceId: number, fee: number | null) => ({
  code: '04718265',
  expiresAt: '2099-01-03T17:00:00.000Z',
  unlockCode: { id: 50, deviceId, customerId: 7, fee, issuedAt: '2099-01-02T17:00:00.000Z', expiresAt: '2099-01-03T17:00:00.000Z' },
});

function show(dashboard: CustomerDashboard, issue: Record<string, { status?: number; body: unknown }> = {}, locale: 'en' | 'es' = 'en') {
  const fetch = fetchAnswering({ [`GET ${DASHBOARD_URL}`]: { body: dashboard }, ...issue });
  vi.stubGlobal('fetch', fetch);
  renderClient(<UnlockPage />, { authProvider: customerAuth(7), messages: [shellMessages, unlockMessages], locale });
  return fetch;
}

const posted = (fetch: ReturnType<typeof fetchAnswering>) => fetch.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url, init]) => [url, init?.body]);

describe('unlock codes in the portal', () => {
  it('asks before charging the fee, then shows the code once: large, copyable, with its validity and the fee', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const fetch = show(dashboardOf(), { 'POST /api/devices/3/unlock-codes': { status: 201, body: issued(3, 25) } });
    fireEvent.click(await screen.findByRole('button', { name: 'Get an unlock code' }));
    // one handset: nothing to choose
    expect(screen.queryByRole('radiogroup')).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Get an unlock code?' });
    expect(within(dialog).getByText('The state’s fee of $25.00 is added to your balance.')).toBeTruthy();
    expect(posted(fetch)).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Get the code' }));
    expect((await screen.findByTestId('unlock-code')).textContent).toBe('04718265');
    expect(screen.getByText(/^Valid until .*2099/)).toBeTruthy();
    expect(screen.getByText('Fee added to your balance: $25.00')).toBeTruthy();
    expect(screen.getByText('Write it down or copy it now: it is shown only this once.')).toBeTruthy();
    expect(posted(fetch)).toEqual([['/api/devices/3/unlock-codes', '{}']]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the code' }));
    await screen.findByRole('button', { name: 'Code copied' });
    expect(writeText).toHaveBeenCalledWith('04718265');
    // the dashboard is asked again: the fee is on the balance, the day's limit counted
    await vi.waitFor(() => expect(fetch.mock.calls.filter(([url]) => url === DASHBOARD_URL).length).toBe(2));
  });

  it('with several handsets the customer chooses one; a relay is not offered (codes are typed on a handset)', async () => {
    const devices = [handset(), handset({ id: 4, serial: 'HS-0004', model: 'IL-800' }), handset({ id: 5, serial: 'RL-0005', kind: 'relay', model: 'RL-3' })];
    const fetch = show(dashboardOf({ devices }), { 'POST /api/devices/4/unlock-codes': { status: 201, body: issued(4, null) } });
    const group = await screen.findByRole('radiogroup', { name: 'Device' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['IL-700, serial HS-0003', 'IL-800, serial HS-0004']);
    fireEvent.click(within(group).getByRole('radio', { name: 'IL-800, serial HS-0004' }));
    fireEvent.click(screen.getByRole('button', { name: 'Get an unlock code' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Get the code' }));
    await screen.findByTestId('unlock-code');
    expect(screen.getByText('No fee was charged.')).toBeTruthy();
    expect(posted(fetch)).toEqual([['/api/devices/4/unlock-codes', '{}']]);
  });

  it('a free code is said to be free before it is asked for', async () => {
    show(dashboardOf({ unlockCodes: { ...dashboardOf().unlockCodes, fee: null } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Get an unlock code' }));
    expect(within(await screen.findByRole('dialog')).getByText('This code is free.')).toBeTruthy();
  });

  it('a device that cannot have a code now says why, and the button is off', async () => {
    const reason = 'Daily limit reached: Washington (WA) allows 1 unlock code per device per day';
    show(dashboardOf({ devices: [handset({ unlockCode: { allowed: false, reason } })] }));
    await screen.findByText(`No code can be issued for this device now: ${reason}`);
    expect((screen.getByRole('button', { name: 'Get an unlock code' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a refusal of the server is shown, and no code', async () => {
    show(dashboardOf(), { 'POST /api/devices/3/unlock-codes': { status: 409, body: { message: 'Daily limit reached', errors: { unlockCode: 'Daily limit reached' } } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Get an unlock code' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Get the code' }));
    await screen.findByText('No code was issued: Daily limit reached');
    expect(screen.queryByTestId('unlock-code')).toBeNull();
  });

  it('where the state gives no codes: the refusal and the number to call, and no button', async () => {
    show(dashboardOf({ unlockCodes: { stateCode: 'TX', stateName: 'Texas', allowed: false, validHours: null, perDay: null, perProgram: null, fee: null, callNumber: '(800) 555-0142' } }));
    await screen.findByText('Texas does not allow unlock codes from the portal.');
    expect(screen.getByRole('link', { name: 'Call (800) 555-0142 for help unlocking your vehicle.' }).getAttribute('href')).toBe('tel:8005550142');
    expect(screen.queryByRole('button', { name: 'Get an unlock code' })).toBeNull();
  });

  it('without an installed handset there is nothing to ask for', async () => {
    show(dashboardOf({ devices: [handset({ status: 'shipped' })] }));
    await screen.findByText('You have no installed device, so no code can be issued.');
    expect(screen.queryByRole('button', { name: 'Get an unlock code' })).toBeNull();
  });

  it('in Spanish', async () => {
    show(dashboardOf(), { 'POST /api/devices/3/unlock-codes': { status: 201, body: issued(3, 25) } }, 'es');
    fireEvent.click(await screen.findByRole('button', { name: 'Obtener un código de desbloqueo' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Obtener un código de desbloqueo?' });
    expect(within(dialog).getByText('La tarifa estatal de $25.00 se sumará a su saldo.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Obtener el código' }));
    await screen.findByTestId('unlock-code');
    expect(screen.getByText('Tarifa sumada a su saldo: $25.00')).toBeTruthy();
    expect(screen.getByText(/^Válido hasta: .*2099/)).toBeTruthy();
  });
});
