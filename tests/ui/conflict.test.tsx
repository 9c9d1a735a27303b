// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { WorkOrderEdit } from '../../src/resources/work-orders/WorkOrderEdit.tsx';
import { isEditConflict } from '../../src/components/conflict.ts';
import { renderResource } from './render.tsx';
import { scheduledRemoval } from './work-order-fixture.ts';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const record = scheduledRemoval;

const stale = new HttpError('Someone else changed this record (now at version 4, yours is 3). Reload it to see their changes.', 409, {
  message: 'Someone else changed this record (now at version 4, yours is 3). Reload it to see their changes.',
  errors: { version: 'Stale version' },
});

describe('a save that lost the race', () => {
  it('says someone else changed the record and reloads it on request', async () => {
    // the form also reads the center (its price list): only the work order's reads count here
    const center = { id: 7, name: 'Acme Audio', city: 'Tacoma', onboardingStatus: 'live', priceList: [] };
    let reads = 0;
    const getOne = vi.fn(async (resource: string) => {
      if (resource !== 'work-orders') return { data: center };
      reads += 1;
      return { data: reads === 1 ? record : { ...record, version: 4, notes: 'Their notes' } };
    });
    const update = vi.fn().mockRejectedValue(stale);
    const dataProvider = testDataProvider({
      getOne: getOne as unknown as DataProvider['getOne'],
      update,
      getMany: vi.fn().mockResolvedValue({ data: [center] }),
      getList: vi.fn().mockResolvedValue({ data: [center], total: 1 }),
    });
    renderResource('work-orders', dataProvider, <WorkOrderEdit />, '/work-orders/5');
    const notes = (await screen.findByLabelText('Notes')) as HTMLTextAreaElement;
    await waitFor(() => expect(notes.value).toBe('Bring the relay'));
    fireEvent.change(notes, { target: { value: 'My notes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Someone else changed this record/)).toBeTruthy();
    expect(update.mock.calls[0][1].data).toMatchObject({ version: 3, notes: 'My notes' });
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(reads).toBe(2));
    await waitFor(() => expect(notes.value).toBe('Their notes'));
  });
});

describe('isEditConflict', () => {
  it.each([
    [{ status: 409, body: { errors: { version: 'Stale version' } } }, true],
    [{ status: 409, body: { message: 'Someone else changed this record meanwhile. Reload it.', errors: {} } }, true],
    [{ status: 409, body: { errors: { email: 'Already taken' } } }, false],
    [{ status: 400, body: { errors: { version: 'Stale version' } } }, false],
    [{ status: 403, body: { message: 'A regional-manager may not update work-orders', errors: {} } }, false],
    [null, false],
  ])('%j → %s', (error, expected) => {
    expect(isEditConflict(error)).toBe(expected);
  });
});
