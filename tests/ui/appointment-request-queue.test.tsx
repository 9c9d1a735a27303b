// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { instantAt } from '../../server/rules/availability/wall-clock.ts';
import { AppointmentRequestList } from '../../src/resources/appointment-requests/AppointmentRequestList.tsx';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';

afterEach(cleanup);

const waiting = {
  id: 4,
  customerId: 9,
  serviceCenterId: 7,
  kind: 'installation',
  preferredDate: '2027-03-01',
  preferredTime: '09:30',
  preferredAt: '2027-03-01T15:30:00.000Z',
  vehicleId: 12,
  notes: 'Blue sedan',
  status: 'requested',
  declineReason: null,
  workOrderId: null,
  decidedAt: null,
  decidedById: null,
  decidedBy: null,
  createdAt: '2027-02-20T10:00:00.000Z',
  updatedAt: '2027-02-20T10:00:00.000Z',
  version: 1,
};
const declined = { ...waiting, id: 5, preferredDate: '2027-03-02', status: 'declined', declineReason: 'Fully booked', decidedAt: '2027-02-21T10:00:00.000Z', decidedBy: 'Cam' };

const records: Record<string, Record<string, unknown>[]> = {
  customers: [{ id: 9, firstName: 'Cora', lastName: 'Driver' }],
  'service-centers': [{ id: 7, name: 'Acme Audio', state: 'IL' }],
  vehicles: [
    { id: 12, customerId: 9, year: 2020, make: 'Honda', model: 'Civic', vin: '1HGCM82633A000001' },
    { id: 13, customerId: 9, year: 2018, make: 'Ford', model: 'Focus', vin: '1HGCM82633A000002' },
  ],
};

function setup(role: Role, dryRun?: DryRun) {
  const getList = vi.fn(async (resource: string) => {
    const data = resource === 'appointment-requests' ? [waiting, declined] : (records[resource] ?? []);
    return { data, total: data.length };
  });
  const acceptAppointmentRequest = vi.fn(async () => ({ data: { ...waiting, status: 'accepted', workOrderId: 30, version: 2 } }));
  const declineAppointmentRequest = vi.fn(async () => ({ data: { ...waiting, status: 'declined', version: 2 } }));
  const dataProvider = {
    ...testDataProvider({
      getList: getList as DataProvider['getList'],
      getMany: vi.fn(async (resource: string) => ({ data: records[resource] ?? [] })) as DataProvider['getMany'],
      getOne: vi.fn(async (resource: string, { id }: { id: unknown }) => ({ data: records[resource].find((r) => r.id === id) })) as DataProvider['getOne'],
    }),
    acceptAppointmentRequest,
    declineAppointmentRequest,
  } as DataProvider;
  const authProvider = authProviderFor(role, { dryRun });
  const decide = vi.spyOn(authProvider, 'decide');
  renderResource('appointment-requests', dataProvider, <AppointmentRequestList />, '/appointment-requests', { authProvider });
  return { getList, acceptAppointmentRequest, declineAppointmentRequest, decide };
}

describe('the appointment requests queue', () => {
  it('lists those awaiting an answer, oldest first, with the preferred time at the center', async () => {
    const { getList } = setup('compliance');
    expect(await screen.findByText('2027-03-01 at 09:30 (center’s time)')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('appointment-requests', expect.objectContaining({ filter: { status: 'requested' }, sort: { field: 'createdAt', order: 'ASC' } }));
    expect(screen.getByRole('button', { name: /export/i })).toBeTruthy();
  });

  it('Accept opens the booking prefilled from the preference; booking sends the instant at the center, the vehicle and the version', async () => {
    const { acceptAppointmentRequest } = setup('compliance');
    const accept = await screen.findByText('Accept', { selector: 'button' });
    // only the request awaiting an answer has the buttons
    expect(screen.getAllByText('Accept', { selector: 'button' })).toHaveLength(1);
    fireEvent.click(accept);
    const dialog = await screen.findByRole('dialog', { name: 'Book this appointment' });
    expect((within(dialog).getByLabelText('Day', { exact: false }) as HTMLInputElement).value).toBe('2027-03-01');
    const time = (await within(dialog).findByLabelText('Time at the center (America/Chicago)', { exact: false })) as HTMLInputElement;
    expect(time.value).toBe('09:30');
    expect((within(dialog).getByLabelText('Notes for the center') as HTMLInputElement).value).toBe('Blue sedan');
    fireEvent.change(time, { target: { value: '10:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(acceptAppointmentRequest).toHaveBeenCalledWith(4, { scheduledAt: instantAt('2027-03-01', '10:00', 'America/Chicago').toISOString(), vehicleId: 12, notes: 'Blue sedan', version: 1 }),
    );
    expect(await screen.findByText('Appointment booked')).toBeTruthy();
  });

  it('Decline asks why and sends the reason; it cannot be sent blank', async () => {
    const { declineAppointmentRequest } = setup('admin');
    fireEvent.click(await screen.findByText('Decline', { selector: 'button' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline this request' });
    const confirm = within(dialog).getByRole('button', { name: 'Decline' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Why/), { target: { value: 'The center is closed that week' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(declineAppointmentRequest).toHaveBeenCalledWith(4, { reason: 'The center is closed that week', version: 1 }));
    expect(await screen.findByText('Request declined; the customer is told why')).toBeTruthy();
  });

  it('a request the server refuses to answer shows disabled buttons', async () => {
    const { decide } = setup('compliance', refusing({ accept: 'The center is closed that day', decline: 'The request was answered already' }));
    await screen.findByText('2027-03-01 at 09:30 (center’s time)');
    await waitFor(() => expect(decide.mock.calls.map(([question]) => question.action)).toEqual(expect.arrayContaining(['accept', 'decline'])));
    await waitFor(() => expect((screen.getByText('Accept', { selector: 'button' }) as HTMLButtonElement).disabled).toBe(true));
    await waitFor(() => expect((screen.getByText('Decline', { selector: 'button' }) as HTMLButtonElement).disabled).toBe(true));
  });
});
