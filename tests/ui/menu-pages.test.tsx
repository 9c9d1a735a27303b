// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, memoryStore, testDataProvider } from 'react-admin';
import { Menu } from '../../src/layout/Menu.tsx';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import type { Role } from '../../server/auth/roles.ts';
import { authProviderFor } from './render.tsx';

const renderMenu = (role: Role) =>
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={testDataProvider()} authProvider={authProviderFor(role)} i18nProvider={i18nProvider} store={memoryStore()}>
        <Menu />
      </AdminContext>
    </TestMemoryRouter>,
  );

// The custom pages' menu entries follow the same role table as the resources' (devices for the
// calibration list, onboarding documents for the board). Center staff get the portal's menu (portal-menu.test.tsx).
afterEach(cleanup);

describe('custom pages in the menu', () => {
  test.each([
    ['admin', ['Calibrations', 'Onboarding board']],
    ['compliance', ['Calibrations', 'Onboarding board']],
    ['regional-manager', ['Calibrations']],
    ['onboarding', ['Onboarding board']],
  ] as const)('%s sees %j', async (role, expected) => {
    renderMenu(role);
    await waitFor(() => expect(screen.getByText(expected[0])).toBeTruthy());
    for (const label of ['Calibrations', 'Onboarding board']) {
      expect(screen.queryByText(label) !== null, label).toBe(expected.includes(label as never));
    }
  });
});
