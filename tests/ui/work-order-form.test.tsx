// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, testDataProvider } from 'react-admin';
import { WorkOrderEdit } from '../../src/resources/work-orders/WorkOrderEdit.tsx';
import { WorkOrderCreate } from '../../src/resources/work-orders/WorkOrderCreate.tsx';
import { renderResource } from './render.tsx';
import { scheduledRemoval } from './work-order-fixture.ts';

const record = scheduledRemoval;

const references = {
  getMany: vi.fn().mockResolvedValue({ data: [{ id: 7, name: 'Acme Audio', city: 'Tacoma' }] }),
  getList: vi.fn().mockResolvedValue({ data: [{ id: 7, name: 'Acme Audio', city: 'Tacoma' }], total: 1 }),
};

afterEach(cleanup);

describe('work-order form', () => {
  it('sends the edited record with its version and shows server field errors under the field', async () => {
    const update = vi.fn().mockRejectedValue(
      new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { cost: 'At most 100000' } }),
    );
    const dataProvider = testDataProvider({ ...references, getOne: vi.fn().mockResolvedValue({ data: record }), update });
    renderResource('work-orders', dataProvider, <WorkOrderEdit />, '/work-orders/5');
    const cost = (await screen.findByLabelText('Cost')) as HTMLInputElement;
    await waitFor(() => expect(cost.value).toBe('60'));
    fireEvent.change(cost, { target: { value: '250000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][1].data).toMatchObject({ cost: 250000, version: 3, notes: 'Bring the relay' });
    expect(await screen.findByText('At most 100000')).toBeTruthy();
  });

  it('refuses to submit a new work order without its required fields', async () => {
    const create = vi.fn();
    renderResource('work-orders', testDataProvider({ ...references, create }), <WorkOrderCreate />, '/work-orders/create');
    fireEvent.change(await screen.findByLabelText('Notes'), { target: { value: 'Customer calls ahead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Required')).length).toBeGreaterThanOrEqual(3);
    expect(create).not.toHaveBeenCalled();
  });
});
