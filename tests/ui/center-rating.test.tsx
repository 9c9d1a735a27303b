// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { rateCenter } from '../../audits/index.ts';
import { ServiceCenterShow } from '../../src/resources/service-centers/ServiceCenterShow.tsx';
import { renderResource } from './render.tsx';

const rating = rateCenter({
  asOf: '2026-06-01',
  baseline: { date: '2024-01-10', percent: 92 },
  audits: [
    { date: '2025-01-10', percent: 88 },
    { date: '2026-01-10', percent: 74 },
  ],
  correctiveActions: { open: 3, overdue: 1 },
});

const center = {
  id: 7,
  name: 'Acme Audio',
  onboardingStatus: 'live',
  contacts: [],
  priceList: [],
  rating: rating.score,
  ratingStars: rating.stars,
  ratingGrade: rating.grade,
  ratedAt: '2026-06-01T08:00:00.000Z',
};

const ratingRecord = {
  id: 3,
  serviceCenterId: 7,
  computedAt: '2026-06-01T08:00:00.000Z',
  score: rating.score,
  stars: rating.stars,
  grade: rating.grade,
  methodologyVersion: rating.methodologyVersion,
  explanation: rating.contributions,
  inputs: {},
};

afterEach(cleanup);

describe('service center rating tab', () => {
  it('shows stars, grade, score, methodology and why: each contribution with weight, value and points', async () => {
    const list = vi.fn(async (resource: string) => ({ data: resource === 'ratings' ? [ratingRecord] : [], total: resource === 'ratings' ? 1 : 0 }));
    const dataProvider = testDataProvider({
      getOne: vi.fn(async () => ({ data: center })) as DataProvider['getOne'],
      getList: list as DataProvider['getList'],
      getManyReference: list as DataProvider['getManyReference'],
      getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
    });
    renderResource('service-centers', dataProvider, <ServiceCenterShow />, '/service-centers/7/rating');
    const table = await screen.findByRole('table', { name: 'Why this rating' });
    expect(screen.getByText(`Grade ${rating.grade}`)).toBeTruthy();
    expect(screen.getByText(`${rating.score!.toFixed(2)} / 100`)).toBeTruthy();
    expect(screen.getByText(new RegExp(`methodology ${rating.methodologyVersion}`))).toBeTruthy();
    const audits = rating.contributions.find((c) => c.key === 'audits')!;
    const row = within(table).getByText(audits.label).closest('tr')!;
    expect(row.textContent).toContain(audits.points.toFixed(2));
    expect(row.textContent).toContain(audits.basis);
    expect(within(table).getByText(rating.score!.toFixed(2))).toBeTruthy();
    expect(screen.getByText('Rating history')).toBeTruthy();
  });
});
