// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import type { Role } from '../../server/auth/roles.ts';
import { CustomerNoteList } from '../../src/resources/customer-notes/CustomerNoteList.tsx';
import { authProviderFor, refusing, renderResource, type DryRun } from './render.tsx';

afterEach(cleanup);

const unread = {
  id: 3,
  customerId: 9,
  body: 'Out of state for a funeral',
  category: 'out-of-state',
  startsOn: '2027-02-01',
  endsOn: '2027-02-04',
  acknowledgedAt: null,
  acknowledgedById: null,
  acknowledgedBy: null,
  createdAt: '2027-01-20T10:00:00.000Z',
  updatedAt: '2027-01-20T10:00:00.000Z',
  version: 1,
};
const read = { ...unread, id: 2, body: 'Vehicle in the shop', category: 'vehicle-in-shop', acknowledgedAt: '2027-01-10T10:00:00.000Z', acknowledgedBy: 'Cam Compliance' };

function setup(role: Role, dryRun?: DryRun) {
  const getList = vi.fn(async () => ({ data: [unread, read], total: 2 }));
  const acknowledgeNote = vi.fn(async () => ({ data: { ...unread, acknowledgedAt: '2027-01-21T10:00:00.000Z', version: 2 } }));
  const dataProvider = {
    ...testDataProvider({
      getList: getList as DataProvider['getList'],
      getMany: vi.fn(async () => ({ data: [{ id: 9, firstName: 'Cora', lastName: 'Driver' }] })) as DataProvider['getMany'],
    }),
    acknowledgeNote,
  } as DataProvider;
  const authProvider = authProviderFor(role, { dryRun });
  const decide = vi.spyOn(authProvider, 'decide');
  renderResource('customer-notes', dataProvider, <CustomerNoteList />, '/customer-notes', { authProvider });
  return { getList, acknowledgeNote, decide };
}

describe('the customer notes queue', () => {
  it('puts the notes not read yet first and acknowledges one from its row, with the version seen', async () => {
    const { getList, acknowledgeNote } = setup('compliance');
    expect(await screen.findByText('Out of state for a funeral')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('customer-notes', expect.objectContaining({ sort: { field: 'acknowledgedAt', order: 'DESC' } }));
    expect(screen.getByText('Not read yet')).toBeTruthy();
    expect(screen.getByText(/by Cam Compliance/)).toBeTruthy();
    const acknowledge = await screen.findByText('Acknowledge', { selector: 'button' });
    expect(screen.getAllByText('Acknowledge', { selector: 'button' })).toHaveLength(1);
    fireEvent.click(acknowledge);
    await waitFor(() => expect(acknowledgeNote).toHaveBeenCalledWith(3, 1));
    expect(await screen.findByText('Note acknowledged: the customer sees it was read')).toBeTruthy();
  });

  it('a note the server refuses to acknowledge shows a disabled button', async () => {
    const { decide } = setup('compliance', refusing({ acknowledge: 'This note was acknowledged already' }));
    await screen.findByText('Out of state for a funeral');
    await waitFor(() => expect(decide.mock.calls.map(([question]) => question.action)).toContain('acknowledge'));
    expect(await Promise.all(decide.mock.results.map((result) => result.value))).toEqual(expect.arrayContaining([expect.objectContaining({ allowed: false })]));
    await waitFor(() => expect((screen.getByText('Acknowledge', { selector: 'button' }) as HTMLButtonElement).disabled).toBe(true));
  });
});
