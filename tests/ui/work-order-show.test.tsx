// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { WorkOrderShow } from '../../src/resources/work-orders/WorkOrderShow.tsx';
import type { Role } from '../../server/auth/roles.ts';
import { authProviderFor, renderResource } from './render.tsx';
import { acmeAudio, removalCustomer, removalVehicle, scheduledRemoval } from './work-order-fixture.ts';

afterEach(cleanup);

const signedInAs = (role: Role) => ({ ...authProviderFor(role), getIdentity: async () => ({ id: 1, fullName: `A ${role}`, role }) });

function provider(record: Record<string, unknown>, command = vi.fn()) {
  const byResource: Record<string, unknown> = { 'service-centers': acmeAudio, customers: removalCustomer, vehicles: removalVehicle };
  return {
    ...testDataProvider({
      getOne: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: byResource[resource] ?? record })),
      getMany: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: [byResource[resource] ?? record] })),
      getList: vi.fn().mockResolvedValue({ data: [], total: 0 }),
    }),
    command,
  } as DataProvider;
}

describe('work-order page', () => {
  it('shows an administrator why Authorize and Complete are unavailable; Print opens the print view', async () => {
    renderResource('work-orders', provider(scheduledRemoval), <WorkOrderShow />, '/work-orders/5', { authProvider: signedInAs('admin') });
    expect((await screen.findByTestId('authorize-reason')).textContent).toBe('Only compliance authorises work orders');
    expect((screen.getByRole('button', { name: 'Authorize' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await screen.findByTestId('complete-reason')).textContent).toBe('A removal needs a work order authorised by compliance before it is completed');
    expect((screen.getByRole('button', { name: 'Complete' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('link', { name: 'Print' }).getAttribute('href')).toBe('/work-orders/5/print');
    expect(screen.getByTestId('work-order-authorization').textContent).toBe('Waiting for compliance to authorise it');
  });

  it('a completed order can no longer be edited or completed, and says so', async () => {
    const completed = { ...scheduledRemoval, status: 'completed', authorizedAt: '2026-11-18T10:00:00.000Z', authorizedBy: 'Casey Compliance' };
    renderResource('work-orders', provider(completed), <WorkOrderShow />, '/work-orders/5', { authProvider: signedInAs('compliance') });
    await waitFor(() => expect(screen.getByTestId('complete-reason').textContent).toBe('This work order is completed'));
    expect(screen.getByTestId('authorize-reason').textContent).toBe('This work order is completed');
    expect(screen.getByTestId('work-order-authorization').textContent).toMatch(/^Authorised by Casey Compliance on /);
    const edit = screen.getByRole('link', { name: 'Edit' });
    expect(edit.getAttribute('aria-disabled')).toBe('true');
  });

  it('lets compliance authorise after a confirmation', async () => {
    const command = vi.fn().mockResolvedValue({ data: { ...scheduledRemoval, status: 'authorized' } });
    renderResource('work-orders', provider(scheduledRemoval, command), <WorkOrderShow />, '/work-orders/5', { authProvider: signedInAs('compliance') });
    const button = await screen.findByRole('button', { name: 'Authorize' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Authorise WO-2026-000005?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(command).toHaveBeenCalledWith('work-orders/5/authorize'));
  });

  it('asks a walk-in for start and end and flags one over five minutes before sending', async () => {
    const calibration = { ...scheduledRemoval, type: 'calibration', status: 'in-progress' };
    const command = vi.fn().mockResolvedValue({ data: { ...calibration, status: 'completed' } });
    renderResource('work-orders', provider(calibration, command), <WorkOrderShow />, '/work-orders/5', { authProvider: signedInAs('compliance') });
    expect(await screen.findByText('No authorisation needed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Authorize' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Complete' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Started/), { target: { value: '2026-02-09T10:00' } });
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-09T10:09' } });
    expect(await within(dialog).findByText(/Took 9.0 minutes/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-09T09:59' } });
    expect(await within(dialog).findByText('The end must come after the start')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Complete' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Completed/), { target: { value: '2026-02-09T10:04' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(command).toHaveBeenCalledWith('work-orders/5/complete', { startedAt: new Date('2026-02-09T10:00').toISOString(), completedAt: new Date('2026-02-09T10:04').toISOString() }));
  });
});
