// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { QualityPage } from '../../src/quality/QualityPage.tsx';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';

afterEach(cleanup);

const center = { id: 1, name: 'Acme Audio', rating: 81.5, ratingStars: 4, ratingGrade: 'B', ratedAt: '2026-05-01T10:00:00.000Z', version: 3 };
const open = { id: 4, findingId: 2, auditId: 1, serviceCenterId: 1, severity: 'minor', description: 'Replace the worn seal', owner: null, dueDate: '2020-01-31', evidence: null, status: 'open', closedAt: null, reviewComment: null, version: 2 };
const reopened = { ...open, id: 5, description: 'Post the price list', dueDate: '2099-12-31', reviewComment: 'The photo shows the old list', reviewedBy: 'Cam Compliance', reviewedAt: '2026-05-02T10:00:00.000Z' };
const answered = { ...open, id: 6, description: 'Calibrate the bench', status: 'done', response: 'Calibrated on 3 May', respondedBy: 'Sam Staff', respondedAt: '2026-05-03T10:00:00.000Z' };

function setup(dryRun?: DryRun) {
  const respondToAction = vi.fn(async (id: number, body: { response: string }) => ({ data: { ...open, id, status: 'done', response: body.response } }));
  const uploadEvidence = vi.fn(async () => ({ data: { id: 30 } }));
  const lists: Record<string, unknown[]> = { 'service-centers': [center], 'corrective-actions': [open, reopened, answered], audits: [], ratings: [], documents: [] };
  const dataProvider = {
    ...testDataProvider({
      getList: vi.fn(async (resource: string) => ({ data: lists[resource] ?? [], total: (lists[resource] ?? []).length })) as DataProvider['getList'],
      getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
      getManyReference: vi.fn(async () => ({ data: [], total: 0 })) as DataProvider['getManyReference'],
    }),
    respondToAction,
    uploadEvidence,
  } as DataProvider;
  renderResource('quality', dataProvider, <QualityPage />, '/quality', { authProvider: authProviderFor('center-staff', { dryRun }) });
  return { respondToAction, uploadEvidence };
}

const card = async (id: number) => within(await screen.findByTestId(`action-${id}`));

describe('the quality page’s corrective actions', () => {
  it('shows what to answer: overdue ones highlighted, reopened ones with the reviewer’s comment, answered ones awaiting verification', async () => {
    setup();
    expect((await card(4)).getByText('Overdue: was due 2020-01-31')).toBeTruthy();
    expect((await card(5)).getByText('Due 2099-12-31')).toBeTruthy();
    expect((await card(5)).getByTestId('review-comment').textContent).toMatch(/Reopened by Cam Compliance.*The photo shows the old list/);
    const done = await card(6);
    expect(done.getByText('Awaiting verification')).toBeTruthy();
    expect(done.getByText('Calibrated on 3 May')).toBeTruthy();
    expect(done.queryByRole('button', { name: 'Answer' })).toBeNull();
  });

  it('Answer opens a dialog: the text is required, evidence can be attached, sending it answers the action with the version seen', async () => {
    const { respondToAction } = setup();
    fireEvent.click(await (await card(4)).findByRole('button', { name: 'Answer' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Replace the worn seal')).toBeTruthy();
    expect(await dialog.findByText('No evidence file attached yet')).toBeTruthy();
    expect(dialog.getByRole('button', { name: 'Attach' })).toBeTruthy();
    const send = dialog.getByRole('button', { name: 'Send for verification' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(dialog.getByLabelText(/What was done/), { target: { value: '  New seal fitted  ' } });
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    await waitFor(() => expect(respondToAction).toHaveBeenCalledWith(4, { response: 'New seal fitted', version: 2 }));
    expect(await screen.findByText('Answer sent: awaiting verification')).toBeTruthy();
  });

  it('when the server refuses the answer on an action, the button says why and is off', async () => {
    setup(refusing({ respond: 'This corrective action was already answered' }));
    const button = (await (await card(4)).findByRole('button', { name: 'Answer' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(screen.getAllByTestId('answer-action-reason')[0].textContent).toBe('This corrective action was already answered');
  });
});
