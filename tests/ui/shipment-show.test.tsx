// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { ShipmentShow } from '../../src/resources/shipments/ShipmentShow.tsx';
import { ShipmentPackageEdit } from '../../src/resources/shipment-packages/ShipmentPackageEdit.tsx';
import { packagesLockedReason } from '../../server/rules/shipments/rules.ts';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const center = { id: 4, name: 'Acme Audio', street: '1 Main St', city: 'Reno', state: 'NV', postalCode: '89501' };
const preparing = { id: 805, serviceCenterId: 4, shipDate: '2026-12-01', carrier: 'UPS', trackingNumber: null, status: 'preparing', notes: null, version: 1 };
const shipped = { ...preparing, trackingNumber: '1Z999', status: 'shipped', version: 2 };
const packages = [
  { id: 9, label: 'PKG 805-1 · Pham, L. · WO-2026-000003', shipmentId: 805, customerId: 11, workOrderId: 3, contents: 'Handset HS-1' },
  { id: 10, label: 'PKG 805-2 · Ortiz, M. · WO-2026-000004', shipmentId: 805, customerId: 12, workOrderId: 4, contents: 'Relay' },
];

function provider(shipment: Record<string, unknown>) {
  const one: Record<string, unknown> = { shipments: shipment, 'service-centers': center, 'shipment-packages': packages[0] };
  return testDataProvider({
    getOne: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: one[resource] })),
    getMany: vi.fn().mockImplementation((resource: string, { ids }: { ids: number[] }) =>
      Promise.resolve({ data: resource === 'customers' ? ids.map((id) => ({ id, firstName: 'C', lastName: `Customer ${id}` })) : ids.map((id) => ({ id, ...(one[resource] as object), number: `WO-${id}` })) }),
    ),
    getManyReference: vi.fn().mockImplementation((resource: string) =>
      Promise.resolve(resource === 'shipment-packages' ? { data: packages, total: packages.length } : { data: [], total: 0 }),
    ),
    getList: vi.fn().mockResolvedValue({ data: [], total: 0 }),
  }) as DataProvider;
}

describe('shipment page', () => {
  it('a shipment being prepared: its labelled packages, the tracking-number hint, Add package and Print packing list', async () => {
    renderResource('shipments', provider(preparing), <ShipmentShow />, '/shipments/805', { authProvider: authProviderFor('admin') });
    expect(await screen.findByText('PKG 805-1 · Pham, L. · WO-2026-000003')).toBeTruthy();
    expect(screen.getByText('PKG 805-2 · Ortiz, M. · WO-2026-000004')).toBeTruthy();
    expect(screen.getByTestId('shipment-stage').textContent).toMatch(/Entering the tracking number marks it shipped, emails the center/);
    expect(screen.getByTestId('status-preparing').textContent).toBe('Preparing');
    const add = screen.getByRole('link', { name: 'Add package' });
    expect(add.getAttribute('aria-disabled')).not.toBe('true');
    expect(screen.getByRole('link', { name: 'Print packing list' }).getAttribute('href')).toBe('/shipments/805/packing-list');
  });

  it('a shipped shipment: Add package disabled and the reason shown before anyone tries', async () => {
    renderResource('shipments', provider(shipped), <ShipmentShow />, '/shipments/805', { authProvider: authProviderFor('admin') });
    const reason = packagesLockedReason({ status: 'shipped', trackingNumber: '1Z999' })!;
    expect((await screen.findByTestId('shipment-stage')).textContent).toBe(reason);
    expect(screen.getByTestId('status-shipped').textContent).toBe('Shipped');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Add package' }).getAttribute('aria-disabled')).toBe('true'));
  });

  it("a package of a shipped shipment: the form says why, Save and Delete are disabled", async () => {
    renderResource('shipment-packages', provider(shipped), <ShipmentPackageEdit />, '/shipment-packages/9', { authProvider: authProviderFor('admin') });
    const notice = await screen.findByTestId('package-locked', {}, { timeout: 4000 });
    expect(notice.textContent).toBe(packagesLockedReason({ status: 'shipped', trackingNumber: '1Z999' }));
    const toolbar = screen.getByRole('toolbar');
    await waitFor(() => expect((within(toolbar).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true));
    expect((within(toolbar).getByRole('button', { name: 'Delete' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a package of a shipment being prepared: no notice, Delete enabled', async () => {
    renderResource('shipment-packages', provider(preparing), <ShipmentPackageEdit />, '/shipment-packages/9', { authProvider: authProviderFor('admin') });
    const toolbar = await screen.findByRole('toolbar');
    await waitFor(() => expect((within(toolbar).getByRole('button', { name: 'Delete' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId('package-locked')).toBeNull();
  });
});
