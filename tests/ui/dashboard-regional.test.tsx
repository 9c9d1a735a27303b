// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { format, subDays, subMonths } from 'date-fns';
import type { StatsAnswers } from '../../server/stats/types.ts';
import { RegionalDashboard } from '../../src/dashboard/RegionalDashboard.tsx';
import { captureCsv, cellsOf, lastParams, renderDashboard } from './dashboard-fixtures.tsx';

afterEach(cleanup);

const period = { from: '2025-12-01', to: '2026-11-22' };
const STATS: Partial<StatsAnswers> = {
  'ratings-trend': {
    period,
    by: 'region',
    months: ['2026-10', '2026-11'],
    series: [
      { id: 1, name: 'North' },
      { id: 2, name: 'South' },
    ],
    rows: [
      { month: '2026-10', id: 1, name: 'North', average: 82.5, centers: 4 },
      { month: '2026-11', id: 1, name: 'North', average: 80.1, centers: 4 },
      { month: '2026-11', id: 2, name: 'South', average: 91.3, centers: 2 },
    ],
  },
  'rating-distribution': {
    asOf: '2026-11-22',
    total: 9,
    unrated: 1,
    rows: [
      { grade: 'A', minScore: 90, centers: 5 },
      { grade: 'B', minScore: 80, centers: 3 },
      { grade: 'F', minScore: 0, centers: 0 },
    ],
  },
  'falling-centers': { period, threshold: 70, total: 0, rows: [] },
  'audits-due': {
    period: { from: '2026-10-01', to: '2026-12-31' },
    asOf: '2026-11-22',
    due: 1,
    overdue: 1,
    rows: [
      { serviceCenterId: 4, name: 'Acme Audio', regionName: 'North', lastAuditDate: '2025-10-02', band: null, nextAuditDue: '2026-10-02', state: 'overdue' },
      { serviceCenterId: 5, name: 'Best Tyres', regionName: 'North', lastAuditDate: '2025-12-12', band: null, nextAuditDue: '2026-12-12', state: 'due' },
    ],
  },
  'corrective-actions-age': {
    asOf: '2026-11-22',
    open: 7,
    overdue: 2,
    rows: [
      { bucket: '0-30', minDays: 0, maxDays: 30, open: 4, overdue: 0 },
      { bucket: '31-60', minDays: 31, maxDays: 60, open: 2, overdue: 1 },
      { bucket: '61-90', minDays: 61, maxDays: 90, open: 0, overdue: 0 },
      { bucket: '91+', minDays: 91, maxDays: null, open: 1, overdue: 1 },
    ],
  },
  'work-order-volume': {
    period: { from: '2026-10-24', to: '2026-11-22' },
    total: 1,
    rows: [
      {
        serviceCenterId: 4,
        name: 'Acme Audio',
        regionName: 'North',
        workOrders: 12,
        completed: 9,
        walkIns: 5,
        timedWalkIns: 4,
        averageWalkInMinutes: 4.5,
        medianWalkInMinutes: 4,
        walkInsOver5Minutes: 1,
        over5MinutesShare: 0.25,
      },
    ],
  },
};

const day = (date: Date) => format(date, 'yyyy-MM-dd');

describe('regional dashboard', () => {
  it('gives every chart a table of its numbers for screen readers, and says what is empty', async () => {
    renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    const grades = await screen.findByTestId('table-rating-distribution');
    expect(cellsOf(grades)).toEqual([
      ['Grade', 'From score', 'Centers'],
      ['A', '90', '5'],
      ['B', '80', '3'],
      ['F', '0', '0'],
    ]);
    expect(screen.getByText('9 live centers, 1 not rated yet')).toBeTruthy();
    expect(within(grades).getByRole('table', { name: 'Live centers by rating grade' })).toBeTruthy();
    expect(cellsOf(await screen.findByTestId('table-ratings-trend')).slice(1)).toEqual([
      ['North', 'Oct 2026', '82.5', '4'],
      ['North', 'Nov 2026', '80.1', '4'],
      ['South', 'Nov 2026', '91.3', '2'],
    ]);
    expect(cellsOf(await screen.findByTestId('table-corrective-actions-age')).slice(1)).toEqual([
      ['0-30', '4', '0'],
      ['31-60', '2', '1'],
      ['61-90', '0', '0'],
      ['91+', '1', '1'],
    ]);
    const durations = cellsOf(await screen.findByTestId('table-walk-in-duration'));
    expect(durations[1]).toEqual(['Acme Audio', '4', '4.5', '4', '1', '25 %']);
    const audits = cellsOf(await screen.findByTestId('table-audits-due'));
    expect(audits.slice(1).map((row) => [row[0], row.at(-1)])).toEqual([
      ['Acme Audio', 'Overdue'],
      ['Best Tyres', 'Due'],
    ]);
    expect((await screen.findByTestId('empty-falling-centers')).textContent).toBe('No center fell or stayed below the threshold in this period.');
    // nothing to export from an empty card
    expect(within(screen.getByTestId('chart-falling-centers')).getByRole('button', { name: /Export the numbers/ }).hasAttribute('disabled')).toBe(true);
  });

  it('asks for the period picked: the last 12 months by default, then another preset', async () => {
    const { statsCall } = renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    await screen.findByTestId('table-ratings-trend');
    const today = new Date();
    expect(lastParams(statsCall, 'ratings-trend')).toEqual({ by: 'region', from: day(subMonths(today, 12)), to: day(today) });
    const card = screen.getByTestId('chart-ratings-trend');
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: 'Period' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Last 30 days' }));
    await waitFor(() => expect(lastParams(statsCall, 'ratings-trend')).toEqual({ by: 'region', from: day(subDays(today, 29)), to: day(today) }));
    // the other cards keep their own period
    expect(lastParams(statsCall, 'falling-centers')).toEqual({ threshold: 70, from: day(subMonths(today, 12)), to: day(today) });
    expect(lastParams(statsCall, 'rating-distribution')).toEqual({});
  });

  it('asks for the falling centers below the threshold chosen', async () => {
    const { statsCall } = renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    const card = await screen.findByTestId('chart-falling-centers');
    expect(within(card).getByRole('heading', { name: 'Centers below 70 or falling fastest' })).toBeTruthy();
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: 'Threshold' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Below 80' }));
    await waitFor(() => expect(lastParams(statsCall, 'falling-centers')).toMatchObject({ threshold: 80 }));
    expect(within(card).getByRole('heading', { name: 'Centers below 80 or falling fastest' })).toBeTruthy();
  });

  it('a custom period is asked for once both days are there and in order', async () => {
    const { statsCall } = renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    await screen.findByTestId('table-work-order-volume');
    const card = screen.getByTestId('chart-work-order-volume');
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: 'Period' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Custom' }));
    const from = within(card).getByLabelText('From');
    const to = within(card).getByLabelText('To');
    fireEvent.change(from, { target: { value: '2026-03-01' } });
    fireEvent.change(to, { target: { value: '2026-02-01' } });
    expect(await within(card).findByText('From must not be after To')).toBeTruthy();
    expect(within(card).getByTestId('incomplete-work-order-volume')).toBeTruthy();
    expect(statsCall.mock.calls.some(([name, params]) => name === 'work-order-volume' && params?.to === '2026-02-01')).toBe(false);
    fireEvent.change(to, { target: { value: '2026-03-31' } });
    await waitFor(() => expect(lastParams(statsCall, 'work-order-volume')).toEqual({ from: '2026-03-01', to: '2026-03-31' }));
    expect(within(card).queryByTestId('incomplete-work-order-volume')).toBeNull();
  });

  it('exports the numbers behind a chart as CSV', async () => {
    const csv = captureCsv();
    try {
      renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
      await screen.findByTestId('table-rating-distribution');
      fireEvent.click(within(screen.getByTestId('chart-rating-distribution')).getByRole('button', { name: 'Export the numbers of “Live centers by rating grade” as CSV' }));
      await waitFor(() => expect(csv.files).toHaveLength(1));
      expect(csv.names).toEqual(['rating-distribution.csv']);
      expect((await csv.files[0]).split('\n')).toEqual(['Grade,From score,Centers', 'A,90,5', 'B,80,3', 'F,0,0']);
    } finally {
      csv.restore();
    }
  });

  it('a bar or row opens the filtered list behind it', async () => {
    renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    const grades = await screen.findByTestId('table-rating-distribution');
    fireEvent.click(within(grades).getByRole('link', { name: 'B' }));
    const location = await screen.findByTestId('location');
    expect(decodeURIComponent(location.textContent!)).toBe('/service-centers?filter={"onboardingStatus":"live","ratingGrade":"B"}');
  });

  it('per region, a region opens its centers; per center, the center opens its rating', async () => {
    renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    fireEvent.click(within(await screen.findByTestId('table-ratings-trend')).getAllByRole('link', { name: 'North' })[0]);
    expect(decodeURIComponent((await screen.findByTestId('location')).textContent!)).toBe('/service-centers?filter={"regionId":1}');
    cleanup();
    const { statsCall } = renderDashboard(<RegionalDashboard by="center" />, { stats: STATS, role: 'regional-manager' });
    fireEvent.click(within(await screen.findByTestId('table-ratings-trend')).getByRole('link', { name: 'South' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/service-centers/2/show/rating');
    expect(lastParams(statsCall, 'ratings-trend')).toMatchObject({ by: 'center' });
  });

  it('for those who see every region, a region chosen gives a line per center of it', async () => {
    const { statsCall } = renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    const card = await screen.findByTestId('chart-ratings-trend');
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: 'Lines' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Centers of South' }));
    await waitFor(() => expect(lastParams(statsCall, 'ratings-trend')).toMatchObject({ by: 'center', regionId: 2 }));
    expect(within(card).getByText('Per center of the region chosen, its monthly rating')).toBeTruthy();
    // the fixed answer's ids now stand for centers: a row opens the center's rating
    fireEvent.click(within(await screen.findByTestId('table-ratings-trend')).getByRole('link', { name: 'South' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/service-centers/2/show/rating');
  });

  it('corrective actions of an age open as the open actions created in that age range', async () => {
    renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    fireEvent.click(within(await screen.findByTestId('table-corrective-actions-age')).getByRole('link', { name: '31-60' }));
    expect(JSON.parse(new URLSearchParams((await screen.findByTestId('location')).textContent!.split('?')[1]).get('filter')!)).toEqual({
      status: 'open',
      createdAt_lte: '2026-10-22T23:59:59.999Z',
      createdAt_gte: '2026-09-23T00:00:00.000Z',
    });
  });

  it('switches a chart to its table and back', async () => {
    renderDashboard(<RegionalDashboard by="region" />, { stats: STATS });
    const card = await screen.findByTestId('chart-corrective-actions-age');
    await within(card).findByTestId('table-corrective-actions-age');
    const chartBox = () => within(card).queryByTestId('plot-corrective-actions-age');
    expect(chartBox()).not.toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Show as table' }));
    expect(chartBox()).toBeNull();
    expect(within(card).getByRole('table')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Show as chart' }));
    expect(chartBox()).not.toBeNull();
  });
});
