// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { CoreAdminContext, HttpError, TestMemoryRouter, memoryStore, testDataProvider, type Store } from 'ra-core';
import type { Location } from 'react-router-dom';
import type { ClientPage } from '../../../src/client/pages.ts';
import { ClientRoutes } from '../../../src/client/shell/ClientRoutes.tsx';
import { HtmlLang } from '../../../src/client/shell/HtmlLang.tsx';
import { shellPages } from '../../../src/client/shell/pages.tsx';
import { createClientAuthProvider } from '../../../src/client/providers/authProvider.ts';
import { createClientI18nProvider } from '../../../src/client/i18n/i18nProvider.ts';
import { FEATURE_MESSAGES } from '../../../src/client/i18n/features.ts';
import type { FeatureMessages } from '../../../src/client/i18n/feature.ts';
import { customerMe } from './customer-auth.ts';

// The frame shows once the server's answers are in (who is signed in): give them time under a loaded run.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const Icon = () => <svg />;
const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
const testMessages: FeatureMessages = {
  en: { client: { test: { ...Object.fromEntries(NAMES.map((n) => [n.toLowerCase(), n])), open: 'Open page' } } },
  es: { client: { test: { ...Object.fromEntries(NAMES.map((n) => [n.toLowerCase(), `${n} ES`])), open: 'Página abierta' } } },
};
/** Six pages in the navigation (given out of order), one public page reached by a link. */
const PAGES: ClientPage[] = [
  ...shellPages,
  ...NAMES.map((name, i) => ({ path: i === 0 ? '' : name.toLowerCase(), label: `client.test.${name.toLowerCase()}`, icon: Icon, element: <p>{`${name} content`}</p>, order: (i + 1) * 10 })).reverse(),
  { path: 'open', label: 'client.test.open', icon: Icon, element: <p>Open content</p>, public: true },
];

const unauthorized = () => new HttpError('Sign in first', 401, { message: 'Sign in first', errors: {} });

type Login = (credentials: unknown) => Promise<void>;

function renderPortal(
  path: string,
  { signedIn = true, me = customerMe(), login = vi.fn<Login>(), store = memoryStore() }: { signedIn?: boolean; me?: ReturnType<typeof customerMe>; login?: Login; store?: Store } = {},
) {
  let session = signedIn;
  const request = vi.fn(async (url: string, options: { method?: string; body?: unknown } = {}) => {
    if (url === '/api/auth/login') {
      await login(options.body);
      session = true;
      return me;
    }
    if (url === '/api/auth/logout') {
      session = false;
      return { ok: true };
    }
    if (url === '/api/auth/me') {
      if (!session) throw unauthorized();
      return me;
    }
    throw new Error(`no ${url} here`);
  });
  const leave = vi.fn();
  let location: Location | undefined;
  render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location = l)}>
      <CoreAdminContext
        dataProvider={testDataProvider()}
        authProvider={createClientAuthProvider(request as never, leave)}
        i18nProvider={createClientI18nProvider([...FEATURE_MESSAGES, testMessages], 'en')}
        store={store}
      >
        <HtmlLang />
        <ClientRoutes pages={PAGES} />
      </CoreAdminContext>
    </TestMemoryRouter>,
  );
  return { request, leave, location: () => location?.pathname };
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('the portal’s frame', () => {
  it('a signed-out visitor who opens a page is sent to sign in, which links to enrolment and the locator', async () => {
    const portal = renderPortal('/bravo', { signedIn: false });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(portal.location()).toBe('/login');
    expect(screen.queryByText('Bravo content')).toBeNull();
    expect(screen.getByRole('link', { name: 'Create your account' }).getAttribute('href')).toBe('/enrol');
    expect(screen.getByRole('link', { name: 'Find a service center' }).getAttribute('href')).toBe('/locator');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('a public page opens without signing in, without the navigation', async () => {
    renderPortal('/open', { signedIn: false });
    await screen.findByText('Open content');
    expect(title()).toBe('Open page');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('signing in: missing fields and a wrong password are said; then the page asked for, with the navigation', async () => {
    const login = vi.fn<Login>().mockRejectedValueOnce(unauthorized()).mockResolvedValue(undefined);
    const portal = renderPortal('/bravo', { signedIn: false, login });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getAllByText('Required')).toHaveLength(2);
    expect(login).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'cora@example.com' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'wrong-pass-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Wrong email or password.');
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'demo-pass-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Bravo content');
    expect(portal.location()).toBe('/bravo');
    expect(login).toHaveBeenLastCalledWith({ email: 'cora@example.com', password: 'demo-pass-1' });
    await screen.findByRole('navigation', { name: 'Main navigation' });
  });

  it('on a phone: the first four pages by order at the bottom, the rest and signing out under More', async () => {
    renderPortal('/');
    await screen.findByText('Alpha content');
    expect(title()).toBe('Alpha');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Alpha', '/'],
      ['Bravo', '/bravo'],
      ['Charlie', '/charlie'],
      ['Delta', '/delta'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Alpha' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(nav).getByRole('button', { name: 'More' }));
    const sheet = await screen.findByRole('presentation');
    expect(within(sheet).getAllByRole('link').map((link) => link.textContent)).toEqual(['Echo', 'Foxtrot']);
    fireEvent.click(within(sheet).getByRole('link', { name: 'Foxtrot' }));
    await screen.findByText('Foxtrot content');
    // the sheet closes (the page behind it is hidden from screen readers until then)
    await screen.findByRole('heading', { level: 1, name: 'Foxtrot' });
  });

  it('signing out ends the session on the server and shows the sign-in page', async () => {
    const portal = renderPortal('/');
    fireEvent.click(within(await screen.findByRole('navigation', { name: 'Main navigation' })).getByRole('button', { name: 'More' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(portal.request).toHaveBeenCalledWith('/api/auth/logout', { method: 'POST', body: {} });
  });

  it('on a wide screen: every page in a list beside the content', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('min-width'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined }));
    renderPortal('/charlie');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(NAMES);
    expect(within(nav).getByRole('link', { name: 'Charlie' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: 'More' })).toBeNull();
  });

  it('the language switch: English / Español, texts and <html lang> follow, the choice is stored', async () => {
    const store = memoryStore();
    renderPortal('/bravo', { store });
    await screen.findByText('Bravo content');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(within(screen.getByRole('group', { name: 'Language' })).getAllByRole('button').map((b) => [b.textContent, b.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Español', 'es'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    await screen.findByRole('heading', { level: 1, name: 'Bravo ES' });
    expect(document.documentElement.lang).toBe('es');
    expect(store.getItem('locale')).toBe('es');
    expect(await screen.findByRole('navigation', { name: 'Navegación principal' })).toBeTruthy();
    expect(document.title).toBe('Bravo ES · Portal del Cliente Interlock');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Bravo' });
    expect(document.documentElement.lang).toBe('en');
  });

  it('says so while the phone is offline', async () => {
    renderPortal('/open', { signedIn: false });
    await screen.findByText('Open content');
    expect(screen.queryByText(/^You are offline/)).toBeNull();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status').textContent).toMatch(/^You are offline/);
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByText(/^You are offline/)).toBeNull();
  });

  it('staff who open the portal are sent to the back office, and are shown nothing of it', async () => {
    const portal = renderPortal('/bravo', { me: { ...customerMe(), customerId: null, home: '/' } });
    await vi.waitFor(() => expect(portal.leave).toHaveBeenCalledWith('/'));
    expect(screen.queryByText('Bravo content')).toBeNull();
  });

  it('an address that is no page says so, with the way home', async () => {
    renderPortal('/nowhere');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
  });
});
