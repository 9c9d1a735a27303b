// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderClient } from './render.tsx';
import { workOrderTypeMessages } from '../../../src/client/i18n/workOrderTypes.ts';
import { customerAuth, fetchAnswering } from './customer-auth.ts';
import { DASHBOARD_URL, dashboardOf } from './dashboard-fixture.ts';
import { DashboardPage } from '../../../src/client/dashboard/DashboardPage.tsx';
import { dashboardMessages } from '../../../src/client/dashboard/messages.ts';
import { shellMessages } from '../../../src/client/shell/messages.ts';
import type { CustomerDashboard } from '../../../server/rules/client-portal/dashboard.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show(dashboard: CustomerDashboard | { status: number; body: unknown }, locale: 'en' | 'es' = 'en') {
  const fetch = fetchAnswering({ [`GET ${DASHBOARD_URL}`]: 'customer' in dashboard ? { body: dashboard } : dashboard });
  vi.stubGlobal('fetch', fetch);
  renderClient(<DashboardPage />, { authProvider: customerAuth(7), messages: [shellMessages, workOrderTypeMessages, dashboardMessages], locale });
  return fetch;
}

const region = (name: string) => screen.findByRole('region', { name });

describe('the portal’s home page', () => {
  it('shows the balance, plan, next service with its lockout day, devices, appointments and the state’s unlock-code rule', async () => {
    show(dashboardOf());
    await screen.findByText('Hello, Cora');
    const balance = await region('Balance');
    expect(within(balance).getByText('$120.50')).toBeTruthy();
    expect(within(balance).getByText('Payment plan: monthly')).toBeTruthy();
    expect(within(balance).getByText('Auto-pay is off')).toBeTruthy();
    expect(within(balance).getByTestId('next-payment').textContent).toBe('Next payment: $100.00 on Jan 15, 2099.');
    const next = await region('Next service');
    expect(within(next).getByText('Calibration due Jan 4, 2099')).toBeTruthy();
    expect(within(next).getByText('If it is missed, the device locks the vehicle on Jan 9, 2099.')).toBeTruthy();
    expect(within(next).queryByText(/overdue/)).toBeNull();
    const devices = await region('Your devices');
    expect(within(devices).getByText('IL-700')).toBeTruthy();
    expect(within(devices).getByText('Installed')).toBeTruthy();
    expect(within(devices).getByText('Handset · Serial HS-0003 · 2020 Chevrolet Traverse · Calibration due Jan 4, 2027')).toBeTruthy();
    const appointments = await region('Upcoming appointments');
    expect(within(appointments).getByText('Calibration')).toBeTruthy();
    expect(within(appointments).getByText('Eastside Auto')).toBeTruthy();
    expect(within(appointments).getByText('1 Main St, Seattle, WA 98101')).toBeTruthy();
    expect(within(appointments).getByRole('link', { name: 'Call (206) 555-0100' }).getAttribute('href')).toBe('tel:2065550100');
    const unlock = await region('Unlock codes');
    expect(within(unlock).getByText('Washington allows unlock codes from the portal, valid for 24 hours.')).toBeTruthy();
    expect(within(unlock).getByText('Each code costs $25.00, added to your balance.')).toBeTruthy();
    expect(within(unlock).getByRole('link', { name: 'Get an unlock code' }).getAttribute('href')).toBe('/unlock');
  });

  it('in Spanish: texts, days and amounts', async () => {
    show(dashboardOf(), 'es');
    await screen.findByText('Hola, Cora');
    const balance = await region('Saldo');
    expect(within(balance).getByText('Saldo pendiente')).toBeTruthy();
    expect(within(balance).getByText('Plan de pago: mensual')).toBeTruthy();
    expect(within(await region('Próximo servicio')).getByText('Calibración el 4 ene 2099')).toBeTruthy();
    expect(within(await region('Códigos de desbloqueo')).getByText('Washington permite obtener códigos de desbloqueo en el portal, válidos durante 24 horas.')).toBeTruthy();
  });

  it('says when nothing is owed, due, installed or booked; where the state gives no codes, the number to call', async () => {
    show(
      dashboardOf({
        customer: { id: 7, firstName: 'Cora', lastName: 'Lane', balance: 0, paymentPlan: 'weekly', autoPay: true },
        nextPayment: null,
        devices: [],
        nextService: null,
        appointments: [],
        unlockCodes: { stateCode: 'TX', stateName: 'Texas', allowed: false, validHours: null, perDay: null, perProgram: null, fee: null, callNumber: '(800) 555-0142' },
      }),
    );
    expect(within(await region('Balance')).getByText('Nothing is due.')).toBeTruthy();
    expect(screen.getByText('Auto-pay is on')).toBeTruthy();
    expect(screen.getByText('No calibration is due.')).toBeTruthy();
    expect(screen.getByText('No device is installed yet.')).toBeTruthy();
    expect(screen.getByText('No appointments are booked.')).toBeTruthy();
    const unlock = await region('Unlock codes');
    expect(within(unlock).getByText('Texas does not allow unlock codes from the portal.')).toBeTruthy();
    expect(within(unlock).getByRole('link', { name: 'Call (800) 555-0142' }).getAttribute('href')).toBe('tel:8005550142');
    expect(within(unlock).queryByRole('link', { name: 'Get an unlock code' })).toBeNull();
  });

  it('warns when the calibration is overdue', async () => {
    show(dashboardOf({ nextService: { deviceId: 3, serial: 'HS-0003', dueOn: '2020-01-04', lockoutOn: '2020-01-09' } }));
    expect(within(await region('Next service')).getByText('Your calibration is overdue: book it now to avoid a lockout.')).toBeTruthy();
  });

  it('says why it could not load, and asks again', async () => {
    const fetch = show({ status: 500, body: { message: 'Database unavailable', errors: {} } });
    await screen.findByText('This could not be loaded: Database unavailable', {}, { timeout: 15_000 });
    const asked = fetch.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBeGreaterThan(asked));
  }, 20_000);
});
