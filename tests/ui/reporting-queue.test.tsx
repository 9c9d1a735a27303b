// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { ReportingObligationList } from '../../src/resources/reporting-obligations/ReportingObligationList.tsx';
import { ReportingQueueCard } from '../../src/dashboard/compliance/ReportingQueueCard.tsx';
import { OnTimeReportingCard } from '../../src/dashboard/compliance/OnTimeReportingCard.tsx';
import { dueWindows } from '../../src/resources/reporting-obligations/dueWindows.ts';
import { cellsOf, renderDashboard } from './dashboard-fixtures.tsx';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const open = {
  id: 5,
  customerId: 9,
  serviceCenterId: 4,
  jurisdictionId: 2,
  event: 'tampering',
  eventAt: '2026-12-05T10:00:00.000Z',
  dueAt: '2099-12-07T10:00:00.000Z',
  recipient: 'Texas DPS',
  notes: null,
  sourceResource: 'devices',
  sourceId: 31,
  eventKey: 'tampering:device:31:2026-12-05T10:00:00.000Z',
  status: 'open',
  reportedAt: null,
  reference: null,
  reportedById: null,
  reportedBy: null,
  createdAt: '2026-12-05T10:00:00.000Z',
  updatedAt: '2026-12-05T10:00:00.000Z',
  version: 1,
};
const late = { ...open, id: 4, event: 'removal', dueAt: '2026-11-01T10:00:00.000Z', status: 'reported-late', reportedAt: '2026-11-03T10:00:00.000Z', reference: 'TX-0042', reportedBy: 'Cam Compliance', version: 2 };

function setup(role: Role) {
  const getList = vi.fn(async () => ({ data: [open, late], total: 2 }));
  const reportObligation = vi.fn(async () => ({ data: { ...open, status: 'reported', reportedAt: '2026-12-06T10:00:00.000Z', reference: 'TX-1', version: 2 } }));
  const dataProvider = {
    ...testDataProvider({
      getList: getList as DataProvider['getList'],
      getMany: vi.fn(async (resource: string) => ({ data: resource === 'jurisdictions' ? [{ id: 2, code: 'TX', name: 'Texas' }] : [] })) as DataProvider['getMany'],
    }),
    reportObligation,
  } as DataProvider;
  renderResource('reporting-obligations', dataProvider, <ReportingObligationList />, '/reporting-obligations', { authProvider: authProviderFor(role) });
  return { getList, reportObligation };
}

describe('the reporting obligations list', () => {
  it('soonest deadline first; the late report stays marked; Report asks for the state’s reference and sends it with the version seen', async () => {
    const { getList, reportObligation } = setup('compliance');
    expect(await screen.findByText('TX-0042')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('reporting-obligations', expect.objectContaining({ sort: { field: 'dueAt', order: 'ASC' } }));
    expect(await screen.findByText('Late')).toBeTruthy();
    const report = await screen.findByText('Report', { selector: 'button' });
    expect(screen.getAllByText('Report', { selector: 'button' })).toHaveLength(1);
    fireEvent.click(report);
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByText('Report', { selector: 'button' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/state’s reference/), { target: { value: '  TX-1 ' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(reportObligation).toHaveBeenCalledWith(5, { reference: 'TX-1', version: 1 }));
    expect(await screen.findByText('Obligation reported')).toBeTruthy();
  });

  it('center staff read their obligations without a Report button (the policy grants them no report)', async () => {
    setup('center-staff');
    await screen.findByText('TX-0042');
    await waitFor(() => expect(screen.queryAllByText('Report', { selector: 'button' })).toHaveLength(0));
  });
});

describe('the compliance dashboard’s reporting cards', () => {
  it('counts overdue, due today and within 24 h; a row opens the list filtered to that window', async () => {
    renderDashboard(<ReportingQueueCard />, {
      role: 'compliance',
      stats: { 'reporting-queue': { asOf: '2026-12-06T08:00:00.000Z', endOfToday: '2026-12-07T00:00:00.000Z', in24h: '2026-12-07T08:00:00.000Z', overdue: 3, dueToday: 1, dueWithin24h: 2 } },
    });
    const table = await screen.findByTestId('table-reporting-queue');
    expect(cellsOf(table)).toEqual([
      ['Deadline', 'Not reported'],
      ['Overdue', '3'],
      ['Due today', '1'],
      ['Due within 24 h', '2'],
    ]);
    fireEvent.click(within(table).getByText('Overdue'));
    const location = await screen.findByTestId('location');
    const filter = JSON.parse(new URLSearchParams(location.textContent!.split('?')[1]).get('filter')!);
    expect(filter).toMatchObject({ status: ['open', 'overdue'] });
    expect(Object.keys(filter)).toEqual(Object.keys(dueWindows().overdue));
  });

  it('the on-time rate by state and month, as a table of its numbers', async () => {
    renderDashboard(<OnTimeReportingCard />, {
      role: 'compliance',
      stats: {
        'on-time-reporting': {
          period: { from: '2026-11-01', to: '2026-12-06' },
          months: ['2026-11', '2026-12'],
          states: ['AZ', 'TX'],
          rows: [
            { month: '2026-11', jurisdictionId: 3, code: 'AZ', due: 4, onTime: 3, rate: 0.75 },
            { month: '2026-11', jurisdictionId: 2, code: 'TX', due: 2, onTime: 2, rate: 1 },
          ],
        },
      },
    });
    const rows = cellsOf(await screen.findByTestId('table-on-time-reporting', {}, { timeout: 3000 }));
    expect(rows.slice(1).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['AZ', '4', '3', '75 %'],
      ['TX', '2', '2', '100 %'],
    ]);
  });
});

describe('the queue’s windows', () => {
  it('are unreported obligations by deadline, to the minute', () => {
    expect(dueWindows(new Date('2026-12-06T08:30:42.512Z'))).toEqual({
      overdue: { status: ['open', 'overdue'], dueAt_lte: '2026-12-06T08:30:00.000Z' },
      dueToday: { status: ['open', 'overdue'], dueAt_gte: '2026-12-06T08:30:00.000Z', dueAt_lte: '2026-12-06T23:59:59.999Z' },
      dueWithin24h: { status: ['open', 'overdue'], dueAt_gte: '2026-12-06T08:30:00.000Z', dueAt_lte: '2026-12-07T08:30:00.000Z' },
    });
  });
});
