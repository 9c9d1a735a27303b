// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { JurisdictionEdit } from '../../src/resources/jurisdictions/JurisdictionEdit.tsx';
import { authProviderFor, renderResource } from './render.tsx';

afterEach(cleanup);

const wyoming = {
  id: 8,
  code: 'WY',
  name: 'Wyoming',
  unlockCodesAllowed: false,
  stateInspectionRequired: false,
  cameraRequired: false,
  backgroundCheckRequired: false,
  rulesConfirmed: false,
  reportingDeadlines: 'Within 5 business days.',
  reportingRules: [{ event: 'removal', amount: 5, unit: 'business-days', recipient: 'Wyoming DOT', example: true }],
  holidays: [{ day: '2026-12-25', name: 'Christmas Day' }],
  version: 3,
};

describe('a jurisdiction’s reporting rules and holidays, edited by an administrator', () => {
  it('shows each rule and holiday as a line and saves a changed deadline with the rest of the list', async () => {
    const update = vi.fn(async (_resource: string, params: { data: Record<string, unknown> }) => ({ data: { ...wyoming, ...params.data, version: 4 } }));
    const dataProvider = testDataProvider({ getOne: (async () => ({ data: wyoming })) as DataProvider['getOne'], update: update as unknown as DataProvider['update'] });
    renderResource('jurisdictions', dataProvider, <JurisdictionEdit />, '/jurisdictions/8', { authProvider: authProviderFor('admin') });
    const recipient = (await screen.findByDisplayValue('Wyoming DOT')) as HTMLInputElement;
    expect(screen.getByDisplayValue('Christmas Day')).toBeTruthy();
    const amount = screen.getByDisplayValue('5') as HTMLInputElement;
    fireEvent.change(amount, { target: { value: '7' } });
    fireEvent.change(recipient, { target: { value: 'WYDOT Driver Services' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][1].data).toMatchObject({
      reportingRules: [{ event: 'removal', amount: 7, unit: 'business-days', recipient: 'WYDOT Driver Services', example: true }],
      holidays: [{ day: '2026-12-25', name: 'Christmas Day' }],
    });
  });
});
