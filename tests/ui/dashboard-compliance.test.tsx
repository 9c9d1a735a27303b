// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import type { StatsAnswers } from '../../server/stats/types.ts';
import { ComplianceDashboard } from '../../src/dashboard/ComplianceDashboard.tsx';
import { cellsOf, lastParams, renderDashboard } from './dashboard-fixtures.tsx';

afterEach(cleanup);

const STATS: Partial<StatsAnswers> = {
  'authorization-queue': {
    asOf: '2026-11-22',
    total: 2,
    byType: [{ type: 'removal', count: 2 }],
    rows: [
      { workOrderId: 31, number: 'WO-2026-000031', type: 'removal', status: 'scheduled', serviceCenterId: 4, centerName: 'Acme Audio', customerId: 9, scheduledAt: '2026-11-25T10:00:00', createdAt: '2026-10-01T08:00:00.000Z', waitingDays: 52 },
      { workOrderId: 40, number: 'WO-2026-000040', type: 'handheld-exchange', status: 'requested', serviceCenterId: 5, centerName: 'Best Tyres', customerId: 10, scheduledAt: '2026-11-26T09:30:00', createdAt: '2026-11-20T08:00:00.000Z', waitingDays: 2 },
    ],
  },
  'unauthorized-attempts': {
    period: { from: '2026-10-24', to: '2026-11-22' },
    total: 3,
    byDay: [
      { day: '2026-11-02', count: 1 },
      { day: '2026-11-20', count: 2 },
    ],
    rows: [{ id: 77, at: '2026-11-20T09:00:00.000Z', userName: 'Sam Center', workOrderId: 31, summary: 'Refused: not authorised' }],
  },
  'overdue-findings': {
    asOf: '2026-11-22',
    correctiveActions: 3,
    findings: 2,
    bySeverity: [
      { severity: 'critical', correctiveActions: 1 },
      { severity: 'major', correctiveActions: 2 },
      { severity: 'minor', correctiveActions: 0 },
      { severity: 'observation', correctiveActions: 0 },
    ],
    rows: [{ correctiveActionId: 12, findingId: 8, auditId: 3, serviceCenterId: 4, centerName: 'Acme Audio', severity: 'critical', title: 'Seals missing', dueDate: '2026-10-01', daysOverdue: 52 }],
  },
  'insurance-expiring': {
    asOf: '2026-11-22',
    days: 30,
    expired: 1,
    expiring: 1,
    rows: [
      { serviceCenterId: 6, name: 'Lapsed Audio', onboardingStatus: 'suspended', insuranceExpiresOn: '2026-11-01', daysLeft: -21, expired: true },
      { serviceCenterId: 7, name: 'Soon Tyres', onboardingStatus: 'live', insuranceExpiresOn: '2026-12-10', daysLeft: 18, expired: false },
    ],
  },
  'unlock-codes-by-state': { period: { from: '2026-11-16', to: '2026-11-22' }, total: 0, rows: [] },
  'reporting-queue': { asOf: '2026-11-22T08:00:00.000Z', endOfToday: '2026-11-23T00:00:00.000Z', in24h: '2026-11-23T08:00:00.000Z', overdue: 0, dueToday: 0, dueWithin24h: 0 },
  'on-time-reporting': { period: { from: '2025-12-01', to: '2026-11-22' }, months: [], states: [], rows: [] },
};

describe('compliance dashboard', () => {
  it('lists the authorisation queue oldest first, each work order a link', async () => {
    renderDashboard(<ComplianceDashboard />, { role: 'compliance', stats: { ...STATS, 'devices-past-grace': { asOf: '2026-11-22', total: 0, rows: [] } } });
    const queue = await screen.findByTestId('table-authorization-queue');
    expect(cellsOf(queue).map((row) => [row[0], row[1], row[2], row.at(-1)])).toEqual([
      ['Work order', 'Type', 'Center', 'Waiting (days)'],
      ['WO-2026-000031', 'Removal', 'Acme Audio', '52'],
      ['WO-2026-000040', 'Handheld exchange', 'Best Tyres', '2'],
    ]);
    expect(screen.getByText('2 waiting, oldest first')).toBeTruthy();
    fireEvent.click(within(queue).getByRole('link', { name: 'WO-2026-000040' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/work-orders/40/show');
  });

  it('counts overdue corrective actions by severity and opens the open ones of a severity due before today', async () => {
    renderDashboard(<ComplianceDashboard />, { role: 'compliance', stats: { ...STATS, 'devices-past-grace': { asOf: '2026-11-22', total: 0, rows: [] } } });
    const severities = await screen.findByTestId('table-overdue-findings');
    expect(cellsOf(severities).slice(1)).toEqual([
      ['Critical', '1'],
      ['Major', '2'],
      ['Minor', '0'],
      ['Observation', '0'],
    ]);
    expect(screen.getByText('3 corrective actions on 2 findings are past due')).toBeTruthy();
    expect(cellsOf(screen.getByTestId('table-overdue-findings-list'))[1]).toEqual(['Seals missing', 'Critical', 'Acme Audio', 'Oct 1, 2026', '52']);
    fireEvent.click(within(severities).getByRole('link', { name: 'Major' }));
    const filter = new URLSearchParams((await screen.findByTestId('location')).textContent!.split('?')[1]).get('filter');
    expect(JSON.parse(filter!)).toEqual({ status: 'open', severity: 'major', dueDate_lte: '2026-11-21' });
  });

  it('shows expired binders, refused attempts per day, an empty week of unlock codes, and the server’s reason when a chart fails', async () => {
    renderDashboard(<ComplianceDashboard />, {
      role: 'compliance',
      stats: { ...STATS, 'devices-past-grace': new HttpError('Not allowed to read devices', 403, { message: 'Not allowed to read devices' }) },
    });
    const insurance = await screen.findByTestId('table-insurance-expiring');
    expect(cellsOf(insurance).slice(1)).toEqual([
      ['Lapsed Audio', 'Suspended', 'Nov 1, 2026', 'Expired', 'Refused'],
      ['Soon Tyres', 'Live', 'Dec 10, 2026', '18', 'Taken'],
    ]);
    expect(screen.getByText('1 expired (new work orders refused), 1 expiring within 30 days')).toBeTruthy();
    expect(cellsOf(screen.getByTestId('table-unauthorized-attempts')).slice(1)).toEqual([
      ['Nov 2, 2026', '1'],
      ['Nov 20, 2026', '2'],
    ]);
    expect((await screen.findByTestId('empty-unlock-codes-by-state')).textContent).toBe('No unlock code was issued in this period.');
    expect(await within(screen.getByTestId('chart-devices-past-grace')).findByText('Not allowed to read devices')).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('table-unauthorized-attempts')).getByRole('link', { name: 'Nov 20, 2026' }));
    const filter = new URLSearchParams((await screen.findByTestId('location')).textContent!.split('?')[1]).get('filter');
    expect(JSON.parse(filter!)).toEqual({ resource: 'work-orders', action: 'complete-refused', at_gte: '2026-11-20T00:00:00.000Z', at_lte: '2026-11-20T23:59:59.999Z' });
  });

  it('asks for the insurance window chosen', async () => {
    const { statsCall } = renderDashboard(<ComplianceDashboard />, { role: 'compliance', stats: { ...STATS, 'devices-past-grace': { asOf: '2026-11-22', total: 0, rows: [] } } });
    const card = await screen.findByTestId('chart-insurance-expiring');
    await within(card).findByTestId('table-insurance-expiring');
    expect(lastParams(statsCall, 'insurance-expiring')).toEqual({ days: 30 });
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: 'Expiring' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Within 90 days' }));
    await waitFor(() => expect(lastParams(statsCall, 'insurance-expiring')).toEqual({ days: 90 }));
  });

  it('devices past grace open the devices list with the calibration page’s past-grace filter', async () => {
    renderDashboard(<ComplianceDashboard />, {
      role: 'compliance',
      stats: { ...STATS, 'devices-past-grace': { asOf: '2026-11-22', total: 5, rows: [{ jurisdictionId: 2, code: 'WA', name: 'Washington', devices: 5, oldestLockoutOn: '2026-10-30' }] } },
    });
    const grace = await screen.findByTestId('table-devices-past-grace');
    expect(cellsOf(grace)[1]).toEqual(['WA — Washington', '5', 'Oct 30, 2026']);
    fireEvent.click(within(grace).getByRole('link', { name: 'WA — Washington' }));
    const location = (await screen.findByTestId('location')).textContent!;
    expect(location.startsWith('/devices?filter=')).toBe(true);
    expect(JSON.parse(new URLSearchParams(location.split('?')[1]).get('filter')!)).toEqual({ status: 'installed', lockoutOn_lte: '2026-11-21' });
  });
});
