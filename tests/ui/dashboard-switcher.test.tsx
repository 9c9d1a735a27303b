// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { memoryStore } from 'react-admin';
import { Dashboard } from '../../src/dashboard/Dashboard.tsx';
import { renderDashboard, type StatsAnswer } from './dashboard-fixtures.tsx';

afterEach(cleanup);

const period = { from: '2025-11-22', to: '2026-11-22' };
const STATS: StatsAnswer = {
  'ratings-trend': { period, by: 'region', months: [], series: [], rows: [] },
  'rating-distribution': { asOf: '2026-11-22', total: 0, unrated: 0, rows: [] },
  'falling-centers': { period, threshold: 70, total: 0, rows: [] },
  'audits-due': { period, asOf: '2026-11-22', due: 0, overdue: 0, rows: [] },
  'corrective-actions-age': { asOf: '2026-11-22', open: 0, overdue: 0, rows: [] },
  'work-order-volume': { period, total: 0, rows: [] },
  'authorization-queue': { asOf: '2026-11-22', total: 0, byType: [], rows: [] },
  'unauthorized-attempts': { period, total: 0, byDay: [], rows: [] },
  'overdue-findings': { asOf: '2026-11-22', correctiveActions: 0, findings: 0, bySeverity: [], rows: [] },
  'insurance-expiring': { asOf: '2026-11-22', days: 30, expired: 0, expiring: 0, rows: [] },
  'devices-past-grace': { asOf: '2026-11-22', total: 0, rows: [] },
  'unlock-codes-by-state': { period, total: 0, rows: [] },
  'onboarding-funnel': { asOf: '2026-11-22', stalledAfterDays: 30, rows: [] },
  'went-live': { period, total: 0, rows: [] },
};
const get = { 'onboarding/board': { stalledAfterDays: 30, asOf: '2026-11-22', stages: [] } };

const heading = (name: string) => screen.findByRole('heading', { name });

describe('the dashboards each role may see (permissions.stats)', () => {
  it('an admin switches between the three dashboards, and the choice is remembered', async () => {
    const store = memoryStore();
    renderDashboard(<Dashboard />, { role: 'admin', stats: STATS, get, store });
    const tabs = await screen.findByRole('tablist', { name: 'Dashboard of' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Regional', 'Compliance', 'Onboarding']);
    expect(await heading('Average rating over time')).toBeTruthy();
    expect(screen.getByText('Per region, monthly average of the centers’ ratings')).toBeTruthy();
    fireEvent.click(within(tabs).getByRole('tab', { name: 'Onboarding' }));
    expect(await heading('Onboarding pipeline')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Average rating over time' })).toBeNull();
    fireEvent.click(within(tabs).getByRole('tab', { name: 'Compliance' }));
    expect(await heading('Work orders awaiting authorisation')).toBeTruthy();
    // every empty answer reads as such
    expect(await screen.findByText('No work order is waiting for authorisation.')).toBeTruthy();
    expect(store.getItem('dashboard.view')).toBe('compliance');
  });

  it('an admin lands on the dashboard they chose last', async () => {
    renderDashboard(<Dashboard />, { role: 'admin', stats: STATS, get, store: memoryStore({ 'dashboard.view': 'onboarding' }) });
    expect((await screen.findByRole('tab', { name: 'Onboarding' })).getAttribute('aria-selected')).toBe('true');
    expect(await heading('Onboarding pipeline')).toBeTruthy();
  });

  it('compliance lands on its queues and may open the others (the order of permissions.stats)', async () => {
    renderDashboard(<Dashboard />, { role: 'compliance', stats: STATS, get });
    expect(await heading('Work orders awaiting authorisation')).toBeTruthy();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Compliance', 'Regional', 'Onboarding']);
  });

  it('a remembered dashboard the user may not see is not shown', async () => {
    const { statsCall } = renderDashboard(<Dashboard />, { role: 'onboarding', stats: STATS, get, store: memoryStore({ 'dashboard.view': 'compliance' }) });
    expect(await heading('Onboarding pipeline')).toBeTruthy();
    expect(statsCall.mock.calls.map(([name]) => name)).not.toContain('authorization-queue');
  });

  it('a regional manager lands on the regional dashboard per center of their region, with no switcher', async () => {
    const { statsCall } = renderDashboard(<Dashboard />, { role: 'regional-manager', stats: STATS, get });
    expect(await heading('Average rating over time')).toBeTruthy();
    expect(screen.getByText('Per center of your region, its monthly rating')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(statsCall.mock.calls.find(([name]) => name === 'ratings-trend')?.[1]).toMatchObject({ by: 'center' });
    expect(statsCall.mock.calls.map(([name]) => name)).not.toContain('authorization-queue');
  });

  it('onboarding staff land on the pipeline and never ask for the other topics', async () => {
    const { statsCall } = renderDashboard(<Dashboard />, { role: 'onboarding', stats: STATS, get });
    expect(await heading('Onboarding pipeline')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(new Set(statsCall.mock.calls.map(([name]) => name))).toEqual(new Set(['onboarding-funnel', 'went-live']));
  });
});
