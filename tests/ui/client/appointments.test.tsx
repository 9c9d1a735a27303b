// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'ra-core';
import { AppointmentsPage } from '../../../src/client/appointments/AppointmentsPage.tsx';
import { appointmentPages } from '../../../src/client/appointments/pages.tsx';
import { appointmentsMessages } from '../../../src/client/appointments/messages.ts';
import { addDaysToIsoDay } from '../../../server/dates.ts';
import { renderClient } from './render.tsx';
import { workOrderTypeMessages } from '../../../src/client/i18n/workOrderTypes.ts';

// the first render of a file loads MUI and ra-core: give it time under a loaded run
configure({ asyncUtilTimeout: 5000 });

const DAY = [{ opens: '08:00', closes: '17:00' }];
const HOURS = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] };
const springfield = { id: 7, name: 'Acme Audio', street: '12 Main St', city: 'Springfield', state: 'IL', postalCode: '62701', phone: '555-0170', hours: 'Call ahead on Fridays', openingHours: HOURS, timeZone: 'America/Chicago' };
const seattle = { id: 8, name: 'Sound Shop', street: '4 Pike St', city: 'Seattle', state: 'WA', postalCode: '98101', phone: null, hours: null, openingHours: null, timeZone: 'America/Los_Angeles' };

/** The next day of this weekday (0 Sunday … 6 Saturday) at least a week ahead. */
function dayAhead(weekday: number) {
  let day = addDaysToIsoDay(new Date().toISOString().slice(0, 10), 7);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== weekday) day = addDaysToIsoDay(day, 1);
  return day;
}

const booked = { id: 30, number: 'WO-2027-000030', type: 'installation', status: 'scheduled', serviceCenterId: 7, scheduledAt: '2027-03-01T15:30:00.000Z' };
const waiting = { id: 4, kind: 'calibration', serviceCenterId: 7, preferredDate: '2027-03-08', preferredTime: '09:30', status: 'requested', declineReason: null };
const declined = { id: 3, kind: 'removal', serviceCenterId: 8, preferredDate: '2027-02-01', preferredTime: '14:00', status: 'declined', declineReason: 'Fully booked that week' };

function setup({ locale = 'en' as 'en' | 'es', create = vi.fn(async (_resource: string, { data }: { data: Record<string, unknown> }) => ({ data: { ...data, id: 9, status: 'requested' } })) } = {}) {
  const lists: Record<string, unknown[]> = {
    'work-orders': [booked],
    'appointment-requests': [waiting, declined],
    customers: [{ id: 1, state: 'IL' }],
    vehicles: [{ id: 12, year: 2020, make: 'Honda', model: 'Civic' }],
  };
  const getList = vi.fn(async (resource: string) => ({ data: lists[resource] ?? [], total: (lists[resource] ?? []).length }));
  const dataProvider = testDataProvider({ getList: getList as DataProvider['getList'], create: create as unknown as DataProvider['create'] });
  renderClient(<AppointmentsPage />, { dataProvider, messages: [appointmentsMessages, workOrderTypeMessages], locale });
  return { getList, create };
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url !== '/api/appointment-requests/centers') return new Response('{"message":"no"}', { status: 404 });
      return new Response(JSON.stringify({ data: [springfield, seattle], total: 2 }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the appointments page of the client portal', () => {
  it('is the portal’s page 40 at /portal/appointments', () => {
    expect(appointmentPages).toEqual([expect.objectContaining({ path: 'appointments', order: 40, label: 'client.appointments.title' })]);
  });

  it('shows the upcoming appointments on the center’s clock and the requests with their answers', async () => {
    const { getList } = setup();
    expect(await screen.findByText('Installation · Monday, March 1, 2027 at 9:30 AM')).toBeTruthy();
    expect(screen.getByText(/Acme Audio, 12 Main St, Springfield · Work order WO-2027-000030/)).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('work-orders', expect.objectContaining({ filter: expect.objectContaining({ status: ['requested', 'scheduled', 'authorized'] }), sort: { field: 'scheduledAt', order: 'ASC' } }));
    expect(screen.getByText('Awaiting an answer')).toBeTruthy();
    expect(screen.getByText('Asked for Mar 8, 2027 at 9:30 AM')).toBeTruthy();
    expect(screen.getByText('Declined')).toBeTruthy();
    expect(screen.getByText(/Reason: Fully booked that week/)).toBeTruthy();
  });

  it('says so when there is nothing yet', async () => {
    const dataProvider = testDataProvider({ getList: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getList'] });
    renderClient(<AppointmentsPage />, { dataProvider, messages: [appointmentsMessages, workOrderTypeMessages] });
    expect(await screen.findByText('No upcoming appointments.')).toBeTruthy();
    expect(screen.getByText('You have not requested an appointment yet.')).toBeTruthy();
  });

  it('requests an appointment at a center of the customer’s state, within its hours; a time it is closed is refused before sending', async () => {
    const { create } = setup();
    const form = within(await screen.findByRole('region', { name: 'Request an appointment' }));
    expect((form.getByLabelText('State') as HTMLSelectElement).value).toBe('IL');
    fireEvent.change(form.getByLabelText(/What for/), { target: { value: 'installation' } });
    fireEvent.change(form.getByLabelText(/Service center/), { target: { value: '7' } });
    expect(form.getByText('12 Main St, Springfield, IL 62701')).toBeTruthy();
    expect(form.getByText('Saturday')).toBeTruthy();
    expect(form.getAllByText('Closed')).toHaveLength(2);
    expect(form.getAllByText('8:00 AM–5:00 PM')).toHaveLength(5);
    expect(form.getByText('Call ahead on Fridays')).toBeTruthy();
    fireEvent.change(form.getByLabelText(/Preferred day/), { target: { value: dayAhead(6) } });
    fireEvent.change(form.getByLabelText(/Preferred time/), { target: { value: '10:00' } });
    fireEvent.change(form.getByLabelText(/Vehicle/), { target: { value: '12' } });
    fireEvent.click(form.getByRole('button', { name: 'Send request' }));
    expect(await form.findByText('The center is closed at that time. See its hours above.')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
    const monday = dayAhead(1);
    fireEvent.change(form.getByLabelText(/Preferred day/), { target: { value: monday } });
    fireEvent.change(form.getByLabelText(/Notes/), { target: { value: '  Blue sedan ' } });
    fireEvent.click(form.getByRole('button', { name: 'Send request' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith('appointment-requests', expect.objectContaining({ data: { kind: 'installation', serviceCenterId: 7, preferredDate: monday, preferredTime: '10:00', vehicleId: 12, notes: 'Blue sedan' } })),
    );
    expect(await form.findByText('Request sent. We will e-mail you when it is booked.')).toBeTruthy();
  });

  it('shows the server’s refusal under the field it concerns', async () => {
    const create = vi.fn(async () => {
      throw new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { preferredTime: 'Acme Audio: Closed on 2027-03-08: Inventory day' } });
    });
    setup({ create });
    const form = within(await screen.findByRole('region', { name: 'Request an appointment' }));
    fireEvent.change(form.getByLabelText(/Service center/), { target: { value: '7' } });
    fireEvent.change(form.getByLabelText(/Preferred day/), { target: { value: dayAhead(1) } });
    fireEvent.change(form.getByLabelText(/Preferred time/), { target: { value: '09:00' } });
    fireEvent.click(form.getByRole('button', { name: 'Send request' }));
    expect(await form.findByText('Acme Audio: Closed on 2027-03-08: Inventory day')).toBeTruthy();
    expect(form.getByText('The request could not be sent: Some fields are invalid')).toBeTruthy();
  });

  it('speaks Spanish, with dates, times and weekdays in Spanish', async () => {
    setup({ locale: 'es' });
    expect(await screen.findByText('Instalación · lunes, 1 de marzo de 2027, 9:30')).toBeTruthy();
    expect(screen.getByText('En espera de respuesta')).toBeTruthy();
    expect(screen.getByText('Solicitada para el 8 mar 2027 a las 9:30')).toBeTruthy();
    const form = within(screen.getByRole('region', { name: 'Solicitar una cita' }));
    fireEvent.change(form.getByLabelText(/Centro de servicio/), { target: { value: '7' } });
    expect(form.getByText('sábado')).toBeTruthy();
    expect(form.getAllByText('Cerrado')).toHaveLength(2);
  });

  it('has the same texts in English and Spanish', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(appointmentsMessages.es).sort()).toEqual(keys(appointmentsMessages.en).sort());
  });
});
