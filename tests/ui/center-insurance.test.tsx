// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { ServiceCenterShow } from '../../src/resources/service-centers/ServiceCenterShow.tsx';
import { addDaysToIsoDay, today } from '../../src/dates.ts';
import { renderResource } from './render.tsx';

afterEach(cleanup);

const centerWithBinder = (insuranceExpiresOn: string | null) =>
  testDataProvider({
    getOne: vi.fn(async () => ({ data: { id: 7, name: 'Acme Audio', onboardingStatus: 'live', contacts: [], priceList: [], insuranceExpiresOn } })) as DataProvider['getOne'],
    getList: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getList'],
    getManyReference: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getManyReference'],
    getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
  });

describe('a service center’s insurance binder on its show page', () => {
  it('warns that an expired binder stops new work orders, naming the expiry', async () => {
    renderResource('service-centers', centerWithBinder('2026-01-01'), <ServiceCenterShow />, '/service-centers/7');
    const alert = await screen.findByTestId('insurance-lapse');
    expect(alert.textContent).toMatch(/Insurance binder expired on 2026-01-01: this center receives no new work orders/);
  });

  it.each([
    ['expiring today', today()],
    ['current', addDaysToIsoDay(today(), 60)],
    ['not on file', null],
  ])('says nothing of a binder %s', async (_label, expiresOn) => {
    renderResource('service-centers', centerWithBinder(expiresOn), <ServiceCenterShow />, '/service-centers/7');
    await screen.findAllByText('Acme Audio');
    expect(screen.queryByTestId('insurance-lapse')).toBeNull();
  });
});
