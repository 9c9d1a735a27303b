// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { TEMPLATES, scoreAudit, type AuditTemplate } from '../../audits/index.ts';
import { AuditEdit } from '../../src/resources/audits/AuditEdit.tsx';
import { AuditShow } from '../../src/resources/audits/AuditShow.tsx';
import { validateCorrectiveAction } from '../../src/resources/corrective-actions/rules.ts';
import { percent } from '../../src/numbers.ts';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';
import type { Role } from '../../server/auth/roles.ts';

const annual = TEMPLATES.find((t) => t.kind === 'annual')!;

const draft = {
  id: 5,
  version: 2,
  serviceCenterId: 7,
  templateId: 1,
  kind: 'annual',
  amendsAuditId: null,
  auditor: 'Dana Reyes',
  auditDate: '2026-11-20',
  answers: {},
  notes: null,
  status: 'draft',
  score: null,
  rawScore: null,
  band: null,
  nextAuditDue: null,
  criticalFailure: false,
  sectionResults: null,
  submittedAt: null,
  submittedBy: null,
};

/** A template of two items, quick to answer. */
const small: AuditTemplate = {
  key: 'tiny',
  version: 1,
  kind: 'annual',
  title: 'Tiny',
  sections: [
    {
      key: 'storage',
      title: 'Storage',
      items: [
        { key: 'locked', requirement: 'security.locked', kind: 'yesNo', text: 'Storage locked', weight: 2, critical: true, correctiveAction: 'Lock it.' },
        { key: 'spares', requirement: 'tools.spares', kind: 'count', text: 'Spare devices', minimum: 2, unit: 'devices', weight: 1, correctiveAction: 'Order spares.' },
      ],
    },
  ],
};

function provider(audit: object, definition: AuditTemplate, extra: Partial<DataProvider> = {}) {
  const records: Record<string, object> = {
    audits: audit,
    'audit-templates': { id: 1, key: definition.key, version: definition.version, kind: definition.kind, title: definition.title, definition },
  };
  return testDataProvider({
    getOne: vi.fn(async (resource: string) => ({ data: records[resource] })) as DataProvider['getOne'],
    getMany: vi.fn(async (resource: string) => ({
      data: resource === 'service-centers' ? [{ id: 7, name: 'Acme Audio' }] : [records[resource] ?? { id: 1 }],
    })) as DataProvider['getMany'],
    getList: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getList'],
    getManyReference: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getManyReference'],
    ...extra,
  });
}

const section = (title: string) => screen.getByRole('region', { name: title });

afterEach(cleanup);

describe('audit form', () => {
  it('scores the answers live and keeps Submit disabled while items are unanswered', { timeout: 30000 }, async () => {
    renderResource('audits', provider(draft, annual), <AuditEdit />, '/audits/5');
    const total = annual.sections.reduce((n, s) => n + s.items.length, 0);
    expect((await screen.findByTestId('live-unanswered', {}, { timeout: 8000 })).textContent).toBe(`${total} of ${total} items unanswered`);
    expect(screen.getByTestId('live-score').textContent).toBe('—');
    const submit = (await screen.findByRole('button', { name: 'Submit audit' })) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(screen.getByTestId('submit-reason').textContent).toBe(`${total} items unanswered`);

    const premises = section(annual.sections[0].title);
    const [first, second] = annual.sections[0].items;
    expect(first.kind).toBe('yesNo');
    fireEvent.click(within(premises).getAllByRole('radio', { name: 'Yes' })[0]);
    await waitFor(() => expect(screen.getByTestId('live-score').textContent).toBe('100 %'));
    expect(screen.getByTestId('live-unanswered').textContent).toBe(`${total - 1} of ${total} items unanswered`);
    expect(screen.getByTestId('submit-reason').textContent).toBe(`${total - 1} items unanswered`);

    // A failed answer lowers the score and the section's percent, and becomes a finding.
    expect(second.kind).toBe('yesNo');
    fireEvent.click(within(premises).getAllByRole('radio', { name: 'No' })[1]);
    await waitFor(() => expect(screen.getByTestId('live-score').textContent).not.toBe('100 %'));
    const oracle = scoreAudit(annual, { [first.key]: { value: 'yes' }, [second.key]: { value: 'no' } }, { auditDate: draft.auditDate });
    const expected = oracle.sections[0].percent;
    const live = screen.getByRole('complementary', { name: 'Result so far' });
    const rows = within(live).getAllByRole('row');
    const premisesRow = rows.find((row) => row.textContent?.startsWith(annual.sections[0].title))!;
    expect(premisesRow.textContent).toContain(percent(expected));
    expect(screen.getByTestId('live-score').textContent).toBe(percent(oracle.percent));
    expect(within(live).getByText(oracle.findings[0].title)).toBeTruthy();
    expect(submit.disabled).toBe(true);
  });

  it('enables Submit once every item is answered, then saves, submits and opens the audit', async () => {
    const update = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { ...draft, ...params.data, version: 3 } }));
    const submitAudit = vi.fn(async () => ({ data: { ...draft, status: 'submitted' } }));
    renderResource('audits', provider(draft, small, { update, submitAudit } as Partial<DataProvider>), <AuditEdit />, '/audits/5');
    const submit = (await screen.findByRole('button', { name: 'Submit audit' })) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(screen.getByTestId('live-score').textContent).toBe('0 %'));
    expect(screen.getByText(/critical item fails/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Count'), { target: { value: '3' } });
    await waitFor(() => expect(screen.getByTestId('live-score').textContent).toBe('33.3 %'));
    await waitFor(() => expect(screen.getByTestId('live-unanswered').textContent).toBe('All 2 items answered'));
    expect(submit.disabled).toBe(false);
    expect(screen.queryByTestId('submit-reason')).toBeNull();

    fireEvent.click(submit);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(submitAudit).toHaveBeenCalledWith(5));
    expect(update.mock.calls[0][1].data).toMatchObject({ version: 2, answers: { locked: { value: 'no' }, spares: { value: 3 } } });
    expect(update.mock.invocationCallOrder[0]).toBeLessThan(submitAudit.mock.invocationCallOrder[0]);
  });

  it('says the score before the cap, to one decimal, when a critical item caps it', async () => {
    // 104 of 107 points: 97.19626168224299 % before the cap
    const heavy: AuditTemplate = { ...small, sections: [{ ...small.sections[0], items: [{ ...small.sections[0].items[0], weight: 3 }, { ...small.sections[0].items[1], weight: 104 }] }] };
    renderResource('audits', provider(draft, heavy), <AuditEdit />, '/audits/5');
    fireEvent.click(await screen.findByRole('radio', { name: 'No' }));
    fireEvent.change(screen.getByLabelText('Count'), { target: { value: '3' } });
    expect(await screen.findByText('Capped by a critical item; 97.2 % before the cap')).toBeTruthy();
    const oracle = scoreAudit(heavy, { locked: { value: 'no' }, spares: { value: 3 } }, { auditDate: draft.auditDate });
    expect(oracle.rawPercent).toBe((104 / 107) * 100);
    expect(screen.getByTestId('live-score').textContent).toBe(percent(oracle.percent));
  });

  it('shows the score and the score before the cap of a submitted audit to one decimal', async () => {
    const capped = { ...draft, status: 'submitted', score: 69, rawScore: 97.19626168224299, band: 'fails', criticalFailure: true, sectionResults: [] };
    renderResource('audits', provider(capped, annual), <AuditShow />, '/audits/5');
    expect(await screen.findByText('97.2 %')).toBeTruthy();
    expect(screen.getByText('69 %')).toBeTruthy();
  });

  it('shows a submitted audit without an Edit button, with Amend', async () => {
    const submitted = { ...draft, status: 'submitted', score: 91.5, band: 'good', sectionResults: [] };
    renderResource('audits', provider(submitted, annual), <AuditShow />, '/audits/5');
    expect(await screen.findByText('Dana Reyes')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Amend' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /edit|continue/i })).toBeNull();
  });
});

describe('the Submit button follows the server', () => {
  /** The small draft's form, both items answered, signed in as `role`. */
  async function answered(role: Role, { dryRun, submitAudit = vi.fn(async () => ({ data: { ...draft, status: 'submitted' } })) }: { dryRun?: DryRun; submitAudit?: ReturnType<typeof vi.fn> } = {}) {
    const update = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { ...draft, ...params.data, version: 3 } }));
    renderResource('audits', provider(draft, small, { update, submitAudit } as Partial<DataProvider>), <AuditEdit />, '/audits/5', { authProvider: authProviderFor(role, { dryRun }) });
    fireEvent.click(await screen.findByRole('radio', { name: 'Yes' }));
    fireEvent.change(screen.getByLabelText('Count'), { target: { value: '3' } });
    await waitFor(() => expect(screen.getByTestId('live-unanswered').textContent).toBe('All 2 items answered'));
    return submitAudit;
  }

  it('submits for compliance after a confirmation and tells it is done', async () => {
    const submitAudit = await answered('compliance');
    const submit = (await screen.findByRole('button', { name: 'Submit audit' })) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(submitAudit).toHaveBeenCalledWith(5));
    expect(await screen.findByText('Audit submitted')).toBeTruthy();
  });

  it("is disabled with the server's reason when the dry run refuses it", async () => {
    await answered('onboarding', { dryRun: refusing({ submit: 'Onboarding staff record initial assessments only' }) });
    expect((await screen.findByTestId('submit-reason')).textContent).toBe('Onboarding staff record initial assessments only');
    expect(((await screen.findByRole('button', { name: 'Submit audit' })) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's reason, with the items it names, when it refuses", async () => {
    const submitAudit = vi.fn().mockRejectedValue(new HttpError('2 items unanswered', 409, { message: '2 items unanswered', errors: { answers: ['locked', 'spares'] } }));
    await answered('admin', { submitAudit });
    const submit = (await screen.findByRole('button', { name: 'Submit audit' })) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('2 items unanswered: locked, spares')).toBeTruthy();
  });

  it('is not offered to a regional manager (who does not get the form either)', async () => {
    renderResource('audits', provider(draft, small), <AuditEdit />, '/audits/5', { authProvider: authProviderFor('regional-manager') });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('button', { name: 'Submit audit' })).toBeNull();
  });
});

describe('a submitted audit', () => {
  it('opens read-only: its edit address shows no form', async () => {
    const getOne = vi.fn(async () => ({ data: { ...draft, status: 'submitted' } }));
    renderResource('audits', provider(draft, annual, { getOne } as Partial<DataProvider>), <AuditEdit />, '/audits/5');
    await waitFor(() => expect(getOne).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('button', { name: 'Submit audit' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});

describe('corrective action rule', () => {
  it('needs an evidence file to close a major or critical action, not a minor one', () => {
    expect(validateCorrectiveAction({ severity: 'major', status: 'done' }, undefined, 0)).toHaveProperty('evidence');
    expect(validateCorrectiveAction({ severity: 'critical', status: 'verified' })).toHaveProperty('evidence');
    expect(validateCorrectiveAction({ severity: 'major', status: 'open' }, undefined, 0)).toEqual({});
    expect(validateCorrectiveAction({ severity: 'minor', status: 'done' }, undefined, 0)).toEqual({});
    expect(validateCorrectiveAction({ severity: 'major', status: 'done' }, undefined, 1)).toEqual({});
  });
});
