// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { StatsAnswers } from '../../server/stats/types.ts';
import type { OnboardingBoard } from '../../server/rules/onboarding/board.ts';
import { OnboardingDashboard } from '../../src/dashboard/OnboardingDashboard.tsx';
import { captureCsv, cellsOf, renderDashboard } from './dashboard-fixtures.tsx';

afterEach(cleanup);

const STATS: Partial<StatsAnswers> = {
  'onboarding-funnel': {
    asOf: '2026-11-22',
    stalledAfterDays: 30,
    rows: [
      { status: 'applicant', centers: 4, medianDaysInStage: 12, stalled: 1 },
      { status: 'assessment', centers: 2, medianDaysInStage: 40, stalled: 2 },
      { status: 'training', centers: 0, medianDaysInStage: null, stalled: 0 },
      { status: 'state-notified', centers: 1, medianDaysInStage: 3, stalled: 0 },
      { status: 'state-inspection', centers: 0, medianDaysInStage: null, stalled: 0 },
      { status: 'live', centers: 150, medianDaysInStage: null, stalled: 0 },
    ],
  },
  'went-live': { period: { from: '2025-11-22', to: '2026-11-22' }, total: 0, rows: [{ month: '2026-10', centers: 0 }, { month: '2026-11', centers: 0 }] },
};

const card = (id: number, name: string, daysInStage: number, stalled: boolean, blockers: string[]) => ({
  id,
  name,
  city: 'Seattle',
  state: 'WA',
  statusChangedAt: null,
  daysInStage,
  stalled,
  blockers,
  gatesMet: 1,
  gatesTotal: 6,
});

const BOARD: OnboardingBoard = {
  stalledAfterDays: 30,
  asOf: '2026-11-22',
  stages: [
    { status: 'applicant', centers: [card(1, 'Slow Audio', 45, true, ['Service Center Agreement signed', 'W-9 received']), card(2, 'New Tyres', 3, false, ['W-9 received'])] },
    { status: 'assessment', centers: [card(3, 'Stuck Stereo', 90, true, ['Initial assessment passed'])] },
  ],
};

describe('onboarding dashboard', () => {
  it('charts the stages before live with their medians and stalled counts; live is counted apart', async () => {
    renderDashboard(<OnboardingDashboard />, { role: 'onboarding', stats: STATS, get: { 'onboarding/board': BOARD } });
    const funnel = await screen.findByTestId('table-onboarding-funnel');
    expect(cellsOf(funnel)).toEqual([
      ['Stage', 'Centers', 'Median days in stage', 'Stalled'],
      ['Applicant', '4', '12', '1'],
      ['Initial assessment', '2', '40', '2'],
      ['Training', '0', '—', '0'],
      ['State notified', '1', '3', '0'],
      ['State inspection', '0', '—', '0'],
    ]);
    expect(screen.getByText('Centers per stage before live (150 live now); stalled after 30 days in a stage')).toBeTruthy();
    // the medians chart leaves out the stages nobody is in
    expect(cellsOf(screen.getByTestId('table-median-days')).slice(1).map((row) => row[0])).toEqual(['Applicant', 'Initial assessment', 'State notified']);
    fireEvent.click(within(funnel).getByRole('link', { name: 'Initial assessment' }));
    expect(decodeURIComponent((await screen.findByTestId('location')).textContent!)).toBe('/service-centers?filter={"onboardingStatus":"assessment"}');
  });

  it('lists the stalled centers, longest first, with what blocks them; a row opens the center’s onboarding', async () => {
    renderDashboard(<OnboardingDashboard />, { role: 'onboarding', stats: STATS, get: { 'onboarding/board': BOARD } });
    const stalled = await screen.findByTestId('table-stalled-centers');
    expect(cellsOf(stalled).slice(1)).toEqual([
      ['Stuck Stereo', 'Initial assessment', '90', 'Initial assessment passed'],
      ['Slow Audio', 'Applicant', '45', 'Service Center Agreement signed; W-9 received'],
    ]);
    fireEvent.click(within(stalled).getByRole('link', { name: 'Slow Audio' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/service-centers/1/show/onboarding');
  });

  it('says when no center went live in the period, and exports nothing then', async () => {
    const csv = captureCsv();
    try {
      renderDashboard(<OnboardingDashboard />, { role: 'onboarding', stats: STATS, get: { 'onboarding/board': BOARD } });
      expect((await screen.findByTestId('empty-went-live')).textContent).toBe('No location went live in this period.');
      const exportButton = within(screen.getByTestId('chart-went-live')).getByRole('button', { name: /Export the numbers/ });
      expect(exportButton.hasAttribute('disabled')).toBe(true);
      fireEvent.click(within(screen.getByTestId('chart-stalled-centers')).getByRole('button', { name: /Export the numbers/ }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(csv.names).toEqual(['stalled-centers.csv']);
      expect((await csv.files[0]).split('\n')[0]).toBe('Center,Stage,Days in stage,Missing');
    } finally {
      csv.restore();
    }
  });
});
