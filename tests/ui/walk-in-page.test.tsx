// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import type { WalkInCustomer } from '../../server/rules/work-orders/walk-in-lookup.ts';
import { WalkInPage } from '../../src/resources/work-orders/walk-in/WalkInPage.tsx';
import { renderResource } from './render.tsx';

afterEach(cleanup);

const center = { id: 3, name: 'Acme Audio', onboardingStatus: 'live' };
const customer = (nextCalibrationDue: string, lockoutOn: string): WalkInCustomer => ({
  id: 4,
  firstName: 'Dana',
  lastName: 'Walker',
  phone: '555-0100',
  vehicles: [
    { id: 5, year: 2018, make: 'Subaru', model: 'Outback' },
    { id: 6, year: 2012, make: 'Ford', model: 'Ranger' },
  ],
  devices: [
    { id: 8, serial: 'HS-0008', kind: 'handset', vehicleId: 6, nextCalibrationDue, lockoutOn },
    { id: 9, serial: 'RL-0009', kind: 'relay', vehicleId: 6, nextCalibrationDue, lockoutOn },
  ],
});

function setup(found: WalkInCustomer[][], create: DataProvider['create']) {
  const findWalkInCustomers = vi.fn();
  for (const answer of found) findWalkInCustomers.mockResolvedValueOnce({ data: answer });
  const dataProvider = { ...testDataProvider({ getList: vi.fn().mockResolvedValue({ data: [center], total: 1 }), create }), findWalkInCustomers } as DataProvider;
  renderResource('work-orders', dataProvider, <WalkInPage />, '/work-orders');
  return { findWalkInCustomers };
}

/** Types (or scans) into the search box and presses Enter. */
async function search(text: string) {
  const box = (await screen.findByTestId('walk-in-search')) as HTMLInputElement;
  fireEvent.change(box, { target: { value: text } });
  fireEvent.submit(box.closest('form')!);
}

const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('walk-in page', () => {
  it('finds the customer by a scanned serial, records a calibration with its readings, shows the server’s reason under the field, then the new dates', async () => {
    const create = vi
      .fn()
      .mockRejectedValueOnce(new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { asLeftReading: 'Not within ±10 % of the standard (0.04): the device is not calibrated' } }))
      .mockResolvedValueOnce({ data: { id: 77, number: 'WO-2026-000077', type: 'calibration', status: 'completed' } });
    const { findWalkInCustomers } = setup([[customer('2026-12-20', '2026-12-25')], [customer('2027-01-05', '2027-01-10')]], create);

    await search(' hs-0008 ');
    await waitFor(() => expect(findWalkInCustomers).toHaveBeenCalledWith({ serial: 'hs-0008' }));
    const card = await screen.findByRole('button', { name: 'Choose Dana Walker' });
    expect(within(card).getByText('2012 Ford Ranger')).toBeTruthy();
    fireEvent.click(card);

    fill('referenceStandard', '0.040');
    fill('asFoundReading', '0.047');
    fill('asLeftReading', '0.050');
    fireEvent.click(screen.getByLabelText('Reference within its certificate of analysis'));
    const submit = screen.getByRole('button', { name: 'Record walk-in' }) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    expect(await screen.findByText('Not within ±10 % of the standard (0.04): the device is not calibrated')).toBeTruthy();
    const body = create.mock.calls[0][1].data;
    expect(body).toMatchObject({
      type: 'calibration',
      serviceCenterId: 3,
      customerId: 4,
      vehicleId: 6,
      referenceStandard: 0.04,
      asFoundReading: 0.047,
      asLeftReading: 0.05,
      referenceWithinCertificate: true,
    });
    expect(body.scheduledAt).toBe(body.startedAt);
    const minutes = (Date.parse(body.completedAt) - Date.parse(body.startedAt)) / 60_000;
    expect(minutes).toBeCloseTo(5, 0);

    fill('asLeftReading', '0.041');
    fireEvent.click(screen.getByRole('button', { name: 'Record walk-in' }));
    expect((await screen.findByTestId('walk-in-recorded')).textContent).toBe('Walk-in recorded as WO-2026-000077');
    expect(create.mock.calls[1][1].data.asLeftReading).toBe(0.041);
    expect((await screen.findByTestId('next-due-8')).textContent).toBe('Next calibration due 2027-01-05');
    expect(screen.getByTestId('lockout-9').textContent).toBe('Locks out on 2027-01-10');
    expect(findWalkInCustomers).toHaveBeenLastCalledWith({ serial: 'RL-0009' });
    expect(screen.getByRole('link', { name: 'Open WO-2026-000077' }).getAttribute('href')).toBe('/work-orders/77/show');
  });

  it('searches by name, says clearly when nobody is found, and sends no readings for a lockout service', async () => {
    const create = vi.fn().mockResolvedValue({ data: { id: 78, number: 'WO-2026-000078' } });
    const { findWalkInCustomers } = setup([[], [customer('2026-12-20', '2026-12-25')], [customer('2027-01-05', '2027-01-10')]], create);
    fireEvent.click(await screen.findByRole('button', { name: 'Name' }));
    await search('Nobody');
    expect(await screen.findByText('No customer found. Check the serial, or search by name.')).toBeTruthy();
    expect(findWalkInCustomers).toHaveBeenCalledWith({ name: 'Nobody' });
    await search('walker');
    fireEvent.click(await screen.findByRole('button', { name: 'Choose Dana Walker' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /Type/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Calibration', 'Lockout service', 'Handheld exchange']);
    fireEvent.click(screen.getByRole('option', { name: 'Lockout service' }));
    expect(screen.queryByTestId('asLeftReading')).toBeNull();
    const submit = screen.getByRole('button', { name: 'Record walk-in' }) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0][1].data).toMatchObject({ type: 'lockout-service', vehicleId: 5, referenceStandard: null, asFoundReading: null, asLeftReading: null, referenceWithinCertificate: null });
  });
});
