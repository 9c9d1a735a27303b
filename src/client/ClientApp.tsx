import { CssBaseline, ThemeProvider } from '@mui/material';
import { BrowserRouter } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { CoreAdminContext, localStorageStore } from 'ra-core';
import { clientDataProvider } from './providers/dataProvider.ts';
import { createClientAuthProvider } from './providers/authProvider.ts';
import { createClientI18nProvider } from './i18n/i18nProvider.ts';
import { clientTheme } from './shell/theme.ts';
import { ClientRoutes } from './shell/ClientRoutes.tsx';
import { HtmlLang } from './shell/HtmlLang.tsx';
import { CLIENT_PAGES } from './pageList.tsx';
import { PORTAL_BASE } from './base.ts';
import { statusOf } from './errors.ts';

/** The portal's choices (its language) in localStorage, apart from the back office's. */
const store = localStorageStore('1', 'interlock-portal');
const authProvider = createClientAuthProvider();
const i18nProvider = createClientI18nProvider();
/** A refusal (4xx) is an answer, not a hiccup: only network and server failures are tried again, twice. */
const isRefusal = (status = 0) => status >= 400 && status < 500;
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: (failures, error) => !isRefusal(statusOf(error)) && failures < 2 } } });

/** The client portal: ra-core's contexts (no react-admin UI) over our API, MUI, routes under /portal/. */
export const ClientApp = () => (
  <ThemeProvider theme={clientTheme}>
    <CssBaseline />
    <BrowserRouter basename={PORTAL_BASE}>
      <CoreAdminContext dataProvider={clientDataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={store} queryClient={queryClient}>
        <HtmlLang />
        <ClientRoutes pages={CLIENT_PAGES} />
      </CoreAdminContext>
    </BrowserRouter>
  </ThemeProvider>
);
