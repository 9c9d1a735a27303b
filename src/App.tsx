import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource, defaultDarkTheme, defaultLightTheme, localStorageStore } from 'react-admin';
import { authProvider } from './providers/authProvider.ts';
import { dataProvider } from './providers/dataProvider.ts';
import { i18nProvider } from './providers/i18nProvider.ts';
import { resources } from './resources/registry.ts';
import { Layout } from './layout/Layout.tsx';
import { ChangePassword } from './account/ChangePassword.tsx';
import { PAGES } from './pageList.tsx';
import { Dashboard } from './dashboard/Dashboard.tsx';

const store = localStorageStore('1', 'interlock');

export const App = () => (
  <Admin
    title="Interlock Back Office"
    authProvider={authProvider}
    requireAuth
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    store={store}
    theme={defaultLightTheme}
    darkTheme={defaultDarkTheme}
    disableTelemetry
  >
    {resources.map((resource) => (
      <Resource key={resource.name} {...resource} />
    ))}
    <CustomRoutes>
      <Route path="/password" element={<ChangePassword />} />
      {PAGES.filter((page) => !page.print).map((page) => (
        <Route key={page.path} path={page.path} element={page.element} />
      ))}
    </CustomRoutes>
    <CustomRoutes noLayout>
      {PAGES.filter((page) => page.print).map((page) => (
        <Route key={page.path} path={page.path} element={page.element} />
      ))}
    </CustomRoutes>
  </Admin>
);
