import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  AdminContext,
  Notification,
  ResourceContextProvider,
  TestMemoryRouter,
  memoryStore,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import { canAccessWith } from '../../src/providers/canAccess.ts';
import { permissionsOf } from '../../server/auth/policy.ts';
import type { Role } from '../../server/auth/roles.ts';

/**
 * Renders a screen of one resource inside react-admin's contexts with a given data provider,
 * at `path` (e.g. `/work-orders/5` so that an Edit finds its id); notifications are shown.
 * Without an `authProvider` everything is allowed.
 */
export function renderResource(
  resource: string,
  dataProvider: DataProvider,
  ui: ReactNode,
  path = `/${resource}`,
  { authProvider }: { authProvider?: AuthProvider } = {},
) {
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <ResourceContextProvider value={resource}>
          <Routes>
            <Route path={`/${resource}/*`} element={ui} />
            <Route path={`/${resource}/:id/*`} element={ui} />
          </Routes>
        </ResourceContextProvider>
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

/** An auth provider signed in as someone with this role, answering canAccess from the server's role table. */
export function authProviderFor(role: Role): AuthProvider {
  const permissions = permissionsOf({ id: 1, role, regionId: 1, serviceCenterId: 1 });
  return {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => permissions,
    getIdentity: async () => ({ id: 1, fullName: `A ${role}` }),
    canAccess: async ({ resource, action }) => canAccessWith(permissions, { resource, action }),
  };
}
