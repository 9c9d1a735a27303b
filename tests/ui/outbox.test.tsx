// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { OutboxShow } from '../../src/resources/outbox/OutboxShow.tsx';
import { OutboxList } from '../../src/resources/outbox/OutboxList.tsx';
import { authProviderFor, refusing, renderResource } from './render.tsx';

afterEach(cleanup);

const failed = {
  id: 31,
  kind: 'tracking-number',
  recipient: '(no address on file)',
  subject: 'Shipment on its way: UPS 1Z999 (ships 2026-12-01)',
  body: 'Your equipment is on its way.\n\nCarrier: UPS\nTracking number: 1Z999',
  status: 'failed',
  dedupeKey: 'tracking-number:805:1Z999',
  resource: 'shipments',
  recordId: 805,
  attempts: 0,
  sentAt: null,
  lastError: 'No email address on file',
  createdAt: '2026-12-01T16:00:00.000Z',
  updatedAt: '2026-12-01T16:00:00.000Z',
  version: 1,
};
const sent = { ...failed, id: 32, recipient: 'desk@acme.test', status: 'sent', attempts: 1, lastError: null, sentAt: '2026-12-01T16:01:00.000Z' };

function provider(record: Record<string, unknown>, retryMessage = vi.fn()) {
  return {
    ...testDataProvider({
      getOne: vi.fn().mockResolvedValue({ data: record }),
      getList: vi.fn().mockResolvedValue({ data: [failed, sent], total: 2 }),
      getManyReference: vi.fn().mockResolvedValue({ data: [], total: 0 }),
    }),
    retryMessage,
  } as DataProvider;
}

describe('outbox', () => {
  it('lists messages with their kind, recipient and status', async () => {
    renderResource('outbox', provider(failed), <OutboxList />, '/outbox', { authProvider: authProviderFor('compliance') });
    expect(await screen.findByText('desk@acme.test')).toBeTruthy();
    expect(screen.getByTestId('status-failed').textContent).toBe('Failed');
    expect(screen.getByTestId('status-sent').textContent).toBe('Sent');
    expect(screen.getAllByText('Tracking number').length).toBeGreaterThan(0);
  });

  it('shows the body as sent, in a monospace block; a message without an address is retried to the address given', async () => {
    const retryMessage = vi.fn().mockResolvedValue({ data: { ...failed, status: 'queued', recipient: 'desk@acme.test' } });
    renderResource('outbox', provider(failed, retryMessage), <OutboxShow />, '/outbox/31', { authProvider: authProviderFor('compliance') });
    expect((await screen.findByTestId('outbox-body')).textContent).toBe(failed.body);
    const button = (await screen.findByRole('button', { name: 'Retry' })) as HTMLButtonElement;
    await waitFor(() => expect(screen.getByTestId('retry-reason').textContent).toBe('This message has no address on file: give the address to send it to'));
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Send to'), { target: { value: 'desk@acme.test' } });
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByTestId('retry-reason')).toBeNull();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(retryMessage).toHaveBeenCalledWith(31, { recipient: 'desk@acme.test' }));
    expect(await screen.findByText('Queued again')).toBeTruthy();
  });

  it("a sent message cannot be retried, and says why (the server's dry run)", async () => {
    const authProvider = authProviderFor('admin', { dryRun: refusing({ retry: 'Only a failed message can be retried; this one is sent' }) });
    renderResource('outbox', provider(sent), <OutboxShow />, '/outbox/32', { authProvider });
    expect((await screen.findByTestId('retry-reason')).textContent).toBe('Only a failed message can be retried; this one is sent');
    expect((screen.getByRole('button', { name: 'Retry' }) as HTMLButtonElement).disabled).toBe(true);
    expect(authProvider.actions).toHaveBeenCalledWith('outbox', 32);
  });

  it("a refused retry shows the server's reason", async () => {
    const retryMessage = vi.fn().mockRejectedValue(new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { recipient: 'Must be an email address' } }));
    renderResource('outbox', provider({ ...failed, recipient: 'desk@acme.test' }, retryMessage), <OutboxShow />, '/outbox/31', { authProvider: authProviderFor('compliance') });
    const button = (await screen.findByRole('button', { name: 'Retry' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Some fields are invalid: Must be an email address')).toBeTruthy();
    expect(retryMessage).toHaveBeenCalledWith(31, {});
  });
});
