// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { ComplaintCreate } from '../../src/resources/complaints/ComplaintCreate.tsx';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const RECORDS: Record<string, Record<string, unknown>[]> = {
  customers: [{ id: 4, firstName: 'Cora', lastName: 'Customer' }],
  'service-centers': [{ id: 7, name: 'Acme Audio' }],
  'work-orders': [{ id: 31, number: 'WO-31' }],
};

describe('compliance enters a complaint for a customer (by phone, by letter)', () => {
  it('opened from the center’s page, the center and customer are chosen; the complaint is sent with what compliance typed', async () => {
    const create = vi.fn(async (_resource: string, params: { data: Record<string, unknown> }) => ({ data: { id: 55, ...params.data } }));
    const dataProvider = testDataProvider({
      getList: vi.fn(async (resource: string) => ({ data: RECORDS[resource] ?? [], total: (RECORDS[resource] ?? []).length })) as DataProvider['getList'],
      getMany: vi.fn(async (resource: string) => ({ data: RECORDS[resource] ?? [] })) as DataProvider['getMany'],
      getOne: vi.fn(async (_resource: string, { id }: { id: unknown }) => ({ data: { id, status: 'open' } })) as DataProvider['getOne'],
      create: create as DataProvider['create'],
    });
    renderResource('complaints', dataProvider, <ComplaintCreate />, { pathname: '/complaints/create', state: { record: { customerId: 4, serviceCenterId: 7 } } }, { authProvider: authProviderFor('compliance') });
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: /About/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Billing' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Complaint/ }), { target: { value: 'Phoned in: charged twice for one calibration' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0][0]).toBe('complaints');
    expect(create.mock.calls[0][1].data).toMatchObject({ customerId: 4, serviceCenterId: 7, category: 'billing', body: 'Phoned in: charged twice for one calibration' });
  });
});
