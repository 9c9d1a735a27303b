// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, screen, waitFor } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import { WorkOrderList } from '../../src/resources/work-orders/WorkOrderList.tsx';
import { WorkOrderShow } from '../../src/resources/work-orders/WorkOrderShow.tsx';
import { authProviderFor, renderResource } from './render.tsx';

const workOrder = {
  id: 1,
  number: 'WO-2026-000001',
  type: 'installation',
  status: 'scheduled',
  serviceCenterId: 7,
  customerId: 42,
  vehicleId: null,
  scheduledAt: '2026-11-20T15:00:00.000Z',
  cost: 95,
  billableTo: 'customer',
};

const byResource: Record<string, object[]> = {
  'work-orders': [workOrder],
  'service-centers': [{ id: 7, name: 'Acme Audio', city: 'Tacoma' }],
  customers: [{ id: 42, firstName: 'Dana', lastName: 'Driver' }],
  'shipment-packages': [],
  'audit-log': [],
};

const dataProvider = () =>
  testDataProvider({
    getList: vi.fn(async (resource: string) => ({ data: byResource[resource] ?? [], total: byResource[resource]?.length ?? 0 })) as never,
    getMany: vi.fn(async (resource: string) => ({ data: byResource[resource] ?? [] })) as never,
    getOne: vi.fn(async () => ({ data: workOrder })) as never,
  });

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

describe('the work-order list follows the role table', () => {
  it('for a regional manager: no Create button, no customer column, customers never fetched', async () => {
    const provider = dataProvider();
    const authProvider = authProviderFor('regional-manager');
    const canAccess = vi.spyOn(authProvider, 'canAccess');
    renderResource('work-orders', provider, <WorkOrderList />, '/work-orders', { authProvider });
    expect(await screen.findByText('WO-2026-000001')).toBeTruthy();
    // The answers are in before anything is checked for absence.
    await waitFor(() => {
      expect(canAccess).toHaveBeenCalledWith(expect.objectContaining({ resource: 'customers', action: 'list' }));
      expect(canAccess).toHaveBeenCalledWith(expect.objectContaining({ resource: 'work-orders', action: 'create' }));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('columnheader', { name: /Service center/ })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Customer/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
    expect(provider.getMany).not.toHaveBeenCalledWith('customers', expect.anything());
  });

  it('for compliance: the Create button and the customer column', async () => {
    renderResource('work-orders', dataProvider(), <WorkOrderList />, '/work-orders', { authProvider: authProviderFor('compliance') });
    expect(await screen.findByText('WO-2026-000001')).toBeTruthy();
    expect(await screen.findByRole('columnheader', { name: /Customer/ })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Create' })).toBeTruthy();
  });
});

describe('the work-order show page follows the role table', () => {
  // "Customer" is also the billable-to value: the customer field adds a second one.
  it('for a regional manager: no customer field, no packages or history tab, no Edit', async () => {
    const provider = dataProvider();
    const authProvider = authProviderFor('regional-manager');
    const canAccess = vi.spyOn(authProvider, 'canAccess');
    const decide = vi.spyOn(authProvider, 'decide');
    renderResource('work-orders', provider, <WorkOrderShow />, '/work-orders/1', { authProvider });
    expect(await screen.findByText('WO-2026-000001')).toBeTruthy();
    await waitFor(() => {
      for (const resource of ['customers', 'shipment-packages', 'audit-log']) {
        expect(canAccess).toHaveBeenCalledWith(expect.objectContaining({ resource }));
      }
      expect(decide).toHaveBeenCalledWith(expect.objectContaining({ resource: 'work-orders', action: 'edit' }));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Service center')).toBeTruthy();
    expect(screen.getAllByText('Customer')).toHaveLength(1);
    expect(provider.getMany).not.toHaveBeenCalledWith('customers', expect.anything());
    expect(screen.queryByRole('tab', { name: /Shipment packages/ })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'History' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('for compliance: customer, packages and history tabs, Edit', async () => {
    renderResource('work-orders', dataProvider(), <WorkOrderShow />, '/work-orders/1', { authProvider: authProviderFor('compliance') });
    expect(await screen.findByText('WO-2026-000001')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('Customer')).toHaveLength(2));
    expect(await screen.findByRole('tab', { name: /Shipment packages/ })).toBeTruthy();
    expect(await screen.findByRole('tab', { name: 'History' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeTruthy();
  });
});
