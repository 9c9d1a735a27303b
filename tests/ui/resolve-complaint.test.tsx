// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { ComplaintShow } from '../../src/resources/complaints/ComplaintShow.tsx';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const complaint = {
  id: 12,
  customerId: 4,
  serviceCenterId: 7,
  workOrderId: null,
  category: 'wait-time',
  body: 'Waited an hour past my slot',
  status: 'open',
  resolution: null,
  resolvedAt: null,
  resolvedById: null,
  resolvedBy: null,
  createdAt: '2026-11-02T09:30:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  version: 1,
};

function setup(role: Role, record: Record<string, unknown> = complaint) {
  const resolveComplaint = vi.fn(async (_id: number, body: { resolution: string }) => ({ data: { ...record, status: 'resolved', resolution: body.resolution, resolvedBy: 'Cam Compliance', version: 2 } }));
  const dataProvider = {
    ...testDataProvider({
      getOne: vi.fn(async () => ({ data: record })) as DataProvider['getOne'],
      getList: vi.fn(async () => ({ data: [record], total: 1 })) as DataProvider['getList'],
      getMany: vi.fn(async (resource: string) => ({ data: [resource === 'customers' ? { id: 4, firstName: 'Cora', lastName: 'Customer' } : { id: 7, name: 'Acme Audio' }] })) as DataProvider['getMany'],
    }),
    resolveComplaint,
  } as DataProvider;
  renderResource('complaints', dataProvider, <ComplaintShow />, '/complaints/12/show', { authProvider: authProviderFor(role) });
  return { resolveComplaint };
}

describe('resolving a complaint', () => {
  it('compliance resolves an open complaint with the resolution the customer will read, and the version seen', async () => {
    const { resolveComplaint } = setup('compliance');
    expect(await screen.findByText('Waited an hour past my slot')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Resolve this complaint')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Resolve' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Resolution/), { target: { value: '  The center apologised and added staff  ' } });
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(resolveComplaint).toHaveBeenCalledWith(12, { resolution: 'The center apologised and added staff', version: 1 }));
    expect(await screen.findByText('Complaint resolved')).toBeTruthy();
  });

  it('a resolved complaint shows its resolution and offers nothing to resolve', async () => {
    setup('admin', { ...complaint, status: 'resolved', resolution: 'Refunded', resolvedAt: '2026-11-03T10:00:00.000Z', resolvedBy: 'Cam Compliance', version: 2 });
    expect(await screen.findByText('Refunded')).toBeTruthy();
    expect(screen.getByText('Cam Compliance')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
  });

  it('a role that may not resolve gets no Resolve button', async () => {
    setup('customer');
    expect(await screen.findByText('Waited an hour past my slot')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull());
  });
});
