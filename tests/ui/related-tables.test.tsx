// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, screen, waitFor } from '@testing-library/react';
import { RecordContextProvider, testDataProvider, type RaRecord } from 'react-admin';
import type { ReactNode } from 'react';
import { RelatedDevices } from '../../src/resources/devices/RelatedDevices.tsx';
import { RelatedPackages } from '../../src/resources/shipment-packages/RelatedPackages.tsx';
import { RelatedWorkOrders } from '../../src/resources/work-orders/RelatedWorkOrders.tsx';
import { renderResource } from './render.tsx';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const workOrder = { id: 3, number: 'WO-2026-000003', type: 'calibration', status: 'completed', scheduledAt: '2026-11-19T10:00:00.000Z', serviceCenterId: 7, customerId: 11, vehicleId: 2, cost: 20 };
const device = { id: 4, serial: 'RL-0000004', kind: 'relay', model: 'RL-2', status: 'installed', serviceCenterId: 7, customerId: 11, vehicleId: 2, lastCalibrationOn: null, nextCalibrationDue: null };
const pkg = { id: 9, label: 'PKG 805-1 · Pham', shipmentId: 805, customerId: 11, workOrderId: 3, contents: 'Handset' };

/** Shows `ui` on the show page of `record`, answering getManyReference with `rows`. */
function showWith(resource: string, record: RaRecord, rows: RaRecord[], ui: ReactNode) {
  const getManyReference = vi.fn().mockResolvedValue({ data: rows, total: rows.length });
  const getMany = vi.fn().mockResolvedValue({ data: [] });
  renderResource(resource, testDataProvider({ getManyReference, getMany }), <RecordContextProvider value={record}>{ui}</RecordContextProvider>, `/${resource}/${record.id}`);
  return getManyReference;
}

const headers = () => screen.getAllByRole('columnheader').map((cell) => cell.textContent);

describe('related-record tables of show pages', () => {
  it("a customer's work orders: latest first, ten a page, without the customer and cost columns", async () => {
    const getManyReference = showWith('customers', { id: 11 }, [workOrder], <RelatedWorkOrders target="customerId" hide={['cost']} storeKey="t1" />);
    expect(await screen.findByText('WO-2026-000003')).toBeTruthy();
    expect(getManyReference).toHaveBeenCalledWith(
      'work-orders',
      expect.objectContaining({ target: 'customerId', id: 11, sort: { field: 'scheduledAt', order: 'DESC' }, pagination: { page: 1, perPage: 10 } }),
    );
    expect(headers()).toEqual(['Number', 'Type', 'Status', 'Scheduled for', 'Service center', 'Vehicle']);
  });

  it("a service center's work orders show the customer and the cost, not the center", async () => {
    showWith('service-centers', { id: 7 }, [workOrder], <RelatedWorkOrders target="serviceCenterId" hide={['vehicleId']} storeKey="t2" />);
    await screen.findByText('WO-2026-000003');
    await waitFor(() => expect(headers()).toEqual(['Number', 'Type', 'Status', 'Scheduled for', 'Customer', 'Cost']));
  });

  it("a device's work orders are those of its vehicle; without a vehicle, none and nothing asked", async () => {
    const getManyReference = showWith('devices', { id: 1, vehicleId: 2 }, [workOrder], <RelatedWorkOrders target="vehicleId" source="vehicleId" hide={['customerId', 'cost']} storeKey="t3" />);
    await screen.findByText('WO-2026-000003');
    expect(getManyReference).toHaveBeenCalledWith('work-orders', expect.objectContaining({ target: 'vehicleId', id: 2 }));
    cleanup();
    const unasked = showWith('devices', { id: 15, vehicleId: null }, [], <RelatedWorkOrders target="vehicleId" source="vehicleId" storeKey="t4" />);
    expect(await screen.findByText('None yet')).toBeTruthy();
    expect(unasked).not.toHaveBeenCalled();
  });

  it('the other devices in a device\'s vehicle leave out the device shown', async () => {
    const getManyReference = showWith(
      'devices',
      { id: 1, vehicleId: 2 },
      [device],
      <RelatedDevices target="vehicleId" source="vehicleId" exceptShown hide={['customerId', 'lastCalibrationOn']} storeKey="t5" />,
    );
    expect(await screen.findByText('RL-0000004')).toBeTruthy();
    expect(getManyReference).toHaveBeenCalledWith(
      'devices',
      expect.objectContaining({ target: 'vehicleId', id: 2, filter: { id_ne: 1 }, sort: { field: 'serial', order: 'ASC' } }),
    );
    expect(headers()).toEqual(['Serial number', 'Kind', 'Model', 'Status', 'Next calibration due']);
  });

  it("a shipment's packages by label, with the customer but not the shipment", async () => {
    const getManyReference = showWith('shipments', { id: 805 }, [pkg], <RelatedPackages target="shipmentId" sort={{ field: 'label', order: 'ASC' }} storeKey="t6" />);
    expect(await screen.findByText('PKG 805-1 · Pham')).toBeTruthy();
    expect(getManyReference).toHaveBeenCalledWith('shipment-packages', expect.objectContaining({ target: 'shipmentId', id: 805, sort: { field: 'label', order: 'ASC' } }));
    expect(headers()).toEqual(['Label', 'Customer', 'Work order', 'Contents']);
  });
});
