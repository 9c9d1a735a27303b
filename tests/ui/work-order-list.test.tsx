// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import { WorkOrderList } from '../../src/resources/work-orders/WorkOrderList.tsx';
import { renderResource } from './render.tsx';

const workOrders = [
  { id: 1, number: 'WO-2026-000001', type: 'installation', status: 'scheduled', serviceCenterId: 7, customerId: null, scheduledAt: '2026-11-20T15:00:00.000Z', cost: 95, billableTo: 'customer' },
  { id: 2, number: 'WO-2026-000002', type: 'calibration', status: 'completed', serviceCenterId: 7, customerId: null, scheduledAt: '2026-11-19T10:00:00.000Z', cost: 20, billableTo: 'customer' },
];

afterEach(cleanup);

describe('work-order list', () => {
  it('shows numbers, human labels for types and statuses, and the total', async () => {
    const getList = vi.fn().mockResolvedValue({ data: workOrders, total: 2 });
    const dataProvider = testDataProvider({
      getList,
      getMany: vi.fn().mockResolvedValue({ data: [{ id: 7, name: 'Acme Audio', city: 'Tacoma' }] }),
    });
    renderResource('work-orders', dataProvider, <WorkOrderList />);
    expect(await screen.findByText('WO-2026-000001')).toBeTruthy();
    expect(screen.getByText('WO-2026-000002')).toBeTruthy();
    expect(screen.getAllByText('Installation').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Scheduled').length).toBeGreaterThan(0);
    expect(getList).toHaveBeenCalledWith('work-orders', expect.objectContaining({ sort: { field: 'scheduledAt', order: 'DESC' } }));
    expect(await screen.findByText('1-2 of 2')).toBeTruthy();
  });

  it('filters by status from the sidebar', async () => {
    const getList = vi.fn().mockResolvedValue({ data: workOrders, total: 2 });
    renderResource('work-orders', testDataProvider({ getList, getMany: vi.fn().mockResolvedValue({ data: [] }) }), <WorkOrderList />);
    await screen.findByText('WO-2026-000001');
    fireEvent.click(screen.getByRole('button', { name: /Completed/ }));
    await waitFor(() =>
      expect(getList).toHaveBeenLastCalledWith('work-orders', expect.objectContaining({ filter: { status: 'completed' } })),
    );
  });
});
