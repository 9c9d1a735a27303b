// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import { HoursPage } from '../../src/resources/center-closures/HoursPage.tsx';
import { authProviderFor, renderResource } from './render.tsx';

const DAY = [{ opens: '08:00', closes: '17:00' }];
const WEEK = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] };
const closure = { id: 31, serviceCenterId: 7, startsOn: '2099-12-24', endsOn: '2099-12-26', reason: 'Holidays', version: 1 };

function setup(openingHours: unknown) {
  const center = { id: 7, name: 'Main Street Garage', state: 'IL', openingHours, hours: null, version: 3 };
  const update = vi.fn(async (_resource: string, params: { data: Record<string, unknown> }) => ({ data: { ...center, ...params.data, version: 4 } }));
  const create = vi.fn(async (_resource: string, params: { data: Record<string, unknown> }) => ({ data: { id: 32, version: 1, ...params.data } }));
  const remove = vi.fn(async () => ({ data: closure }));
  const dataProvider = {
    ...testDataProvider({
      getList: (async (resource: string) => (resource === 'service-centers' ? { data: [center], total: 1 } : { data: [closure], total: 1 })) as never,
      getOne: (async () => ({ data: center })) as never,
      getMany: (async () => ({ data: [center] })) as never,
      update: update as never,
      create: create as never,
      delete: remove as never,
    }),
    closureAppointments: async () => ({ data: { data: [], total: 0 } }),
  };
  renderResource('hours', dataProvider, <HoursPage />, '/hours', { authProvider: authProviderFor('center-staff') });
  return { update, create, remove };
}

const field = (label: string) => screen.findByLabelText(label) as Promise<HTMLInputElement>;

describe('the Hours page: a center’s weekly hours and closures', () => {
  afterEach(cleanup);

  it('edits the hours with time inputs and saves only them, with the version seen', async () => {
    const { update } = setup(WEEK);
    fireEvent.change(await field('Monday: closes (interval 1)'), { target: { value: '18:00' } });
    const sunday = screen.getByRole('group', { name: 'Sunday' });
    fireEvent.click(within(sunday).getByRole('checkbox', { name: 'Open' }));
    fireEvent.change(await field('Sunday: opens (interval 1)'), { target: { value: '10:00' } });
    fireEvent.change(await field('Sunday: closes (interval 1)'), { target: { value: '14:00' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Wednesday' })).getByRole('button', { name: 'Add hours' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][1].data).toEqual({
      openingHours: {
        ...WEEK,
        mon: [{ opens: '08:00', closes: '18:00' }],
        wed: [...DAY, { opens: '18:00', closes: '19:00' }],
        sun: [{ opens: '10:00', closes: '14:00' }],
      },
      version: 3,
    });
    expect(await screen.findByText('Opening hours saved')).toBeTruthy();
  });

  it('refuses to save a day that closes before it opens, and says which day', async () => {
    const { update } = setup(WEEK);
    fireEvent.change(await field('Tuesday: closes (interval 1)'), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Tuesdays: Closes after it opens')).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('a center without weekly hours starts from weekdays 08:00–17:00', async () => {
    setup(null);
    fireEvent.click(await screen.findByRole('button', { name: 'Set weekly hours' }));
    expect((await field('Friday: opens (interval 1)')).value).toBe('08:00');
    expect(within(screen.getByRole('group', { name: 'Saturday' })).getByText('Closed')).toBeTruthy();
  });

  it('deletes a closure only once confirmed', async () => {
    const { remove } = setup(WEEK);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete closure 2099-12-24 – 2099-12-26' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Holidays/)).toBeTruthy();
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith('center-closures', expect.objectContaining({ id: 31 })));
  });

  it('adds a closure at the center', async () => {
    const { create } = setup(WEEK);
    fireEvent.change(await field('First day closed *'), { target: { value: '2099-07-03' } });
    fireEvent.change(await field('Last day closed *'), { target: { value: '2099-07-05' } });
    fireEvent.change(await field('Reason *'), { target: { value: 'Independence Day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a closure' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0][1].data).toEqual({ startsOn: '2099-07-03', endsOn: '2099-07-05', reason: 'Independence Day', serviceCenterId: 7 });
  });
});
