// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { RecordContextProvider, testDataProvider } from 'react-admin';
import { CustomerPayments } from '../../src/resources/customers/CustomerPayments.tsx';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const card = { id: 3, customerId: 11, brand: 'visa', last4: '4242', expMonth: 4, expYear: 2029, label: 'Work card', createdAt: '2026-02-01T10:00:00.000Z' };
const payment = { id: 21, customerId: 11, paymentMethodId: null, amount: 46.15, status: 'declined', kind: 'auto-pay', periodDue: '2026-03-01', cardBrand: 'mastercard', cardLast4: '4444', gatewayReference: null, failureReason: 'Your card has insufficient funds', createdAt: '2026-03-01T06:00:00.000Z' };

describe("a customer's payments tab", () => {
  it('shows their saved cards (brand, last four, expiry; never more) and their payments, the card kept on each payment', async () => {
    const getManyReference = vi.fn(async (resource: string) => (resource === 'payment-methods' ? { data: [card], total: 1 } : { data: [payment], total: 1 }));
    renderResource(
      'customers',
      testDataProvider({ getManyReference: getManyReference as never }),
      <RecordContextProvider value={{ id: 11 }}>
        <CustomerPayments />
      </RecordContextProvider>,
      '/customers/11',
      { authProvider: authProviderFor('compliance') },
    );
    expect(await screen.findByText('Visa •••• 4242')).toBeTruthy();
    expect(screen.getByText('04/2029')).toBeTruthy();
    expect(screen.getByText('Work card')).toBeTruthy();
    expect(await screen.findByText('Mastercard •••• 4444')).toBeTruthy();
    expect(screen.getByText('Declined')).toBeTruthy();
    expect(screen.getByText('Auto-pay')).toBeTruthy();
    expect(screen.getByText('Your card has insufficient funds')).toBeTruthy();
    expect(getManyReference).toHaveBeenCalledWith('payments', expect.objectContaining({ target: 'customerId', id: 11, sort: { field: 'createdAt', order: 'DESC' } }));
  });
});
