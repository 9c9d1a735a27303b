// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'ra-core';
import type { Customer } from '../../../server/resources/customers.ts';
import { accountMessages } from '../../../src/client/account/messages.ts';
import { EnrolPage } from '../../../src/client/account/EnrolPage.tsx';
import { ProfilePage } from '../../../src/client/account/ProfilePage.tsx';
import { VerifyEmailPage } from '../../../src/client/account/VerifyEmailPage.tsx';
import { renderClient } from './render.tsx';
import { customerAuth } from './customer-auth.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ME = { id: 31, name: 'Rosa Ortega', email: 'rosa@example.com', role: 'customer', customerId: 7, permissions: {} };

const CUSTOMER = {
  id: 7,
  firstName: 'Rosa',
  lastName: 'Ortega',
  email: 'rosa@example.com',
  phone: '206-555-0101',
  street: '12 Pine St',
  city: 'Seattle',
  state: 'WA',
  postalCode: '98101',
  contactPreferences: null,
  language: 'en',
  remindersOptIn: true,
  balance: 120,
  version: 3,
} as unknown as Customer;

type Answer = { status: number; body: unknown };

/** Stubs fetch (clientFetch): each `METHOD /path` answers as given; the calls are kept. */
function stubFetch(answers: Record<string, Answer>) {
  const calls: { key: string; body: unknown }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url}`;
    calls.push({ key, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const answer = answers[key] ?? { status: 404, body: { message: `No stub for ${key}`, errors: {} } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

const field = (name: RegExp) => screen.getByLabelText(name);
const type = (name: RegExp, value: string) => fireEvent.change(field(name), { target: { value } });
/** The reason shown under a field (its helper text, which the field names as its description). */
const reasonUnder = (name: RegExp) => document.getElementById(`${field(name).id}-helper-text`)?.textContent;

describe('profile', () => {
  // The first render of the page loads MUI: a little more than findBy's second on a busy machine.
  const profileLoaded = () => screen.findByDisplayValue('206-555-0101', {}, { timeout: 5000 });

  function renderProfile(update: DataProvider['update'], answers: Record<string, Answer> = {}, locale: 'en' | 'es' = 'en') {
    const calls = stubFetch(answers);
    const dataProvider = testDataProvider({ getOne: vi.fn(async () => ({ data: CUSTOMER })) as DataProvider['getOne'], update });
    renderClient(<ProfilePage />, { dataProvider, authProvider: customerAuth(ME.customerId, ME.name, ME.email), messages: [accountMessages], locale });
    return calls;
  }

  it('saves contact details, preferences per topic, language and reminders to the customer’s own record', async () => {
    const update = vi.fn(async (_resource: string, params: { data: object; previousData: object }) => ({ data: { ...params.previousData, ...params.data, version: 4 } }));
    renderProfile(update as unknown as DataProvider['update']);
    await profileLoaded();
    type(/^Phone/, ' 206-555-0199 ');
    type(/^City/, 'Tacoma');
    fireEvent.change(field(/^Payments/), { target: { value: 'sms' } });
    fireEvent.change(field(/^Program notices/), { target: { value: 'none' } });
    fireEvent.change(field(/^Language of our messages/), { target: { value: 'es' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Send me reminders' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Your profile was saved.')).toBeTruthy();
    expect(update).toHaveBeenCalledWith('customers', {
      id: 7,
      data: {
        phone: '206-555-0199',
        street: '12 Pine St',
        city: 'Tacoma',
        state: 'WA',
        postalCode: '98101',
        contactPreferences: { appointments: 'email', payments: 'sms', calibration: 'email', programNotices: 'none' },
        language: 'es',
        remindersOptIn: false,
        version: 3,
      },
      previousData: CUSTOMER,
    });
    // The next save names the version the first one answered.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect((update.mock.calls[1][1].data as { version: number }).version).toBe(4);
  });

  it('shows the server’s reason (which the server wrote in the portal’s language) under the field it concerns', async () => {
    const update = vi.fn(async () => {
      throw new HttpError('Algunos campos no son válidos', 400, { message: 'Algunos campos no son válidos', errors: { phone: 'No es un número de teléfono válido' } });
    });
    renderProfile(update as unknown as DataProvider['update'], {}, 'es');
    await profileLoaded();
    type(/^Teléfono/, 'call me');
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() => expect(reasonUnder(/^Teléfono/)).toBe('No es un número de teléfono válido'));
    expect(screen.queryByText('Su perfil se guardó.')).toBeNull();
  });

  it('an e-mail change says to check the new inbox and to sign in with the old address until then', async () => {
    const calls = renderProfile(vi.fn() as unknown as DataProvider['update'], {
      'POST /api/auth/email': { status: 202, body: { message: 'Check your inbox', pendingEmail: 'rosa.new@example.com' } },
    });
    const form = (await screen.findByRole('form', { name: 'Sign-in e-mail' }, { timeout: 5000 })) as HTMLElement;
    expect(within(form).getByText('You sign in with rosa@example.com.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^New e-mail/), { target: { value: 'rosa.new@example.com' } });
    fireEvent.change(within(form).getByLabelText(/^Current password/), { target: { value: 'cust-pass-1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Change e-mail' }));
    expect(await within(form).findByText('Check your inbox at rosa.new@example.com and open the link within 24 hours. Until then, sign in with rosa@example.com.')).toBeTruthy();
    expect(calls.find((c) => c.key === 'POST /api/auth/email')?.body).toEqual({ newEmail: 'rosa.new@example.com', currentPassword: 'cust-pass-1' });
  });

  it('a wrong current password or a taken address is shown under its field', async () => {
    renderProfile(vi.fn() as unknown as DataProvider['update'], {
      'POST /api/auth/email': { status: 409, body: { message: 'This e-mail address belongs to another account', errors: { newEmail: 'Already the e-mail of another account' } } },
      'POST /api/auth/password': { status: 400, body: { message: 'The current password is wrong', errors: { currentPassword: 'Wrong password' } } },
    });
    const emailForm = (await screen.findByRole('form', { name: 'Sign-in e-mail' }, { timeout: 5000 })) as HTMLElement;
    fireEvent.change(within(emailForm).getByLabelText(/^New e-mail/), { target: { value: 'taken@example.com' } });
    fireEvent.change(within(emailForm).getByLabelText(/^Current password/), { target: { value: 'cust-pass-1' } });
    fireEvent.click(within(emailForm).getByRole('button', { name: 'Change e-mail' }));
    expect(await within(emailForm).findByText('Already the e-mail of another account')).toBeTruthy();

    const passwordForm = screen.getByRole('form', { name: 'Password' });
    fireEvent.change(within(passwordForm).getByLabelText(/^Current password/), { target: { value: 'wrong-pass-1' } });
    fireEvent.change(within(passwordForm).getByLabelText(/^New password/), { target: { value: 'better-pass-2' } });
    fireEvent.change(within(passwordForm).getByLabelText(/^Confirm password/), { target: { value: 'better-pass-2' } });
    fireEvent.click(within(passwordForm).getByRole('button', { name: 'Change password' }));
    expect(await within(passwordForm).findByText('Wrong password')).toBeTruthy();
  });

  it('the password form checks the rule before sending', async () => {
    const calls = renderProfile(vi.fn() as unknown as DataProvider['update']);
    const form = (await screen.findByRole('form', { name: 'Password' }, { timeout: 5000 })) as HTMLElement;
    expect(within(form).getByText('At least 8 characters with at least one number')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Current password/), { target: { value: 'cust-pass-1' } });
    fireEvent.change(within(form).getByLabelText(/^New password/), { target: { value: 'nonumbers' } });
    fireEvent.change(within(form).getByLabelText(/^Confirm password/), { target: { value: 'nonumber' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('At least one number')).toBeTruthy();
    expect(within(form).getByText('The two passwords differ')).toBeTruthy();
    expect(calls.some((c) => c.key === 'POST /api/auth/password')).toBe(false);
  });
});

describe('enrolment', () => {
  const fill = (values: Record<string, string>) => Object.entries(values).forEach(([label, value]) => type(new RegExp(`^${label}`), value));

  it('shows what is wrong under each field and sends nothing', async () => {
    const calls = stubFetch({});
    renderClient(<EnrolPage />, { messages: [accountMessages] });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    for (const label of [/^Case number/, /^Last name/, /^Device serial number/, /^E-mail/, /^Password/, /^Confirm password/]) expect(reasonUnder(label)).toBe('Required');
    fill({ 'Case number': 'CR-1', 'Last name': 'Ortega', 'Device serial number': 'HS-1', 'E-mail': 'rosa@', Password: 'short1', 'Confirm password': 'short2' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(reasonUnder(/^E-mail/)).toBe('Enter a valid e-mail address');
    expect(reasonUnder(/^Password/)).toBe('At least 8 characters');
    expect(reasonUnder(/^Confirm password/)).toBe('The two passwords differ');
    expect(reasonUnder(/^Case number/)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('sends the facts and shows the same neutral confirmation whatever happened', async () => {
    const calls = stubFetch({ 'POST /api/auth/enrol': { status: 202, body: { message: 'If these details match…' } } });
    renderClient(<EnrolPage />, { messages: [accountMessages], locale: 'es' });
    fill({ 'Número de caso': 'CR-1', Apellido: 'Ortega', 'Número de serie': 'HS-1', 'Correo electrónico': 'rosa@example.com', Contraseña: 'rosa-pass-1', 'Confirme la contraseña': 'rosa-pass-1' });
    fireEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('enviamos un enlace a rosa@example.com'));
    expect(calls).toEqual([{ key: 'POST /api/auth/enrol', body: { caseNumber: 'CR-1', lastName: 'Ortega', deviceSerial: 'HS-1', email: 'rosa@example.com', password: 'rosa-pass-1' } }]);
  });

  it('too many attempts: says so', async () => {
    stubFetch({ 'POST /api/auth/enrol': { status: 429, body: { message: 'Too many enrolment attempts. Try again in 15 minutes.', errors: {} } } });
    renderClient(<EnrolPage />, { messages: [accountMessages] });
    fill({ 'Case number': 'CR-1', 'Last name': 'Ortega', 'Device serial number': 'HS-1', 'E-mail': 'rosa@example.com', Password: 'rosa-pass-1', 'Confirm password': 'rosa-pass-1' });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Too many attempts. Try again in a few minutes.')).toBeTruthy();
  });
});

describe('the e-mail link', () => {
  it('sends the token once and says what it did, with a way to sign in', async () => {
    const calls = stubFetch({ 'POST /api/auth/verify-email': { status: 200, body: { purpose: 'enrol', email: 'rosa@example.com' } } });
    renderClient(<VerifyEmailPage />, { messages: [accountMessages], path: '/verify-email?token=abc_DEF-123' });
    expect(await screen.findByText('Your account is ready. Sign in with rosa@example.com.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
    expect(calls).toEqual([{ key: 'POST /api/auth/verify-email', body: { token: 'abc_DEF-123' } }]);
  });

  it('an expired link says so in the server’s words (in the portal’s language); a link without its token sends nothing', async () => {
    const expired = 'Este enlace venció (los enlaces sirven durante 24 horas): pida uno nuevo';
    stubFetch({ 'POST /api/auth/verify-email': { status: 400, body: { message: expired, errors: { token: expired } } } });
    renderClient(<VerifyEmailPage />, { messages: [accountMessages], path: '/verify-email?token=old', locale: 'es' });
    expect(await screen.findByText(expired)).toBeTruthy();
    cleanup();
    const calls = stubFetch({});
    renderClient(<VerifyEmailPage />, { messages: [accountMessages], path: '/verify-email' });
    expect(screen.getByText(/This link is incomplete/)).toBeTruthy();
    expect(calls).toEqual([]);
  });
});

describe('texts', () => {
  const keysOf = (messages: object, prefix = ''): string[] =>
    Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));

  it('English and Spanish have the same keys, and no Spanish text is left in English', () => {
    expect(keysOf(accountMessages.es)).toEqual(keysOf(accountMessages.en));
    const english = new Map(keysOf(accountMessages.en).map((key) => [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], accountMessages.en)]));
    const same = keysOf(accountMessages.es).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], accountMessages.es) === english.get(key));
    // Language names are written in their own language in both.
    expect(same).toEqual(['client.account.profile.languages.en', 'client.account.profile.languages.es']);
  });
});
