// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'ra-core';
import type { Customer, Payment, PaymentMethod } from '../../../server/resources/types.ts';
import { PaymentsPage } from '../../../src/client/payments/PaymentsPage.tsx';
import { paymentsMessages } from '../../../src/client/payments/messages.ts';
import { paymentPages } from '../../../src/client/payments/pages.tsx';
import { renderClient } from './render.tsx';

const base = { createdAt: '2026-03-01T15:00:00.000Z', updatedAt: '2026-03-01T15:00:00.000Z', version: 1 };

const customer = {
  ...base,
  id: 7,
  firstName: 'Dana',
  lastName: 'Driver',
  balance: 125.5,
  planAmount: 100,
  nextPaymentOn: '2026-04-15',
  paymentPlan: 'monthly',
  autoPay: false,
  autoPayMethodId: null,
} as unknown as Customer;

const visa: PaymentMethod = { ...base, id: 3, customerId: 7, brand: 'visa', last4: '4242', expMonth: 12, expYear: 2029, label: null };

const paid: Payment = {
  ...base,
  id: 11,
  customerId: 7,
  paymentMethodId: 3,
  amount: 100,
  status: 'succeeded',
  kind: 'one-time',
  periodDue: null,
  cardBrand: 'visa',
  cardLast4: '4242',
  gatewayReference: 'sandbox_ch_old',
  failureReason: null,
};

/** The API behind clientFetch: answers by method and path, and keeps what was asked. */
function stubApi(answers: Record<string, [number, unknown]>) {
  const asked: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(String(new URL(String(input), 'http://portal.test')), init);
      const path = new URL(request.url).pathname;
      const text = await request.text();
      asked.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
      const [status, body] = answers[`${request.method} ${path}`] ?? [404, { message: 'not stubbed', errors: {} }];
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return asked;
}

function provider(cards: PaymentMethod[] = [visa], payments: Payment[] = [paid]) {
  const calls: { method: string; resource: string; params: unknown }[] = [];
  const lists: Record<string, unknown[]> = { customers: [customer], 'payment-methods': cards, payments };
  const dataProvider: DataProvider = testDataProvider({
    getList: async (resource: string) => ({ data: lists[resource] ?? [], total: lists[resource]?.length ?? 0 }) as never,
    update: async (resource: string, params: { data: unknown }) => {
      calls.push({ method: 'update', resource, params });
      return { data: { ...customer, ...(params.data as object) } } as never;
    },
    delete: async (resource: string, params: { id: unknown }) => {
      calls.push({ method: 'delete', resource, params });
      return { data: { id: params.id } } as never;
    },
  });
  return { dataProvider, calls };
}

const render = (dataProvider: DataProvider, locale: 'en' | 'es' = 'en') => renderClient(<PaymentsPage />, { dataProvider, messages: [paymentsMessages], locale });

beforeEach(() => stubApi({ 'GET /api/payment-gateway': [200, { description: 'sandbox', testMode: true, takesCardNumbers: true }] }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the payments page', () => {
  test('is the portal page at /portal/payments, 30th in the menu, with texts in both languages', () => {
    expect(paymentPages.map((p) => [p.path, p.order, p.label])).toEqual([['payments', 30, 'client.payments.title']]);
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(paymentsMessages.es)).toEqual(keys(paymentsMessages.en));
  });

  test('shows the balance, the next payment, the saved card and the history', async () => {
    render(provider().dataProvider);
    expect(await screen.findByText('$125.50')).toBeTruthy();
    expect(screen.getByText('Next payment: $100.00 on Apr 15, 2026')).toBeTruthy();
    expect(screen.getAllByText('Visa ending in 4242, expires 12/2029').length).toBeGreaterThan(0);
    expect(await screen.findByText(/Paid · One-time payment · Visa ending in 4242/)).toBeTruthy();
  });

  test('pays the balance with the saved card and shows the receipt', async () => {
    const asked = stubApi({ 'POST /api/payments': [201, { ...paid, id: 12, amount: 125.5, gatewayReference: 'sandbox_ch_new' }] });
    render(provider().dataProvider);
    const amount = (await screen.findByLabelText(/Amount/)) as HTMLInputElement;
    expect(amount.value).toBe('125.50');
    fireEvent.click(screen.getByRole('button', { name: 'Pay $125.50' }));
    expect(await screen.findByText(/Thank you: \$125\.50 paid\. Reference sandbox_ch_new/)).toBeTruthy();
    expect(asked.filter((a) => a.method === 'POST')).toEqual([{ method: 'POST', path: '/api/payments', body: { amount: 125.5, paymentMethodId: 3 } }]);
  });

  test('a decline shows the processor’s reason', async () => {
    stubApi({ 'POST /api/payments': [402, { message: 'Your card was declined', errors: { paymentMethodId: 'Your card was declined' } }] });
    render(provider().dataProvider);
    fireEvent.click(await screen.findByRole('button', { name: 'Pay $125.50' }));
    expect(await screen.findByText('The payment did not go through: Your card was declined')).toBeTruthy();
  });

  test('pays with a new card: the card fields autofill as a card, the card is saved, then charged', async () => {
    const asked = stubApi({
      'GET /api/payment-gateway': [200, { description: 'sandbox', testMode: true, takesCardNumbers: true }],
      'POST /api/payment-methods': [201, { ...visa, id: 4 }],
      'POST /api/payments': [201, { ...paid, id: 13, amount: 20, paymentMethodId: 4, gatewayReference: 'sandbox_ch_x' }],
    });
    render(provider().dataProvider);
    fireEvent.click(await screen.findByLabelText('A new card'));
    expect(await screen.findByText(/Test mode, no money moves/)).toBeTruthy();
    const form = screen.getByRole('button', { name: /Pay/ }).closest('form')!;
    const number = within(form).getByLabelText(/Card number/) as HTMLInputElement;
    expect([number.autocomplete, number.inputMode]).toEqual(['cc-number', 'numeric']);
    expect((within(form).getByLabelText(/Security code/) as HTMLInputElement).autocomplete).toBe('cc-csc');
    expect((within(form).getByLabelText(/Month/) as HTMLInputElement).autocomplete).toBe('cc-exp-month');
    fireEvent.change(within(form).getByLabelText(/Amount/), { target: { value: '20' } });
    fireEvent.change(number, { target: { value: '4242 4242 4242 4242' } });
    fireEvent.change(within(form).getByLabelText(/Month/), { target: { value: '12' } });
    fireEvent.change(within(form).getByLabelText(/Year/), { target: { value: '2030' } });
    fireEvent.change(within(form).getByLabelText(/Security code/), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pay $20.00' }));
    expect(await screen.findByText(/Thank you: \$20\.00 paid/)).toBeTruthy();
    expect(asked.filter((a) => a.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/payment-methods', body: { cardNumber: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123', label: null } },
      { method: 'POST', path: '/api/payments', body: { amount: 20, paymentMethodId: 4 } },
    ]);
  });

  test('removes a saved card only after confirming', async () => {
    const { dataProvider, calls } = provider();
    render(dataProvider);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Visa ending in 4242, expires 12/2029' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this card?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Visa ending in 4242, expires 12/2029' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(calls.map((c) => [c.method, c.resource])).toEqual([['delete', 'payment-methods']]));
  });

  test('turns auto-pay on with the saved card', async () => {
    const { dataProvider, calls } = provider();
    render(dataProvider);
    fireEvent.click(await screen.findByLabelText('Pay automatically on each payment date'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your plan is saved.')).toBeTruthy();
    expect(calls).toEqual([{ method: 'update', resource: 'customers', params: expect.objectContaining({ id: 7, data: { paymentPlan: 'monthly', autoPay: true, autoPayMethodId: 3 } }) }]);
  });

  test('without a card, auto-pay cannot be switched on; empty lists say so', async () => {
    const { dataProvider } = provider([], []);
    render(dataProvider);
    expect(await screen.findByText('Save a card first to pay automatically.')).toBeTruthy();
    expect((screen.getByLabelText('Pay automatically on each payment date') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('No saved cards yet.')).toBeTruthy();
    expect(await screen.findByText('No payments yet.')).toBeTruthy();
  });

  test('with nothing owed, there is nothing to pay', async () => {
    const dataProvider = testDataProvider({ getList: async (resource: string) => ({ data: resource === 'customers' ? [{ ...customer, balance: 0 }] : [], total: resource === 'customers' ? 1 : 0 }) as never });
    render(dataProvider);
    expect(await screen.findByText('You have nothing to pay right now.')).toBeTruthy();
    expect(screen.getByText('Nothing is due right now.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Pay/ })).toBeNull();
  });

  test('in Spanish: texts, amounts and dates', async () => {
    render(provider().dataProvider, 'es');
    expect(await screen.findByText('Saldo')).toBeTruthy();
    expect(screen.getByText(/Próximo pago: \$100\.00 el 15 abr 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Pagar \$125\.50/ })).toBeTruthy();
  });
});
