// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { WorkOrderShow } from '../../src/resources/work-orders/WorkOrderShow.tsx';
import type { Role } from '../../server/auth/roles.ts';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';
import { acmeAudio, removalCustomer, removalVehicle, scheduledRemoval } from './work-order-fixture.ts';

afterEach(cleanup);

/** The work-order page signed in as `role`, the record's dry run answering `dryRun`. */
function setup(role: Role, record: Record<string, unknown>, { dryRun, commands = {} }: { dryRun?: DryRun; commands?: Partial<Record<'authorizeWorkOrder' | 'completeWorkOrder', ReturnType<typeof vi.fn>>> } = {}) {
  const byResource: Record<string, unknown> = { 'service-centers': acmeAudio, customers: removalCustomer, vehicles: removalVehicle };
  const provider = {
    ...testDataProvider({
      getOne: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: byResource[resource] ?? record })),
      getMany: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: [byResource[resource] ?? record] })),
      getList: vi.fn().mockResolvedValue({ data: [], total: 0 }),
    }),
    authorizeWorkOrder: vi.fn(),
    completeWorkOrder: vi.fn(),
    ...commands,
  } as DataProvider;
  const authProvider = authProviderFor(role, { dryRun });
  renderResource('work-orders', provider, <WorkOrderShow />, '/work-orders/5', { authProvider });
  return { provider, authProvider };
}

const button = async (name: string) => (await screen.findByRole('button', { name })) as HTMLButtonElement;

describe('work-order page', () => {
  it("shows an administrator no Authorize, and why Complete is unavailable (the dry run's reason); Print opens the print view", async () => {
    const { authProvider } = setup('admin', scheduledRemoval, { dryRun: refusing({ complete: 'A removal needs a work order authorised by compliance before it is completed' }) });
    expect((await screen.findByTestId('complete-reason')).textContent).toBe('A removal needs a work order authorised by compliance before it is completed');
    expect((await button('Complete')).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Authorize' })).toBeNull();
    expect((await screen.findByRole('link', { name: 'Print' })).getAttribute('href')).toBe('/work-orders/5/print');
    expect(screen.getByTestId('work-order-authorization').textContent).toBe('Waiting for compliance to authorise it');
    expect(authProvider.actions).toHaveBeenCalledTimes(1);
    expect(authProvider.actions).toHaveBeenCalledWith('work-orders', 5);
  });

  it('a completed order can no longer be edited or completed, and says so', async () => {
    const completed = { ...scheduledRemoval, status: 'completed', authorizedAt: '2026-11-18T10:00:00.000Z', authorizedBy: 'Casey Compliance' };
    setup('compliance', completed, {
      dryRun: refusing({ update: 'This work order is completed; it no longer changes', authorize: 'This work order is completed', complete: 'This work order is completed' }),
    });
    expect((await screen.findByTestId('complete-reason')).textContent).toBe('This work order is completed');
    expect((await screen.findByTestId('authorize-reason')).textContent).toBe('This work order is completed');
    expect((await button('Authorize')).disabled).toBe(true);
    expect(screen.getByTestId('work-order-authorization').textContent).toMatch(/^Authorised by Casey Compliance on /);
    expect((await screen.findByTestId('edit-reason')).textContent).toBe('This work order is completed; it no longer changes');
    expect((await button('Edit')).disabled).toBe(true);
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('lets compliance authorise after a confirmation, and tells it is done', async () => {
    const authorizeWorkOrder = vi.fn().mockResolvedValue({ data: { ...scheduledRemoval, status: 'authorized' } });
    setup('compliance', scheduledRemoval, { commands: { authorizeWorkOrder } });
    const authorize = await button('Authorize');
    await waitFor(() => expect(authorize.disabled).toBe(false));
    expect(screen.queryByTestId('authorize-reason')).toBeNull();
    fireEvent.click(authorize);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Authorise WO-2026-000005?')).toBeTruthy();
    expect(authorizeWorkOrder).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(authorizeWorkOrder).toHaveBeenCalledWith(5));
    expect(await screen.findByText('Work order authorised')).toBeTruthy();
  });

  it("shows the server's reason when it refuses the command after all", async () => {
    const authorizeWorkOrder = vi.fn().mockRejectedValue(new HttpError('This work order is cancelled', 409, { message: 'This work order is cancelled', errors: { status: 'cancelled' } }));
    setup('compliance', scheduledRemoval, { commands: { authorizeWorkOrder } });
    fireEvent.click(await button('Authorize'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('This work order is cancelled: cancelled')).toBeTruthy();
  });

  it('asks a walk-in for start and end and flags one over five minutes before sending', async () => {
    const calibration = { ...scheduledRemoval, type: 'calibration', status: 'in-progress', scheduledAt: '2026-02-09T15:00:00.000Z' };
    const completeWorkOrder = vi.fn().mockResolvedValue({ data: { ...calibration, status: 'completed', warnings: [] } });
    setup('compliance', calibration, { commands: { completeWorkOrder } });
    expect(await screen.findByText('No authorisation needed')).toBeTruthy();
    const complete = await button('Complete');
    expect(screen.queryByRole('button', { name: 'Authorize' })).toBeNull();
    await waitFor(() => expect(complete.disabled).toBe(false));
    fireEvent.click(complete);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Started/), { target: { value: '2026-02-09T10:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-09T10:09' } });
    expect(await within(dialog).findByText(/Took 9.0 minutes/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-09T09:59' } });
    expect(await within(dialog).findByText('The end must come after the start')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Complete' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Started/), { target: { value: '2026-02-06T10:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-06T10:04' } });
    expect(await within(dialog).findByText(/Completed on 2026-02-06, before its scheduled day 2026-02-09/)).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Complete' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Started/), { target: { value: '2026-02-09T10:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-09T10:04' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(completeWorkOrder).toHaveBeenCalledWith(5, { startedAt: new Date('2026-02-09T10:00').toISOString(), completedAt: new Date('2026-02-09T10:04').toISOString() }));
    expect(await screen.findByText('Work order completed')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers no command to a regional manager, only Print', async () => {
    setup('regional-manager', scheduledRemoval);
    expect(await screen.findByRole('link', { name: 'Print' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Authorize' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Complete' })).toBeNull();
  });
});
