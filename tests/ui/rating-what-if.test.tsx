// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { applyWhatIf, rateCenter, suggestWhatIfs, type RatingInputs, type WhatIfChanges } from '../../audits/index.ts';
import { decimal } from '../../src/numbers.ts';
import { ServiceCenterShow } from '../../src/resources/service-centers/ServiceCenterShow.tsx';
import { authProviderFor, renderResource } from './render.tsx';

const INPUTS: RatingInputs = {
  asOf: '2026-06-01',
  baseline: { date: '2024-01-10', percent: 92 },
  audits: [{ id: 4, date: '2026-01-10', percent: 74 }],
  correctiveActions: { open: 2, overdue: 1 },
  operations: { workOrdersCompleted: 120, services: 120, complaints: 3, appointmentsScheduled: 100, appointmentsKept: 90 },
};
const OPEN = [
  { id: 21, severity: 'major', description: 'Seal the wiring', dueDate: '2026-05-01', overdue: true },
  { id: 22, severity: 'minor', description: 'Post the fee schedule', dueDate: '2026-07-01', overdue: false },
];
const current = rateCenter(INPUTS);
const center = { id: 7, name: 'Acme Audio', onboardingStatus: 'live', contacts: [], priceList: [], rating: current.score, ratingStars: current.stars, ratingGrade: current.grade, ratedAt: '2026-06-01T08:00:00.000Z' };

/** The server's answer, made by the same engine the server runs. */
const whatIf = vi.fn(async (_id: unknown, changes: WhatIfChanges) => ({
  data: { serviceCenterId: 7, asOf: INPUTS.asOf, changes, current, projected: rateCenter(applyWhatIf(INPUTS, OPEN, changes)), openActions: OPEN, suggestions: suggestWhatIfs(INPUTS, OPEN) },
}));

afterEach(() => {
  cleanup();
  whatIf.mockClear();
});

function renderRating(role: Role, ratingWhatIf = whatIf) {
  const list = vi.fn(async () => ({ data: [], total: 0 }));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async () => ({ data: center })) as DataProvider['getOne'],
      getList: list as DataProvider['getList'],
      getManyReference: list as DataProvider['getManyReference'],
      getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
    }),
    ratingWhatIf,
  };
  renderResource('service-centers', dataProvider, <ServiceCenterShow />, '/service-centers/7/rating', { authProvider: authProviderFor(role) });
}

describe('the what-if panel of the rating tab', () => {
  it('shows the rating now, the open actions to close and the three best single changes', async () => {
    renderRating('regional-manager');
    const panel = await screen.findByTestId('what-if');
    await waitFor(() => expect(whatIf).toHaveBeenCalledWith(7, {}));
    expect((await within(panel).findByTestId('what-if-current')).textContent).toContain(`${decimal(current.score)} / 100 · grade ${current.grade}`);
    expect(within(panel).getByLabelText(/Close all 2 open corrective actions/)).toBeTruthy();
    expect(within(panel).getByLabelText(/Close #21 \(major, overdue since 2026-05-01\): Seal the wiring/)).toBeTruthy();
    const best = suggestWhatIfs(INPUTS, OPEN);
    expect(best).toHaveLength(3);
    best.forEach((s, i) => {
      const item = within(panel).getByTestId(`what-if-suggestion-${i}`);
      expect(item.textContent).toContain(s.label);
      expect(item.textContent).toContain(`${decimal(s.rating.score)} / 100`);
    });
    expect(within(panel).getByText(/No change imagined yet/)).toBeTruthy();
  });

  it('asks for the changes chosen and shows the projected rating and the explanation lines they move', async () => {
    renderRating('compliance');
    const panel = await screen.findByTestId('what-if');
    fireEvent.click(await within(panel).findByLabelText(/Close #21/));
    fireEvent.change(within(panel).getByLabelText('An annual audit today at (%)'), { target: { value: '92' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Show the rating then' }));
    const changes = { closeCorrectiveActions: [21], nextAudit: { percent: 92 } };
    await waitFor(() => expect(whatIf).toHaveBeenCalledWith(7, changes));
    const projected = rateCenter(applyWhatIf(INPUTS, OPEN, changes));
    await waitFor(() => expect(within(panel).getByTestId('what-if-projected').textContent).toContain(`${decimal(projected.score)} / 100 · grade ${projected.grade}`));
    expect(within(panel).getByTestId('what-if-gain').textContent).toBe(`+${decimal(projected.score! - current.score!)} points`);
    const moved = within(panel).getByRole('table', { name: 'What the changes move' });
    const labels = within(moved).getAllByRole('row').slice(1).map((row) => row.firstChild?.textContent);
    expect(labels).toEqual(['Annual quality audits (recent ones weigh more)', 'Open and overdue corrective actions']);
    expect(moved.textContent).toContain('1 open, 0 overdue');
  });

  it('tries a suggestion in one click: its changes asked and filled into the form', async () => {
    renderRating('admin');
    const panel = await screen.findByTestId('what-if');
    const first = suggestWhatIfs(INPUTS, OPEN)[0];
    fireEvent.click(within(await within(panel).findByTestId('what-if-suggestion-0')).getByRole('button', { name: 'Try it' }));
    await waitFor(() => expect(whatIf).toHaveBeenCalledWith(7, first.changes));
    await waitFor(() => expect(within(panel).getByTestId('what-if-projected').textContent).toContain(`${decimal(first.rating.score)} / 100`));
  });

  it("shows the server's reason when it refuses the changes (an action closed meanwhile), and no projection", async () => {
    const reason = 'Corrective action 22 is not an open action of this center';
    const refusing = vi.fn(async (id: unknown, changes: WhatIfChanges) => {
      if (changes.closeCorrectiveActions) throw new HttpError('Bad changes', 400, { message: reason, errors: { closeCorrectiveActions: reason } });
      return whatIf(id, changes);
    });
    renderRating('compliance', refusing);
    const panel = await screen.findByTestId('what-if');
    fireEvent.click(await within(panel).findByLabelText(/Close #22/));
    fireEvent.click(within(panel).getByRole('button', { name: 'Show the rating then' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe(reason);
    expect(within(panel).queryByTestId('what-if-projected')).toBeNull();
  });

  it.each<Role>(['center-staff', 'onboarding'])('is not offered to %s (the policy does not let them ask)', async (role) => {
    renderRating(role);
    await screen.findByText('Rating history');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByTestId('what-if')).toBeNull();
    expect(whatIf).not.toHaveBeenCalled();
  });
});
