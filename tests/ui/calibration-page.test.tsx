// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { testDataProvider, type DataProvider, type GetListParams } from 'react-admin';
import { CalibrationPage } from '../../src/calibration/CalibrationPage.tsx';
import { calibrationFilter } from '../../server/rules/calibration/tracking.ts';
import { renderResource } from './render.tsx';

afterEach(cleanup);

const today = format(new Date(), 'yyyy-MM-dd');
const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');
const inGrace = [
  { id: 1, serial: 'HS-0000001', status: 'installed', customerId: null, serviceCenterId: null, nextCalibrationDue: day(-4), lockoutOn: day(1) },
  { id: 2, serial: 'HS-0000002', status: 'installed', customerId: null, serviceCenterId: null, nextCalibrationDue: day(-1), lockoutOn: day(4) },
];

function setup() {
  const getList = vi.fn(async (_resource: string, params: GetListParams) => {
    const grace = params.filter.lockoutOn_gte !== undefined;
    const data = grace ? inGrace : [];
    return { data: params.pagination?.perPage === 1 ? data.slice(0, 1) : data, total: data.length };
  });
  const dataProvider = testDataProvider({
    getList: getList as DataProvider['getList'],
    getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
  });
  renderResource('calibrations', dataProvider, <CalibrationPage />, '/calibrations');
  return getList;
}

describe('calibration tracking page', () => {
  it('opens on the grace period: each device with its lockout date, days left and days overdue; counts on every tab', async () => {
    const getList = setup();
    const row = (await screen.findByText('HS-0000001')).closest('tr')!;
    expect(row.textContent).toContain('2 days'); // locks out after tomorrow: today and tomorrow left
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells.at(-1)).toBe('4'); // days overdue
    expect(cells.at(-2)).toBe('2 days');
    expect((await screen.findByText('HS-0000002')).closest('tr')!.textContent).toContain('5 days');
    expect(await screen.findByRole('tab', { name: 'In grace period (2)' })).toBeTruthy();
    expect(await screen.findByRole('tab', { name: 'Due this week (0)' })).toBeTruthy();
    const filters = getList.mock.calls.map(([, params]) => params.filter);
    for (const tab of ['due-this-week', 'in-grace', 'locked-out', 'overdue'] as const) {
      expect(filters).toContainEqual(calibrationFilter(tab, today));
    }
  });

  it('each tab lists with its own filter and says when it is empty', async () => {
    const getList = setup();
    await screen.findByText('HS-0000001');
    fireEvent.click(screen.getByRole('tab', { name: /Past grace/ }));
    expect(await screen.findByText('No device is past its grace period.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /Due this week/ }));
    expect(await screen.findByText('No installed device is due for calibration in the next 7 days.')).toBeTruthy();
    await waitFor(() => {
      const listed = getList.mock.calls.filter(([, params]) => params.pagination?.perPage === 25).map(([, params]) => params.filter);
      expect(listed).toContainEqual(calibrationFilter('locked-out', today));
      expect(listed).toContainEqual(calibrationFilter('due-this-week', today));
    });
    expect(within(screen.getByRole('tablist')).getAllByRole('tab')).toHaveLength(4);
  });
});
