// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, memoryStore, testDataProvider, type Identifier } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { StatementPage } from '../../src/portal/statement/StatementPage.tsx';
import { currentMonth, shiftMonth, validMonth } from '../../src/portal/statement/month.ts';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import type { Statement } from '../../server/rules/portal/statement.ts';
import { authProviderFor } from './render.tsx';
import { captureCsv } from './dashboard-fixtures.tsx';

afterEach(cleanup);

const statementOf = (centerId: Identifier, month: string): Statement => ({
  serviceCenterId: Number(centerId),
  month,
  rows: [
    { id: 3, number: 'WO-3', type: 'vehicle-inspection', completedAt: `${month}-02T15:00:00.000Z`, customerName: null, price: 19.99, billableTo: 'provider' },
    { id: 4, number: '=WO-4', type: 'calibration', completedAt: `${month}-12T15:00:00.000Z`, customerName: 'Cora Lane', price: 75.05, billableTo: 'customer' },
  ],
  totals: { services: 2, provider: 19.99, customer: 75.05, total: 95.04 },
});

function renderStatement(path: string) {
  const statement = vi.fn(async (centerId: Identifier, month: string) => ({ data: statementOf(centerId, month) }));
  const provider = { ...testDataProvider({ getOne: vi.fn().mockResolvedValue({ data: { id: 1, name: 'Acme Audio' } }) }), statement };
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={provider} authProvider={authProviderFor('center-staff')} i18nProvider={i18nProvider} store={memoryStore()}>
        <Routes>
          <Route path="/statement" element={<StatementPage />} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { statement };
}

describe('the statement page', () => {
  test('center staff see this month’s services and totals for their own center, step to the previous month, and download the CSV with the totals', async () => {
    const { statement } = renderStatement('/statement');
    const totals = await screen.findByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('$19.99')).toBeTruthy();
    expect(within(totals).getByText('$75.05')).toBeTruthy();
    expect(within(totals).getByText('$95.04')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'WO-3' }).getAttribute('href')).toBe('/work-orders/3/show');
    expect(screen.getByText('Provider request')).toBeTruthy();
    expect(statement).toHaveBeenCalledWith(1, currentMonth());
    expect((screen.getByRole('button', { name: 'Next month' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    await vi.waitFor(() => expect(statement).toHaveBeenLastCalledWith(1, shiftMonth(currentMonth(), -1)));

    const csv = captureCsv();
    const download = screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement;
    await vi.waitFor(() => expect(download.disabled).toBe(false));
    fireEvent.click(download);
    await vi.waitFor(() => expect(csv.files).toHaveLength(1));
    const [file] = await Promise.all(csv.files);
    csv.restore();
    expect(file).toContain("'=WO-4");
    expect(file).toContain('95.04');
  });

  test('administrators come with ?center=ID', async () => {
    const { statement } = renderStatement('/statement?center=9&month=2026-03');
    await screen.findByRole('region', { name: 'Totals' });
    expect(statement).toHaveBeenCalledWith(9, '2026-03');
  });
});

describe('months', () => {
  test.each([
    ['2026-01', -1, '2025-12'],
    ['2025-12', 1, '2026-01'],
    ['2026-03', -14, '2025-01'],
  ])('%s shifted by %i is %s', (month, n, expected) => {
    expect(shiftMonth(month, n)).toBe(expected);
  });

  test.each([
    ['2026-03', '2026-03'],
    ['2026-04', null],
    ['2026-13', null],
    ['', null],
    [null, null],
  ])('%j up to 2026-03 is %j', (month, expected) => {
    expect(validMonth(month, '2026-03')).toBe(expected);
  });
});
