// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { AdminContext, Resource, TestMemoryRouter, memoryStore, testDataProvider } from 'react-admin';
import { Menu } from '../../src/layout/Menu.tsx';
import { i18nProvider } from '../../src/providers/i18nProvider.ts';
import type { Role } from '../../server/auth/roles.ts';
import { authProviderFor } from './render.tsx';

const renderMenu = (role: Role) =>
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={testDataProvider()} authProvider={authProviderFor(role)} i18nProvider={i18nProvider} store={memoryStore()}>
        <Resource name="work-orders" list={() => null} />
        <Resource name="devices" list={() => null} />
        <Menu />
      </AdminContext>
    </TestMemoryRouter>,
  );

afterEach(cleanup);

describe('the service-center portal menu', () => {
  test('center staff get the portal pages in their order, and no back-office resource or page', async () => {
    renderMenu('center-staff');
    const today = await screen.findByRole('menuitem', { name: 'Today' });
    const menu = today.closest('ul')!;
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Today', 'Walk-in', 'Equipment', 'Quality', 'Paperwork', 'Hours', 'Statement']);
    expect(today.getAttribute('href')).toBe('/today');
    for (const backOffice of ['Dashboard', 'Work orders', 'Devices', 'Calibrations']) expect(screen.queryByText(backOffice), backOffice).toBeNull();
  });

  test.each(['admin', 'compliance'] as const)('%s keeps the back office’s menu, without the portal’s pages', async (role) => {
    renderMenu(role);
    expect(await screen.findByText('Calibrations')).toBeTruthy();
    expect(screen.getByText('Dashboard')).toBeTruthy();
    expect(screen.queryByText('Today')).toBeNull();
    expect(screen.queryByText('Statement')).toBeNull();
  });
});
