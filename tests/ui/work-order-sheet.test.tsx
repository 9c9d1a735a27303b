// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { WorkOrderShow } from '../../src/resources/work-orders/WorkOrderShow.tsx';
import type { WorkOrderSheet } from '../../server/rules/work-orders/sheet.ts';
import type { Role } from '../../server/auth/roles.ts';
import { authProviderFor, renderResource } from './render.tsx';
import { acmeAudio, scheduledRemoval } from './work-order-fixture.ts';

afterEach(cleanup);

const SHEET = {
  workOrder: scheduledRemoval,
  center: { id: 7, name: 'Acme Audio', street: '1 Main St', city: 'Tacoma', state: 'WA', postalCode: '98401', phone: null, email: null, hours: null },
  customer: { id: 3, firstName: 'Cora', lastName: 'Customer', phone: '555-0100', caseNumber: 'CASE-42' },
  vehicle: { id: 4, year: 2019, make: 'Ford', model: 'Focus', vin: '1HGCM82633A000004', plate: 'ABC123', plateState: 'WA' },
  devices: [{ id: 8, serial: 'SN-88', kind: 'handset', model: 'H-100', status: 'installed' }],
  packages: [{ id: 11, label: 'PKG-11', shipment: { id: 4, carrier: 'UPS', trackingNumber: '1Z777', status: 'delivered', shipDate: '2026-11-17' } }],
} as unknown as WorkOrderSheet;

function setup(role: Role) {
  const workOrderSheet = vi.fn().mockResolvedValue({ data: SHEET });
  const provider = {
    ...testDataProvider({
      getOne: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: resource === 'service-centers' ? acmeAudio : scheduledRemoval })),
      getMany: vi.fn().mockResolvedValue({ data: [acmeAudio] }),
      getList: vi.fn().mockResolvedValue({ data: [], total: 0 }),
    }),
    workOrderSheet,
  } as DataProvider;
  renderResource('work-orders', provider, <WorkOrderShow />, '/work-orders/5', { authProvider: authProviderFor(role) });
  return { workOrderSheet };
}

describe('the work order’s sheet on its page', () => {
  it('center staff see the customer, vehicle, equipment serials and packages with tracking, beside Print', async () => {
    const { workOrderSheet } = setup('center-staff');
    const customer = await screen.findByRole('region', { name: 'Customer' });
    expect(within(customer).getByText('Cora Customer')).toBeTruthy();
    expect(within(customer).getByRole('link', { name: '555-0100' }).getAttribute('href')).toBe('tel:555-0100');
    expect(within(customer).getByText('Case: CASE-42')).toBeTruthy();
    const vehicle = screen.getByRole('region', { name: 'Vehicle' });
    expect(within(vehicle).getByText('2019 Ford Focus')).toBeTruthy();
    expect(within(vehicle).getByText('VIN: 1HGCM82633A000004')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Equipment' })).getByText('Handset SN-88 (H-100) · Installed')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Packages' })).getByText('PKG-11: UPS 1Z777 · Delivered')).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Print' })).getAttribute('href')).toBe('/work-orders/5/print');
    expect(workOrderSheet).toHaveBeenCalledWith(5);
  });

  it('a regional manager (no read-customer) never asks for it', async () => {
    const { workOrderSheet } = setup('regional-manager');
    expect(await screen.findByText('WO-2026-000005')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Customer' })).toBeNull();
    expect(workOrderSheet).not.toHaveBeenCalled();
  });
});
