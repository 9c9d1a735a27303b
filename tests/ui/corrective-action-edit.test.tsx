// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import { CorrectiveActionEdit } from '../../src/resources/corrective-actions/CorrectiveActionEdit.tsx';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';

const action = { id: 4, findingId: 2, auditId: 1, serviceCenterId: 7, severity: 'minor', description: 'Replace the worn seal', owner: null, dueDate: '2026-07-01', evidence: null, status: 'open', closedAt: null, version: 1 };

let files: Record<string, unknown>[] = [];

function setup(dryRun?: DryRun) {
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: action })) as never,
    getMany: (async () => ({ data: [] })) as never,
    getList: (async () => ({ data: files, total: files.length })) as never,
  });
  renderResource('corrective-actions', dataProvider, <CorrectiveActionEdit />, '/corrective-actions/4', { authProvider: authProviderFor('compliance', { dryRun }) });
}

const statusSelect = async () => (await screen.findByRole('combobox', { name: /status/i })) as HTMLElement;

describe('closing a corrective action is the policy’s close command', () => {
  afterEach(cleanup);

  it('compliance may set the status', async () => {
    setup();
    const select = await statusSelect();
    await waitFor(() => expect(select.getAttribute('aria-disabled')).not.toBe('true'));
  });

  it('lists the evidence files, or says there is none, and offers to attach one', async () => {
    files = [];
    setup();
    expect(await screen.findByText('No evidence file attached yet')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Attach' })).toBeTruthy();
    cleanup();
    files = [{ id: 9, fileName: 'seal-photo.png', correctiveActionId: 4, serviceCenterId: 7, kind: 'corrective-action-evidence' }];
    setup();
    const link = await screen.findByRole('link', { name: 'seal-photo.png' });
    expect(link.getAttribute('href')).toBe('/api/documents/9/file');
  });

  it('the status stays as it is when the server refuses close on this action', async () => {
    setup(refusing({ close: 'Not yours to close' }));
    const select = await statusSelect();
    await waitFor(() => expect(select.getAttribute('aria-disabled')).toBe('true'));
  });
});

describe('moving the due date asks for the reason', () => {
  afterEach(cleanup);

  it('shows the reason input only once the date changes, and requires it to save', async () => {
    setup();
    const due = (await screen.findByLabelText('Due')) as HTMLInputElement;
    expect(screen.queryByLabelText('Why the due date moves')).toBeNull();
    fireEvent.change(due, { target: { value: '2026-08-15' } });
    const reason = await screen.findByLabelText('Why the due date moves');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await screen.findByText('Give the reason for moving the due date');
    fireEvent.change(reason, { target: { value: 'Parts on order' } });
    await waitFor(() => expect(screen.queryByText('Give the reason for moving the due date')).toBeNull());
    fireEvent.change(due, { target: { value: '2026-07-01' } });
    await waitFor(() => expect(screen.queryByLabelText('Why the due date moves')).toBeNull());
  });
});
