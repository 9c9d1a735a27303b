// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { RecordContextProvider, testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { WorkOrderCommands } from '../../src/resources/work-orders/WorkOrderCommands.tsx';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';
import { scheduledRemoval } from './work-order-fixture.ts';

afterEach(cleanup);

function setup(role: Role, dryRun?: DryRun) {
  const startWorkOrder = vi.fn().mockResolvedValue({ data: { ...scheduledRemoval, status: 'in-progress' } });
  const markNoShow = vi.fn().mockResolvedValue({ data: { ...scheduledRemoval, status: 'no-show' } });
  const dataProvider = { ...testDataProvider(), startWorkOrder, markNoShow } as DataProvider;
  renderResource(
    'work-orders',
    dataProvider,
    <RecordContextProvider value={scheduledRemoval}>
      <WorkOrderCommands />
    </RecordContextProvider>,
    '/work-orders/5/show',
    { authProvider: authProviderFor(role, { dryRun }) },
  );
  return { startWorkOrder, markNoShow };
}

const button = async (name: string) => (await screen.findByRole('button', { name })) as HTMLButtonElement;

describe('start and no-show buttons', () => {
  it('center staff start the work with the arrival and start times (now by default), checked as typed', async () => {
    const { startWorkOrder } = setup('center-staff');
    fireEvent.click(await button('Start'));
    const arrived = (await screen.findByLabelText('Arrived')) as HTMLInputElement;
    const started = screen.getByLabelText('Started') as HTMLInputElement;
    expect(arrived.value).toBe(started.value);
    fireEvent.change(started, { target: { value: '2026-01-01T10:00:00' } });
    expect(await screen.findByText('The work cannot start before the customer arrived')).toBeTruthy();
    const confirm = screen.getAllByRole('button', { name: 'Start' }).at(-1) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(arrived, { target: { value: '2026-01-01T09:55:00' } });
    await waitFor(() => expect(confirm.disabled).toBe(false));
    fireEvent.click(confirm);
    await waitFor(() => expect(startWorkOrder).toHaveBeenCalled());
    expect(startWorkOrder.mock.calls[0]).toEqual([5, { arrivedAt: new Date('2026-01-01T09:55:00').toISOString(), startedAt: new Date('2026-01-01T10:00:00').toISOString() }]);
  });

  it('a no-show asks for confirmation first; before the appointment’s time the server’s reason shows instead', async () => {
    const { markNoShow } = setup('center-staff');
    fireEvent.click(await button('No-show'));
    expect(markNoShow).not.toHaveBeenCalled();
    fireEvent.click(await button('Confirm'));
    await waitFor(() => expect(markNoShow).toHaveBeenCalledWith(5));
    cleanup();
    setup('center-staff', refusing({ 'no-show': 'The appointment is at 2026-12-24T15:00:00.000Z: a no-show is recorded once its time has passed' }));
    expect((await screen.findByTestId('no-show-reason')).textContent).toMatch(/once its time has passed/);
    expect((await button('No-show')).disabled).toBe(true);
  });

  it('roles without the commands do not see them', async () => {
    setup('regional-manager');
    expect(await screen.findByRole('link', { name: 'Print' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'No-show' })).toBeNull();
  });
});
