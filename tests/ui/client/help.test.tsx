// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type GetListParams } from 'ra-core';
import type { HelpArticle } from '../../../server/resources/types.ts';
import type { LocatorAnswer } from '../../../src/client/help/locator/types.ts';
import { helpMessages } from '../../../src/client/help/messages.ts';
import { helpPages } from '../../../src/client/help/pages.tsx';
import { renderClient } from './render.tsx';

const page = (path: string) => helpPages.find((p) => p.path === path)!;

const article = (id: number, overrides: Partial<HelpArticle>): HelpArticle => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  title: `Article ${id}`,
  body: 'Text',
  category: 'faq',
  videoUrl: null,
  language: 'en',
  sortOrder: id,
  published: true,
  ...overrides,
});

const ENGLISH = [
  article(1, { title: 'How do I take a breath test?', body: 'Wait **15 minutes**.\n\n1. Turn the key.\n2. Blow steadily.' }),
  article(2, { title: 'What is a lockout?', body: 'The car will not start.' }),
  article(3, { category: 'video', title: 'Your first breath test', body: 'A walk-through.', videoUrl: 'https://www.youtube.com/watch?v=abc123' }),
  article(4, { category: 'guide', title: 'Your first week', body: '## Before you drive\n- Read the guide.' }),
];
const SPANISH = [article(11, { language: 'es', title: '¿Cómo hago una prueba de aliento?', body: 'Espere **15 minutos**.' })];

/** A data provider holding these help articles, filtered by language as the server does. */
function articles(stored: HelpArticle[]) {
  const getList = vi.fn(async (_resource: string, params: GetListParams) => {
    const data = stored.filter((a) => a.language === params.filter.language);
    return { data, total: data.length };
  });
  return { dataProvider: testDataProvider({ getList } as never), getList };
}

const WEEK = { mon: [{ opens: '08:00', closes: '17:00' }], tue: [{ opens: '08:00', closes: '17:00' }], wed: [{ opens: '08:00', closes: '17:00' }], thu: [{ opens: '08:00', closes: '17:00' }], fri: [{ opens: '08:00', closes: '17:00' }], sat: [{ opens: '09:00', closes: '12:00' }], sun: [] };
const ANSWER: LocatorAnswer = {
  origin: { zip: '98101', latitude: 47.6114, longitude: -122.3305 },
  centers: [
    { id: 7, name: 'Pacific Auto Sound', street: '500 Pine St', city: 'Seattle', state: 'WA', postalCode: '98101', phone: '(206) 555-0100', hours: 'Call ahead on Saturdays', openingHours: WEEK, latitude: 47.6114, longitude: -122.3305, distanceMiles: 0.4 },
    { id: 9, name: 'Tacoma Tire & Audio', street: '12 A St', city: 'Tacoma', state: 'WA', postalCode: '98402', phone: null, hours: null, openingHours: null, latitude: 47.2529, longitude: -122.4443, distanceMiles: 25.3 },
  ],
};

/** Answers GET /api/locator with `body` and `status`; returns the mock to read the URLs asked. */
function serveLocator(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the help page', () => {
  test('a question opens to its formatted answer; videos are links; guides have their section', async () => {
    const { dataProvider, getList } = articles([...ENGLISH, ...SPANISH]);
    renderClient(page('help').element, { dataProvider, messages: [helpMessages] });
    const faqs = await screen.findByRole('region', { name: 'Questions and answers' });
    const question = within(faqs).getByRole('button', { name: 'How do I take a breath test?' });
    expect(within(faqs).getByRole('heading', { level: 3, name: 'How do I take a breath test?' })).toBeTruthy();
    expect(screen.queryByText('15 minutes')).toBeNull();
    fireEvent.click(question);
    expect((await screen.findByText('15 minutes')).tagName).toBe('STRONG');
    expect(within(within(faqs).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Turn the key.', 'Blow steadily.']);
    expect(question.getAttribute('aria-expanded')).toBe('true');

    const videos = screen.getByRole('region', { name: 'Training videos' });
    const link = within(videos).getByRole('link', { name: /Your first breath test/ });
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc123');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toContain('Watch on YouTube (opens in a new tab)');
    expect(screen.getByRole('region', { name: 'Guides' })).toBeTruthy();
    expect(screen.queryByText('¿Cómo hago una prueba de aliento?')).toBeNull();
    expect(getList.mock.calls.map(([, params]) => params.filter)).toEqual([{ language: 'en', published: true }]);
  });

  test('in Spanish, the Spanish articles', async () => {
    const { dataProvider } = articles([...ENGLISH, ...SPANISH]);
    renderClient(page('help').element, { dataProvider, messages: [helpMessages], locale: 'es' });
    expect(await screen.findByRole('button', { name: '¿Cómo hago una prueba de aliento?' })).toBeTruthy();
    expect(screen.queryByText('How do I take a breath test?')).toBeNull();
    expect(screen.getByText('Todavía no hay videos de capacitación.')).toBeTruthy();
    expect(screen.queryByText(/se los mostramos en inglés/)).toBeNull();
  });

  test('in Spanish with none written in Spanish: the English ones, saying so', async () => {
    const { dataProvider } = articles(ENGLISH);
    renderClient(page('help').element, { dataProvider, messages: [helpMessages], locale: 'es' });
    expect(await screen.findByRole('button', { name: 'How do I take a breath test?' })).toBeTruthy();
    expect(screen.getByText(/se los mostramos en inglés/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Preguntas y respuestas' })).toBeTruthy();
  });

  test('no articles at all: says so, and the locator is still there', async () => {
    const { dataProvider } = articles([]);
    renderClient(page('help').element, { dataProvider, messages: [helpMessages] });
    expect(await screen.findByText('No questions and answers yet.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Find a service center' })).toBeTruthy();
  });
});

describe('the locator', () => {
  const search = async (zip: string) => {
    fireEvent.change(screen.getByRole('textbox', { name: 'ZIP code' }), { target: { value: zip } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
  };

  test('lists the nearest centers with distance, address, phone to call and hours, and maps them', async () => {
    const fetch = serveLocator(ANSWER);
    renderClient(page('locator').element, { messages: [helpMessages] });
    const zip = screen.getByRole('textbox', { name: 'ZIP code' });
    expect(zip.getAttribute('inputmode')).toBe('numeric');
    await search('98101');
    expect(await screen.findByText('2 service centers, nearest first')).toBeTruthy();
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe('/api/locator?zip=98101&limit=5');
    const items = within(screen.getAllByRole('list').find((l) => l.tagName === 'OL')!).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]);
    expect(first.getByRole('heading', { level: 3, name: 'Pacific Auto Sound' })).toBeTruthy();
    expect(first.getByText('0.4 mi away')).toBeTruthy();
    expect(first.getByText(/500 Pine St/).textContent).toBe('500 Pine StSeattle, WA 98101');
    expect(first.getByRole('link', { name: 'Call (206) 555-0100' }).getAttribute('href')).toBe('tel:2065550100');
    expect(first.getByText('Mon–Fri')).toBeTruthy();
    expect(first.getByText('8:00 AM–5:00 PM')).toBeTruthy();
    expect(first.getByText('Sun')).toBeTruthy();
    expect(first.getByText('Closed')).toBeTruthy();
    expect(first.getByText('Call ahead on Saturdays')).toBeTruthy();
    expect(within(items[1]).queryByRole('link')).toBeNull();

    const map = await screen.findByRole('img', { name: 'Map of the 2 service centers found, numbered as in the list' });
    expect(map.tagName.toLowerCase()).toBe('svg');
    expect(map.querySelectorAll('path').length).toBe(2);
    expect([...map.querySelectorAll('g > title')].map((t) => t.textContent)).toEqual(['Where you searched from', '1. Pacific Auto Sound (0.4 mi)', '2. Tacoma Tire & Audio (25.3 mi)']);
  });

  test('in Spanish, distances and hours in Spanish', async () => {
    serveLocator(ANSWER);
    renderClient(page('locator').element, { messages: [helpMessages], locale: 'es' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Código postal' }), { target: { value: '98101' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buscar' }));
    // US Spanish writes a decimal point
    expect(await screen.findByText('a 0.4 mi')).toBeTruthy();
    expect(screen.getByText('a 25.3 mi')).toBeTruthy();
    expect(screen.getByText('lun–vie')).toBeTruthy();
    expect(screen.getByText('8:00 a.m.–5:00 p.m.')).toBeTruthy();
    expect(screen.getByText('Cerrado')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Llamar al (206) 555-0100' })).toBeTruthy();
  });

  test('a ZIP code that is not five digits is not sent', async () => {
    const fetch = serveLocator(ANSWER);
    renderClient(page('locator').element, { messages: [helpMessages] });
    await search('981');
    expect(screen.getByText('Enter a five-digit ZIP code.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'ZIP code' }), { target: { value: '98a1-01x' } });
    expect((screen.getByRole('textbox', { name: 'ZIP code' }) as HTMLInputElement).value).toBe('98101');
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a ZIP code the server does not know is said under the field; nothing found is said too', async () => {
    serveLocator({ message: 'Unknown ZIP code', errors: { zip: 'Not a known US ZIP code' } }, 400);
    renderClient(page('locator').element, { messages: [helpMessages] });
    await search('00000');
    expect(await screen.findByText('We do not know this ZIP code. Check it and try again.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'ZIP code' }).getAttribute('aria-invalid')).toBe('true');
    serveLocator({ origin: ANSWER.origin, centers: [] });
    await search('99501');
    expect(await screen.findByText('No service center found near there.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('"Use my location" searches from where the phone is', async () => {
    const fetch = serveLocator(ANSWER);
    const getCurrentPosition = vi.fn((success: PositionCallback) => success({ coords: { latitude: 47.606209123, longitude: -122.332071 } } as GeolocationPosition));
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    renderClient(page('locator').element, { messages: [helpMessages] });
    fireEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe('/api/locator?lat=47.6062&lng=-122.3321&limit=5');
  });

  test('the help page and the public locator page', () => {
    expect(helpPages.map(({ path, label, order, public: open }) => ({ path, label, order, open }))).toEqual([
      { path: 'help', label: 'client.help.title', order: 70, open: undefined },
      { path: 'locator', label: 'client.help.locator.title', order: undefined, open: true },
    ]);
  });
});
