// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { CustomerShow } from '../../src/resources/customers/CustomerShow.tsx';
import { CustomerEdit } from '../../src/resources/customers/CustomerEdit.tsx';
import { withContactPreferences } from '../../src/resources/customers/contactPreferences.ts';
import { renderResource } from './render.tsx';

afterEach(cleanup);

const PREFERENCES = { appointments: 'sms', payments: 'email', calibration: 'phone', programNotices: 'none' };

const customer = {
  id: 7,
  firstName: 'Rosa',
  lastName: 'Ortega',
  email: 'rosa@example.com',
  jurisdictionId: 1,
  paymentPlan: 'monthly',
  autoPay: false,
  balance: 0,
  preferredChannel: 'email',
  remindersOptIn: true,
  status: 'active',
  language: 'es',
  contactPreferences: PREFERENCES,
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  version: 2,
};

function provider(record: Record<string, unknown>) {
  const update = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { ...record, ...params.data, version: 3 } }));
  const dataProvider = testDataProvider({
    getOne: vi.fn(async () => ({ data: record })) as DataProvider['getOne'],
    getMany: vi.fn(async () => ({ data: [{ id: 1, code: 'WA', name: 'Washington' }] })) as DataProvider['getMany'],
    getManyReference: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getManyReference'],
    getList: vi.fn(async () => ({ data: [{ id: 1, code: 'WA', name: 'Washington' }], total: 1 })) as DataProvider['getList'],
    update: update as unknown as DataProvider['update'],
  });
  return { dataProvider, update };
}

describe('a customer’s contact preferences and language in the back office', () => {
  it('the show page lists the channel of each topic and the language', async () => {
    renderResource('customers', provider(customer).dataProvider, <CustomerShow />, '/customers/7');
    expect(await screen.findByText('Appointments: Text message')).toBeTruthy();
    expect(screen.getByText('Program notices: Not at all')).toBeTruthy();
    expect(screen.getByText('Spanish')).toBeTruthy();
  });

  it('not stated yet is said so', async () => {
    renderResource('customers', provider({ ...customer, contactPreferences: null }).dataProvider, <CustomerShow />, '/customers/7');
    expect(await screen.findByText('Not stated yet')).toBeTruthy();
  });

  it('the form edits them; saving a customer who stated none keeps them not stated', async () => {
    const { dataProvider, update } = provider({ ...customer, contactPreferences: null, language: 'en' });
    renderResource('customers', dataProvider, <CustomerEdit />, '/customers/7');
    const group = await screen.findByRole('group', { name: 'Contact preferences' });
    expect(within(group).getAllByRole('combobox')).toHaveLength(4);
    fireEvent.change(screen.getByLabelText(/^First name/), { target: { value: 'Rosalía' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][1].data).toMatchObject({ firstName: 'Rosalía', contactPreferences: null, language: 'en' });
  });
});

describe('withContactPreferences', () => {
  it('blank everywhere is not stated; any choice keeps them all (the server requires every topic)', () => {
    expect(withContactPreferences({ contactPreferences: { appointments: '', payments: '' } as never })).toEqual({ contactPreferences: null });
    expect(withContactPreferences({ contactPreferences: undefined })).toEqual({ contactPreferences: null });
    expect(withContactPreferences({ contactPreferences: PREFERENCES as never })).toEqual({ contactPreferences: PREFERENCES });
    expect(withContactPreferences({ contactPreferences: { appointments: 'sms', payments: '' } as never })).toEqual({ contactPreferences: { appointments: 'sms', payments: '' } });
  });
});
