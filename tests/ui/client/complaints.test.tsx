// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'ra-core';
import { ComplaintsPage } from '../../../src/client/complaints/ComplaintsPage.tsx';
import { complaintsMessages } from '../../../src/client/complaints/messages.ts';
import { renderClient } from './render.tsx';
import { workOrderTypeMessages } from '../../../src/client/i18n/workOrderTypes.ts';
import { asCustomer, json, keysOf } from './customer.tsx';

// The page shows once the identity, the list and the visits are in: give the queries time under a loaded run.
configure({ asyncUtilTimeout: 5000 });

const visits = [
  { workOrderId: 31, number: 'WO-2026-000031', type: 'calibration', status: 'completed', scheduledAt: '2026-11-20T16:00:00.000Z', serviceCenterId: 7, serviceCenterName: 'Acme Audio', serviceCenterCity: 'Reno' },
  { workOrderId: 22, number: 'WO-2026-000022', type: 'installation', status: 'completed', scheduledAt: '2026-09-02T15:00:00.000Z', serviceCenterId: 7, serviceCenterName: 'Acme Audio', serviceCenterCity: 'Reno' },
  { workOrderId: 18, number: 'WO-2026-000018', type: 'lockout-service', status: 'completed', scheduledAt: '2026-08-10T15:00:00.000Z', serviceCenterId: 9, serviceCenterName: 'Best Tires', serviceCenterCity: 'Sparks' },
];

const base = { customerId: 4, resolvedById: null, updatedAt: '2026-11-21T09:00:00.000Z', version: 1 };
const complaints = [
  { ...base, id: 3, serviceCenterId: 7, workOrderId: 31, category: 'wait-time', body: 'Waited an hour', status: 'open', resolution: null, resolvedAt: null, resolvedBy: null, createdAt: '2026-11-21T09:00:00.000Z' },
  { ...base, id: 2, serviceCenterId: 9, workOrderId: null, category: 'billing', body: 'Charged twice', status: 'resolved', resolution: 'The second charge was refunded', resolvedAt: '2026-08-20T10:00:00.000Z', resolvedBy: 'Cam Compliance', createdAt: '2026-08-12T09:00:00.000Z' },
];


const fetchMock = vi.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (url: string) => (url === '/api/customers/4/visits' ? json(visits) : json({ message: 'No route', errors: {} }, 404)));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup({ list = complaints, create }: { list?: typeof complaints; create?: DataProvider['create'] } = {}, locale: 'en' | 'es' = 'en') {
  const dataProvider = testDataProvider({
    getList: vi.fn(async () => ({ data: list, total: list.length })) as DataProvider['getList'],
    create: create ?? (vi.fn(async (_resource, { data }) => ({ data: { ...complaints[0], ...data, id: 4 } })) as DataProvider['create']),
  });
  renderClient(
    asCustomer(<ComplaintsPage />),
    { dataProvider, messages: [complaintsMessages, workOrderTypeMessages], locale },
  );
  return dataProvider;
}

const form = async () => within((await screen.findByRole('heading', { name: 'File a complaint' })).closest('section')!);

describe('the client portal’s complaints', () => {
  it('lists the customer’s complaints with the center, the visit, their state and a resolution', async () => {
    setup();
    const list = within((await screen.findByRole('heading', { name: 'Your complaints' })).closest('section')!);
    const open = within(await list.findByRole('article', { name: 'Acme Audio' }));
    expect(open.getByText('Waited an hour')).toBeTruthy();
    expect(open.getByText('Open')).toBeTruthy();
    expect(open.getByText(/^Visit of .*Nov 20, 2026/)).toBeTruthy();
    expect(open.getByText('Compliance has not answered yet.')).toBeTruthy();
    const resolved = within(list.getByRole('article', { name: 'Best Tires' }));
    expect(resolved.getByText('Resolved')).toBeTruthy();
    expect(resolved.getByText('The second charge was refunded')).toBeTruthy();
    expect(resolved.getByText(/^Resolution, .*Aug 20, 2026/)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/api/customers/4/visits', expect.anything());
  });

  it('files a complaint about a visited center and one visit there; the visits follow the center chosen', async () => {
    const provider = setup();
    const f = await form();
    const center = (await f.findByLabelText(/Service center/)) as HTMLSelectElement;
    expect([...center.options].map((o) => o.text)).toEqual(['', 'Acme Audio, Reno', 'Best Tires, Sparks']);
    const visit = f.getByLabelText('Visit (optional)') as HTMLSelectElement;
    expect(visit.disabled).toBe(true);
    fireEvent.change(center, { target: { value: '7' } });
    expect([...visit.options].map((o) => o.value)).toEqual(['', '31', '22']);
    expect(visit.options[1].text).toMatch(/^Calibration on .*Nov 20, 2026/);
    fireEvent.change(visit, { target: { value: '31' } });
    fireEvent.change(f.getByLabelText(/What it is about/), { target: { value: 'staff-conduct' } });
    fireEvent.change(f.getByLabelText(/What happened/), { target: { value: '  The technician was rude  ' } });
    fireEvent.click(f.getByRole('button', { name: 'Send complaint' }));
    await waitFor(() =>
      expect(provider.create).toHaveBeenCalledWith('complaints', expect.objectContaining({ data: { serviceCenterId: 7, workOrderId: 31, category: 'staff-conduct', body: 'The technician was rude' } })),
    );
    expect(await f.findByText('Your complaint was sent. Compliance will review it.')).toBeTruthy();
    expect(center.value).toBe('');
    expect((f.getByLabelText(/What happened/) as HTMLTextAreaElement).value).toBe('');
  });

  it('says what is missing before sending, and shows the server’s reason under its field', async () => {
    const create = vi.fn(async () => {
      throw new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { serviceCenterId: 'This customer has no visit at this center' } });
    }) as unknown as DataProvider['create'];
    setup({ create });
    const f = await form();
    fireEvent.click(await f.findByRole('button', { name: 'Send complaint' }));
    expect(await f.findAllByText('Required')).toHaveLength(3);
    expect(create).not.toHaveBeenCalled();
    fireEvent.change(f.getByLabelText(/Service center/), { target: { value: '9' } });
    fireEvent.change(f.getByLabelText(/What it is about/), { target: { value: 'other' } });
    fireEvent.change(f.getByLabelText(/What happened/), { target: { value: 'Closed waiting area' } });
    fireEvent.click(f.getByRole('button', { name: 'Send complaint' }));
    expect(await f.findByText('This customer has no visit at this center')).toBeTruthy();
    expect(f.getByText('Your complaint was not sent: Some fields are invalid')).toBeTruthy();
  });

  it('without a visit there is nothing to complain about yet, and no complaint: says so', async () => {
    fetchMock.mockImplementation(async () => json([]));
    setup({ list: [] });
    expect(await screen.findByText('You can file a complaint about a service center once you have had a visit there.')).toBeTruthy();
    expect(await screen.findByText('You have not filed any complaints.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send complaint' })).toBeNull();
  });

  it('in Spanish: the texts, the categories and the dates', async () => {
    setup({}, 'es');
    const list = within((await screen.findByRole('heading', { name: 'Sus quejas' })).closest('section')!);
    const resolved = within(await list.findByRole('article', { name: 'Best Tires' }));
    expect(resolved.getByText('Resuelta')).toBeTruthy();
    expect(resolved.getByText(/Facturación/)).toBeTruthy();
    expect(resolved.getByText(/^Resolución, .*20 de ago de 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enviar la queja' })).toBeTruthy();
  });
});

describe('the complaints messages', () => {
  it('has the same keys in English and Spanish', () => {
    expect(keysOf(complaintsMessages.es)).toEqual(keysOf(complaintsMessages.en));
  });
});
