import type { ReactNode } from 'react';
import { configure, render } from '@testing-library/react';
import { Route, Routes, type InitialEntry } from 'react-router-dom';
import {
  AdminContext,
  Notification,
  ResourceContextProvider,
  TestMemoryRouter,
  memoryStore,
  type AuthProvider,
  type DataProvider,
  type Identifier,
} from 'react-admin';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import { vi } from 'vitest';
import { createAuthProvider } from '../../src/providers/authProvider.ts';
import type { Decisions } from '../../src/providers/dataProvider.ts';
import type { Role } from '../../server/auth/roles.ts';
import { permissionsFor } from './permissions.ts';

// A control appears once the server's answers are in (who is signed in, the record's dry run): give the queries time under a loaded run.
configure({ asyncUtilTimeout: 5000 });

/**
 * Renders a screen of one resource inside react-admin's contexts with a given data provider,
 * at `path` (e.g. `/work-orders/5` so that an Edit finds its id, or `{ pathname, state }` for a
 * screen opened with navigation state); notifications are shown.
 * Without an `authProvider` everything is allowed.
 */
export function renderResource(
  resource: string,
  dataProvider: DataProvider,
  ui: ReactNode,
  path: InitialEntry = `/${resource}`,
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

/** The dry run of one record: the decisions the server would answer (actions left out are allowed). */
export type DryRun = (resource: string, id: Identifier) => Decisions | Promise<Decisions>;

/**
 * The app's auth provider signed in as someone with this role: GET /api/auth/me answers the role's
 * permissions (with the commands), and the dry run of a record answers `dryRun` (by default every
 * action allowed). `actions` is the dry run's mock.
 */
export function authProviderFor(role: Role, { dryRun = () => ({}) }: { dryRun?: DryRun } = {}) {
  const me = {
    id: 1,
    name: `A ${role}`,
    email: `${role}@example.com`,
    regionId: role === 'regional-manager' ? 1 : null,
    serviceCenterId: role === 'center-staff' ? 1 : null,
    permissions: permissionsFor(role),
    home: '/',
  };
  const client = vi.fn(async (url: string) => {
    if (url !== '/api/auth/me') throw new Error(`no ${url} in this test`);
    return { json: me };
  });
  const actions = vi.fn(async (resource: string, id: Identifier) => ({ data: await dryRun(resource, id) }));
  return Object.assign(createAuthProvider(client as never, actions), { actions });
}

/** A dry run that refuses these actions with these reasons, on every record. */
export const refusing =
  (reasons: Record<string, string>): DryRun =>
  () =>
    Object.fromEntries(Object.entries(reasons).map(([action, reason]) => [action, { allowed: false as const, status: 409 as const, reason }]));
