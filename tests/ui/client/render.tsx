import type { ReactNode } from 'react';
import { configure, render } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { CoreAdminContext, TestMemoryRouter, memoryStore, testDataProvider, type AuthProvider, type DataProvider, type TranslationMessages } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { FeatureMessages, Messages } from '../../../src/client/i18n/feature.ts';
import { mergeMessages } from '../../../src/client/i18n/merge.ts';

// A page shows once the answers are in (who is signed in, its data): give the queries time under a loaded run.
configure({ asyncUtilTimeout: 5000 });

/**
 * Renders a client-portal page inside ra-core's contexts (no react-admin UI), at `path`, with the
 * given features' texts in `locale` (a missing key shows as the key, so tests see untranslated text).
 * Requests the page makes with `clientFetch` go to `fetch`: stub it (vi.stubGlobal) in the test.
 * Signed in as nobody unless an `authProvider` is given (`customerAuth()` of customer-auth.ts signs in a customer).
 */
export function renderClient(
  ui: ReactNode,
  {
    dataProvider = testDataProvider(),
    authProvider,
    messages = [],
    locale = 'en',
    path = '/',
    route = '*',
  }: { dataProvider?: DataProvider; authProvider?: AuthProvider; messages?: FeatureMessages[]; locale?: 'en' | 'es'; path?: string; route?: string } = {},
) {
  const texts = messages.reduce<Messages>((all, feature) => mergeMessages(all, feature[locale]), englishMessages as unknown as Messages);
  const i18nProvider = polyglotI18nProvider(() => texts as unknown as TranslationMessages, locale, [{ locale: 'en', name: 'English' }, { locale: 'es', name: 'Español' }], { allowMissing: true });
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <CoreAdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <Routes>
          <Route path={route} element={ui} />
        </Routes>
      </CoreAdminContext>
    </TestMemoryRouter>,
  );
}
