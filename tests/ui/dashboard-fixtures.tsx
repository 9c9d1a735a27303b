import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { AdminContext, TestMemoryRouter, memoryStore, testDataProvider, type DataProvider, type Store } from 'react-admin';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { StatsAnswers } from '../../server/stats/types.ts';
import { authProviderFor } from './render.tsx';

// recharts measures its container: jsdom has no layout, the charts fall back to their initial size
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** Where a click took the user: the path and query of the current location. */
const Location = () => {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
};

const REGIONS = [
  { id: 1, name: 'North' },
  { id: 2, name: 'South' },
];

/** The regions (the ratings trend's region picker lists them); no other list. */
const regionsOnly = (async (resource: string) => {
  if (resource !== 'regions') throw new Error(`no ${resource} list in this test`);
  return { data: REGIONS, total: REGIONS.length };
}) as DataProvider['getList'];

export type StatsAnswer = Partial<{ [N in keyof StatsAnswers]: StatsAnswers[N] | Error }>;

/**
 * Renders a dashboard at `/` signed in with `role`, the stats endpoints answering `stats` (an
 * Error rejects), `get(path)` answering `get[path]`; any other page shows its location.
 */
export function renderDashboard(
  ui: ReactNode,
  { role = 'admin', stats = {}, get = {}, dataProvider = {}, store = memoryStore() }: { role?: Role; stats?: StatsAnswer; get?: Record<string, unknown>; dataProvider?: Partial<DataProvider>; store?: Store } = {},
) {
  const statsCall = vi.fn(async (name: string, _params?: Record<string, unknown>) => {
    const answer = stats[name as keyof StatsAnswers];
    if (answer instanceof Error) throw answer;
    if (answer === undefined) throw new Error(`no stats for ${name} in this test`);
    return { data: answer };
  });
  const getCall = vi.fn(async (path: string) => {
    if (!(path in get)) throw new Error(`no answer for ${path} in this test`);
    return { data: get[path] };
  });
  const provider = { ...testDataProvider({ getList: regionsOnly, ...dataProvider }), stats: statsCall, get: getCall };
  const authProvider = authProviderFor(role);
  const result = render(
    <TestMemoryRouter initialEntries={['/']}>
      <AdminContext dataProvider={provider} authProvider={authProvider} i18nProvider={i18nProvider} store={store}>
        <Routes>
          <Route path="/" element={ui} />
          <Route path="*" element={<Location />} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { ...result, statsCall, getCall };
}

/** The params of the last call of a stats endpoint. */
export const lastParams = (statsCall: ReturnType<typeof renderDashboard>['statsCall'], name: string) =>
  statsCall.mock.calls.filter(([n]) => n === name).at(-1)?.[1];

/** The text of each cell of a table, row by row (header row first). */
export function cellsOf(table: HTMLElement) {
  return [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''));
}

/** What downloadCSV was given: the CSV text of each download. */
export function captureCsv() {
  const files: Promise<string>[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    files.push(
      new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(blob);
      }),
    );
    return 'blob:csv';
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.getAttribute('download') ?? '');
  });
  return { files, names, restore: () => click.mockRestore() };
}
