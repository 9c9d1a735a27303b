// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider, type GetListParams } from 'react-admin';
import { ReceiveDialog } from '../../src/resources/shipment-packages/ReceiveDialog.tsx';
import { EquipmentPage } from '../../src/equipment/EquipmentPage.tsx';
import type { ShipmentPackage } from '../../server/resources/types.ts';
import { renderResource } from './render.tsx';

afterEach(cleanup);

const pkg = {
  id: 5,
  shipmentId: 3,
  customerId: 4,
  workOrderId: 8,
  label: 'PKG 3-1 · Pham, L. · WO-2026-0008',
  contents: 'handset H-1, relay R-1',
  receivedAt: null,
  receivedById: null,
  receivedBy: null,
  discrepancy: null,
  hasDiscrepancy: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  version: 2,
} satisfies ShipmentPackage;

const devices = [
  { id: 11, serial: 'H-1', kind: 'handset', status: 'shipped', workOrderId: 8 },
  { id: 12, serial: 'R-1', kind: 'relay', status: 'shipped', workOrderId: 8 },
];

const withDiscrepancy = {
  package: { ...pkg, receivedAt: '2026-12-03T15:00:00.000Z', receivedBy: 'Cal Center', discrepancy: 'Missing from the package: serial R-1 (not received). Not on the packing list: serial BOGUS-7.', hasDiscrepancy: true },
  received: ['H-1'],
  missing: ['R-1'],
  unexpected: ['BOGUS-7'],
  shipmentStatus: 'shipped',
};

function setup(receivePackage: (id: unknown, body: unknown) => Promise<{ data: unknown }> = async () => ({ data: withDiscrepancy })) {
  const receive = vi.fn(receivePackage);
  const getList = vi.fn(async (resource: string, _params: GetListParams) => (resource === 'devices' ? { data: devices, total: devices.length } : { data: [], total: 0 }));
  const dataProvider = { ...testDataProvider({ getList: getList as DataProvider['getList'] }), receivePackage: receive } as DataProvider;
  const onClose = vi.fn();
  renderResource('shipment-packages', dataProvider, <ReceiveDialog pkg={pkg} onClose={onClose} />, '/shipment-packages/5/show');
  return { receive, getList, onClose };
}

const scan = (serial: string) => {
  const field = screen.getByLabelText('Scan or type a serial');
  fireEvent.change(field, { target: { value: serial } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('the receive dialog', () => {
  it('adds a serial on Enter, refuses it twice, removes a chip by keyboard, then receives the scanned serials and shows what was found', async () => {
    const { receive, getList } = setup();
    expect(await screen.findByText('Receive PKG 3-1 · Pham, L. · WO-2026-0008')).toBeTruthy();
    await screen.findByText('R-1');
    expect(getList).toHaveBeenCalledWith('devices', expect.objectContaining({ filter: { workOrderId: 8, status: 'shipped' } }));
    const checked = screen.getByRole('button', { name: 'Receive the scanned serials' }) as HTMLButtonElement;
    expect(checked.disabled).toBe(true);

    scan(' h-1 ');
    scan('WRONG-1');
    scan('wrong-1');
    expect(screen.getByText('wrong-1 is on the list already')).toBeTruthy();
    expect(screen.getByText('Scanned (2)')).toBeTruthy();
    expect((screen.getByLabelText('Scan or type a serial') as HTMLInputElement).value).toBe('');

    const wrong = screen.getByRole('button', { name: 'Remove WRONG-1' });
    wrong.focus();
    fireEvent.keyDown(wrong, { key: 'Delete' });
    fireEvent.keyUp(wrong, { key: 'Delete' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove WRONG-1' })).toBeNull());
    scan('BOGUS-7');

    fireEvent.click(checked);
    expect(await screen.findByText('PKG 3-1 · Pham, L. · WO-2026-0008 received')).toBeTruthy();
    expect(receive).toHaveBeenCalledWith(5, { serials: ['h-1', 'BOGUS-7'], version: 2 });
    expect(within(screen.getByTestId('received')).getByText('H-1')).toBeTruthy();
    expect(within(screen.getByTestId('missing')).getByText('R-1')).toBeTruthy();
    expect(within(screen.getByTestId('unexpected')).getByText('BOGUS-7')).toBeTruthy();
    expect(screen.getByText(/recorded as a discrepancy: Missing from the package: serial R-1/)).toBeTruthy();
  });

  it('receives everything as listed without serials, and says all arrived', async () => {
    const { receive, onClose } = setup(async () => ({ data: { ...withDiscrepancy, package: { ...pkg, receivedAt: '2026-12-03T15:00:00.000Z', discrepancy: null, hasDiscrepancy: false }, received: ['H-1', 'R-1'], missing: [], unexpected: [] } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Receive all as listed' }));
    expect(await screen.findByText('Everything on the packing list arrived.')).toBeTruthy();
    expect(receive).toHaveBeenCalledWith(5, { serials: undefined, version: 2 });
    expect(screen.queryByTestId('missing')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the server’s refusal and stays open to try again', async () => {
    const reason = 'This shipment has not shipped yet: its packages are received once the carrier has brought them';
    setup(async () => {
      throw new HttpError(reason, 409, { message: reason, errors: { shipmentId: reason } });
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Receive all as listed' }));
    expect(await screen.findByText(reason)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Receive all as listed' })).toBeTruthy();
  });
});

describe('the equipment page', () => {
  it('says so when nothing is on its way or was received lately', async () => {
    const getList = vi.fn(async () => ({ data: [], total: 0 }));
    renderResource('shipment-packages', testDataProvider({ getList: getList as DataProvider['getList'] }), <EquipmentPage />, '/shipment-packages');
    expect(await screen.findByText('Nothing on its way')).toBeTruthy();
    expect(await screen.findByText('Nothing received in the last 30 days')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('shipments', expect.objectContaining({ filter: { status: 'shipped' } }));
  });

  it('lists a shipment on its way with its packing list and opens the receive dialog from a package', async () => {
    const getList = vi.fn(async (resource: string) => {
      if (resource === 'shipments') return { data: [{ id: 3, serviceCenterId: 1, shipDate: '2026-12-01', carrier: 'UPS', trackingNumber: '1Z999AA1', status: 'shipped' }], total: 1 };
      if (resource === 'shipment-packages') return { data: [pkg], total: 1 };
      if (resource === 'devices') return { data: devices, total: 2 };
      return { data: [], total: 0 };
    });
    const getMany = vi.fn(async () => ({ data: [{ id: 8, number: 'WO-2026-0008' }] }));
    renderResource('shipment-packages', testDataProvider({ getList: getList as DataProvider['getList'], getMany: getMany as DataProvider['getMany'] }), <EquipmentPage />, '/shipment-packages');
    expect(await screen.findByText('UPS 1Z999AA1')).toBeTruthy();
    expect(await screen.findByText('Shipped 2026-12-01 · 1 package')).toBeTruthy();
    expect(await screen.findByText('Work order WO-2026-0008')).toBeTruthy();
    expect(await screen.findByText('Serials: H-1, R-1')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Receive' }));
    expect(await screen.findByText('Receive PKG 3-1 · Pham, L. · WO-2026-0008')).toBeTruthy();
  });
});
