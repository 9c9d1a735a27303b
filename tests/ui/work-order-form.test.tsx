// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, testDataProvider } from 'react-admin';
import { WorkOrderEdit } from '../../src/resources/work-orders/WorkOrderEdit.tsx';
import { WorkOrderCreate } from '../../src/resources/work-orders/WorkOrderCreate.tsx';
import { renderResource } from './render.tsx';
import { acmeAudio, removalCustomer, removalVehicle, scheduledRemoval } from './work-order-fixture.ts';

const record = scheduledRemoval;

const references = () => ({
  getOne: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: resource === 'service-centers' ? acmeAudio : record })),
  getMany: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: [{ customers: removalCustomer, vehicles: removalVehicle }[resource] ?? acmeAudio] })),
  getList: vi.fn().mockResolvedValue({ data: [acmeAudio], total: 1 }),
});

afterEach(cleanup);

describe('work-order form', () => {
  it('sends the edited record with its version and shows server field errors under the field', async () => {
    const update = vi.fn().mockRejectedValue(
      new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { notes: 'At most 2000 characters' } }),
    );
    const dataProvider = testDataProvider({ ...references(), update });
    renderResource('work-orders', dataProvider, <WorkOrderEdit />, '/work-orders/5');
    const notes = (await screen.findByLabelText('Notes')) as HTMLTextAreaElement;
    await waitFor(() => expect(notes.value).toBe('Bring the relay'));
    fireEvent.change(notes, { target: { value: 'Call ahead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][1].data).toMatchObject({ notes: 'Call ahead', version: 3 });
    expect(await screen.findByText('At most 2000 characters')).toBeTruthy();
  });

  it('shows the cost from the center’s price list instead of a cost input, and the rules of the type', async () => {
    renderResource('work-orders', testDataProvider(references()), <WorkOrderEdit />, '/work-orders/5');
    expect(await screen.findByText("Cost: $60.00 from the center's price list (billed to the customer)")).toBeTruthy();
    expect(screen.queryByLabelText('Cost')).toBeNull();
    expect(screen.getByTestId('type-hint').textContent).toMatch(/Compliance must authorise this work order/);
    expect(screen.getByText('Only live centers take work orders')).toBeTruthy();
  });

  it('warns before saving an installation at a center its state has not inspected yet', async () => {
    const installation = { ...record, type: 'installation', status: 'requested' };
    const byResource: Record<string, unknown> = {
      'service-centers': { ...acmeAudio, jurisdictionId: 2, stateInspectionPassedOn: null },
      jurisdictions: { id: 2, code: 'WA', stateInspectionRequired: true },
    };
    const dataProvider = testDataProvider({
      ...references(),
      getOne: vi.fn().mockImplementation((resource: string) => Promise.resolve({ data: byResource[resource] ?? installation })),
    });
    renderResource('work-orders', dataProvider, <WorkOrderEdit />, '/work-orders/5');
    expect((await screen.findByTestId('inspection-hint')).textContent).toBe('WA inspects centers before they install: this center has not passed the state inspection yet');
    expect(screen.getByTestId('cost-hint').textContent).toBe("Cost: $120.00 from the center's price list (billed to the customer)");
  });

  it('refuses to submit a new work order without its required fields; only live centers are offered', async () => {
    const create = vi.fn();
    const dataProvider = testDataProvider({ ...references(), create });
    renderResource('work-orders', dataProvider, <WorkOrderCreate />, '/work-orders/create');
    fireEvent.change(await screen.findByLabelText('Notes'), { target: { value: 'Customer calls ahead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Required')).length).toBeGreaterThanOrEqual(3);
    expect(create).not.toHaveBeenCalled();
    await waitFor(() => expect(dataProvider.getList).toHaveBeenCalledWith('service-centers', expect.objectContaining({ filter: { onboardingStatus: 'live' } })));
  });
});
