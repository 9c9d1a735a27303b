// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { sampleAnswers, scoreAudit, type AuditTemplate } from '../../audits/index.ts';
import { AuditTemplateEdit } from '../../src/resources/audit-templates/AuditTemplateEdit.tsx';
import { AuditTemplateShow } from '../../src/resources/audit-templates/AuditTemplateShow.tsx';
import { percent } from '../../src/numbers.ts';
import { authProviderFor, refusing, renderResource } from './render.tsx';

/** A draft of three items: a critical yes/no, a count and a measurement with a tolerance. */
const tiny: AuditTemplate = {
  key: 'tiny',
  version: 2,
  kind: 'annual',
  title: 'Tiny',
  sections: [
    {
      key: 'storage',
      title: 'Storage',
      items: [
        { key: 'locked', requirement: 'security.locked', kind: 'yesNo', text: 'Storage locked', weight: 2, critical: true, correctiveAction: 'Lock it.' },
        { key: 'spares', requirement: 'tools.spares', kind: 'count', text: 'Spare devices', minimum: 2, unit: 'devices', weight: 1, correctiveAction: 'Order spares.' },
        {
          key: 'standard',
          requirement: 'calibration.standard',
          kind: 'measurement',
          text: 'Calibration check',
          unit: 'g/210L',
          check: { type: 'tolerance', tolerancePercent: 10, referenceRange: { min: 0.03, max: 0.05 } },
          weight: 3,
          correctiveAction: 'Recalibrate.',
        },
      ],
    },
  ],
};

const draft = { id: 3, key: 'tiny', version: 2, kind: 'annual', title: 'Tiny', definition: tiny, fingerprint: 'sha256:0', status: 'draft', publishedAt: null, publishedById: null };
const published = { ...draft, status: 'published', publishedAt: '2026-12-01T10:00:00.000Z', publishedById: 1 };

function provider(record: object, extra: Partial<DataProvider> = {}) {
  return testDataProvider({
    getOne: vi.fn(async () => ({ data: record })) as DataProvider['getOne'],
    getMany: vi.fn(async () => ({ data: [{ id: 1, name: 'Avery Admin' }] })) as DataProvider['getMany'],
    getList: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getList'],
    ...extra,
  });
}

const summary = () => screen.getByTestId('preview-summary').textContent;
const oracle = (t: AuditTemplate, failing: string[] = []) => scoreAudit(t, sampleAnswers(t, failing), { auditDate: '2026-12-06' });
const weightInputs = () => screen.getAllByLabelText(/^Weight/) as HTMLInputElement[];

afterEach(cleanup);

describe('the checklist editor', () => {
  it('shows the draft’s sections and items, and previews its scoring on a sample as it changes', { timeout: 30000 }, async () => {
    renderResource('audit-templates', provider(draft), <AuditTemplateEdit />, '/audit-templates/3');
    expect(((await screen.findAllByLabelText(/^Question/, {}, { timeout: 8000 }))[0] as HTMLInputElement).value).toBe('Storage locked');
    expect(weightInputs().map((i) => i.value)).toEqual(['2', '1', '3']);
    expect((screen.getByLabelText(/^Tolerance ± %/) as HTMLInputElement).value).toBe('10');
    expect(summary()).toBe(`With these answers: ${percent(oracle(tiny).percent)}, Excellent; findings: 0, critical: 0`);

    // the critical item fails in the sample
    const failing = within(screen.getByRole('region', { name: 'Preview on a sample audit' })).getByLabelText('Items that fail in the sample (the others pass)');
    fireEvent.mouseDown(failing);
    fireEvent.click(await screen.findByRole('option', { name: 'Storage locked' }));
    const capped = oracle(tiny, ['locked']);
    await waitFor(() => expect(summary()).toBe(`With these answers: ${percent(capped.percent)}, Fails (re-audit); findings: 1, critical: 1`));

    // a heavier count item changes the preview; a weight of 0 makes it unscorable, with the reason
    fireEvent.change(weightInputs()[1], { target: { value: '10' } });
    const heavier = structuredClone(tiny);
    heavier.sections[0].items[1].weight = 10;
    await waitFor(() => expect(summary()).toBe(`With these answers: ${percent(oracle(heavier, ['locked']).percent)}, Fails (re-audit); findings: 1, critical: 1`));
    fireEvent.change(weightInputs()[1], { target: { value: '0' } });
    expect((await screen.findByTestId('preview-issues')).textContent).toContain('sections[0].items[1].weight: must be a number > 0');
  });

  it('saves the checklist without empty settings, and shows what the server refuses under the field', { timeout: 30000 }, async () => {
    const update = vi.fn().mockRejectedValue(new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { 'definition.sections.0.items.2.weight': 'must be a number > 0' } }));
    renderResource('audit-templates', provider(draft, { update } as Partial<DataProvider>), <AuditTemplateEdit />, '/audit-templates/3');
    await screen.findAllByLabelText(/^Question/, {}, { timeout: 8000 });
    fireEvent.change(weightInputs()[2], { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    const sent = update.mock.calls[0][1].data as { definition: AuditTemplate };
    expect(Object.keys(sent)).toEqual(['definition']);
    const expected = structuredClone(tiny);
    expected.sections[0].items[2].weight = 4;
    expect(sent.definition).toEqual(expected);
    expect(await screen.findByText('must be a number > 0')).toBeTruthy();
  });

  it('publishes after a confirmation: saves the checklist on screen first, then opens the published version', { timeout: 30000 }, async () => {
    const update = vi.fn(async (_resource: string, params: { data: object }) => ({ data: { ...draft, ...params.data } }));
    const publishTemplate = vi.fn(async () => ({ data: published }));
    renderResource('audit-templates', provider(draft, { update, publishTemplate } as Partial<DataProvider>), <AuditTemplateEdit />, '/audit-templates/3', { authProvider: authProviderFor('admin') });
    const publish = await screen.findByRole('button', { name: 'Publish' }, { timeout: 8000 });
    await waitFor(() => expect((publish as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(publish);
    expect(await screen.findByText('Publish version 2?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(publishTemplate).toHaveBeenCalledWith(3, 2));
    expect(update.mock.invocationCallOrder[0]).toBeLessThan(publishTemplate.mock.invocationCallOrder[0]);
    expect(await screen.findByText('Checklist published')).toBeTruthy();
  });
});

describe('a published checklist', () => {
  it('is read-only: Edit is disabled with the server’s reason, New version makes a draft and opens it', { timeout: 30000 }, async () => {
    const newTemplateVersion = vi.fn(async () => ({ data: { ...draft, id: 4, version: 3 } }));
    const dryRun = refusing({ update: 'A published checklist is never changed: make a new version' });
    renderResource('audit-templates', provider(published, { newTemplateVersion } as Partial<DataProvider>), <AuditTemplateShow />, '/audit-templates/3/show', { authProvider: authProviderFor('admin', { dryRun }) });
    expect((await screen.findByTestId('edit-reason')).textContent).toBe('A published checklist is never changed: make a new version');
    fireEvent.click(await screen.findByRole('button', { name: 'New version' }));
    await waitFor(() => expect(newTemplateVersion).toHaveBeenCalledWith(3, 2));
    expect(await screen.findByText('Draft of the new version made: edit it, then publish it')).toBeTruthy();
  });

  it('offers no New version to a role that may not make one', { timeout: 30000 }, async () => {
    renderResource('audit-templates', provider(published), <AuditTemplateShow />, '/audit-templates/3/show', { authProvider: authProviderFor('onboarding') });
    expect(await screen.findByText('Storage locked')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('button', { name: 'New version' })).toBeNull();
  });
});
