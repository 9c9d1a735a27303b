import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { AdminContext, ResourceContextProvider, TestMemoryRouter, memoryStore, type DataProvider } from 'react-admin';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';

/**
 * Renders a screen of one resource inside react-admin's contexts with a given data provider,
 * at `path` (e.g. `/work-orders/5` so that an Edit finds its id).
 */
export function renderResource(resource: string, dataProvider: DataProvider, ui: ReactNode, path = `/${resource}`) {
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <ResourceContextProvider value={resource}>
          <Routes>
            <Route path={`/${resource}/*`} element={ui} />
            <Route path={`/${resource}/:id/*`} element={ui} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
