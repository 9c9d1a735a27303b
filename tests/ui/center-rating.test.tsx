// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { rateCenter } from '../../audits/index.ts';
import { decimal } from '../../src/numbers.ts';
import { ServiceCenterShow } from '../../src/resources/service-centers/ServiceCenterShow.tsx';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';

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

const list = vi.fn(async (resource: string) => ({ data: resource === 'ratings' ? [ratingRecord] : [], total: resource === 'ratings' ? 1 : 0 }));
const centerProvider = (recomputeRating: ReturnType<typeof vi.fn> = vi.fn(async () => ({ data: ratingRecord }))) => ({
  ...testDataProvider({
    getOne: vi.fn(async () => ({ data: center })) as DataProvider['getOne'],
    getList: list as DataProvider['getList'],
    getManyReference: list as DataProvider['getManyReference'],
    getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
  }),
  recomputeRating,
});

function renderRating(role: Role, { dryRun, recomputeRating }: { dryRun?: DryRun; recomputeRating?: ReturnType<typeof vi.fn> } = {}) {
  const dataProvider = centerProvider(recomputeRating);
  renderResource('service-centers', dataProvider, <ServiceCenterShow />, '/service-centers/7/rating', { authProvider: authProviderFor(role, { dryRun }) });
  return dataProvider;
}

describe('service center rating tab', () => {
  it('shows stars, grade, score, methodology and why: each contribution with weight, value and points', async () => {
    renderResource('service-centers', centerProvider(), <ServiceCenterShow />, '/service-centers/7/rating');
    const table = await screen.findByRole('table', { name: 'Why this rating' });
    expect(screen.getByText(`Grade ${rating.grade}`)).toBeTruthy();
    expect(screen.getByText(`${decimal(rating.score)} / 100`)).toBeTruthy();
    expect(screen.getByText(new RegExp(`methodology ${rating.methodologyVersion}`))).toBeTruthy();
    const audits = rating.contributions.find((c) => c.key === 'audits')!;
    const row = within(table).getByText(audits.label).closest('tr')!;
    expect(row.textContent).toContain(decimal(audits.points));
    expect(row.textContent).toContain(audits.basis);
    expect(within(table).getByText(decimal(rating.score))).toBeTruthy();
    expect(screen.getByText('Rating history')).toBeTruthy();
  });

  it('recomputes the rating for compliance and tells it is done', async () => {
    const { recomputeRating } = renderRating('compliance');
    const button = (await screen.findByRole('button', { name: 'Recompute rating' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(recomputeRating).toHaveBeenCalledWith(7));
    expect(await screen.findByText('Rating recomputed')).toBeTruthy();
  });

  it('is disabled with the reason when the dry run refuses it', async () => {
    renderRating('admin', { dryRun: refusing({ 'recompute-rating': 'A closed center is no longer rated' }) });
    expect((await screen.findByTestId('recompute-reason')).textContent).toBe('A closed center is no longer rated');
    expect(((await screen.findByRole('button', { name: 'Recompute rating' })) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's reason when it refuses", async () => {
    const recomputeRating = vi.fn().mockRejectedValue(new HttpError('A regional-manager may not recompute ratings', 403, { message: 'A regional-manager may not recompute ratings', errors: {} }));
    renderRating('compliance', { recomputeRating });
    const button = (await screen.findByRole('button', { name: 'Recompute rating' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    expect(await screen.findByText('A regional-manager may not recompute ratings')).toBeTruthy();
  });

  it('is not offered to a regional manager', async () => {
    renderRating('regional-manager');
    await screen.findByRole('table', { name: 'Why this rating' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button', { name: 'Recompute rating' })).toBeNull();
  });
});
