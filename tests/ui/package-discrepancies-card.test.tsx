// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { DataProvider, GetListParams } from 'react-admin';
import { PackageDiscrepanciesCard } from '../../src/dashboard/compliance/PackageDiscrepanciesCard.tsx';
import { renderDashboard } from './dashboard-fixtures.tsx';

afterEach(cleanup);

const latest = { id: 14, label: 'PKG 3-1 · Pham, L. · WO-2026-0008', discrepancy: 'Missing from the package: serial R-1 (not received).', receivedAt: '2026-12-03T15:00:00.000Z' };

function setup(total: number) {
  const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: total ? [latest] : [], total }));
  renderDashboard(<PackageDiscrepanciesCard />, { role: 'compliance', dataProvider: { getList: getList as DataProvider['getList'] } });
  return getList;
}

describe('packages received with a discrepancy, on the compliance dashboard', () => {
  it('counts them, lists the latest and opens the list filtered to them', async () => {
    const getList = setup(3);
    expect(await screen.findByText('3 packages with serials missing or unexpected')).toBeTruthy();
    expect(screen.getByText(latest.discrepancy)).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('shipment-packages', expect.objectContaining({ filter: { hasDiscrepancy: true } }));
    fireEvent.click(screen.getByRole('link', { name: 'All of them' }));
    const filter = new URLSearchParams((await screen.findByTestId('location')).textContent!.split('?')[1]).get('filter');
    expect(JSON.parse(filter!)).toEqual({ hasDiscrepancy: true });
  });

  it('says so when every package was received as listed', async () => {
    setup(0);
    expect(await screen.findByText('Every package was received as listed.')).toBeTruthy();
  });
});
