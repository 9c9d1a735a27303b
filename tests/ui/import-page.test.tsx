// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { ImportPage } from '../../src/imports/ImportPage.tsx';
import { ImportButton } from '../../src/imports/ImportButton.tsx';
import { authProviderFor, renderResource } from './render.tsx';
import type { Role } from '../../server/auth/roles.ts';

afterEach(cleanup);

const template = {
  resource: 'customers',
  columns: [
    { name: 'firstName', kind: 'text', required: true },
    { name: 'lastName', kind: 'text', required: true },
    { name: 'jurisdictionId', kind: 'int', required: true },
    { name: 'email', kind: 'text', required: false },
    { name: 'status', kind: 'text', required: false },
  ],
  example: { firstName: 'James', lastName: 'Carter', jurisdictionId: '1' },
};

const refusal = new HttpError('1 of 2 rows have errors; nothing was imported', 400, {
  message: '1 of 2 rows have errors; nothing was imported',
  errors: { 'row 3: email': 'Not a valid email address', 'row 3: jurisdictionId': 'No jurisdictions record with id 99' },
});
const preview = { dryRun: true, count: 2, ids: [], preview: [{ firstName: 'Ada', lastName: 'One', jurisdictionId: 1, email: null, status: 'pending-install' }, { firstName: 'Ada', lastName: 'Two', jurisdictionId: 1, email: null, status: 'pending-install' }] };

function setup() {
  const importTemplate = vi.fn(async () => ({ data: template }));
  const importRecords = vi.fn(async (_resource: string, { dryRun }: { csv: string; dryRun: boolean }) => ({ data: dryRun ? preview : { ...preview, dryRun: false, ids: [7, 8], preview: [] } }));
  const dataProvider = { ...testDataProvider(), importTemplate, importRecords } as DataProvider;
  renderResource('import', dataProvider, <ImportPage resource="customers" />, '/import/customers', { authProvider: authProviderFor('compliance') });
  return { importRecords };
}

/** Chooses a file and waits until it is read (its rows counted). */
const choose = async (text: string, rows: string, name = 'customers.csv') => {
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  await screen.findByText(rows);
};

describe('the import page', () => {
  it('shows the columns, required ones in bold', async () => {
    setup();
    const columns = await screen.findByTestId('import-columns');
    expect(columns.textContent).toBe('firstName, lastName, jurisdictionId, email, status');
    expect([...columns.querySelectorAll('strong')].map((b) => b.textContent)).toEqual(['firstName', 'lastName', 'jurisdictionId']);
    expect(screen.getByRole('button', { name: 'Download the template' })).toBeTruthy();
  });

  it('a file with a bad row: its errors by row and column, and nothing to import', async () => {
    const { importRecords } = setup();
    let refuse: (error: unknown) => void = () => undefined;
    importRecords.mockImplementationOnce(() => new Promise((_resolve, reject) => (refuse = reject)));
    await choose('firstName,lastName,jurisdictionId,email\nAda,One,1,\nAda,Two,99,nope\n\n', '2 rows');
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect((await screen.findByRole('status')).textContent).toBe('Checking 2 rows of customers.csv…');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    refuse(refusal);
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toBe('1 of 2 rows have errors; nothing was imported');
    const rows = screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'email', 'Not a valid email address'],
      ['3', 'jurisdictionId', 'No jurisdictions record with id 99'],
    ]);
    expect(importRecords).toHaveBeenCalledWith('customers', { csv: 'firstName,lastName,jurisdictionId,email\nAda,One,1,\nAda,Two,99,nope\n\n', dryRun: true });
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });

  it('a good file: the preview, then the import after confirmation, and a link to the list', async () => {
    const { importRecords } = setup();
    await choose('firstName,lastName,jurisdictionId\nAda,One,1\nAda,Two,1', '2 rows');
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Ready: 2 rows to import')).toBeTruthy();
    const table = within(screen.getByTestId('import-preview'));
    expect(table.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['firstName', 'lastName', 'jurisdictionId', 'status']);
    expect(table.getByText('Two')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Import 2 rows?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(importRecords).toHaveBeenLastCalledWith('customers', expect.objectContaining({ dryRun: false })));
    expect((await screen.findByTestId('import-done')).textContent).toMatch(/Imported 2 rows/);
    expect(screen.getByRole('link', { name: 'Open the list' }).getAttribute('href')).toBe('/customers');
  });
});

describe('the Import button of a list', () => {
  it.each([
    ['compliance', 'customers', true],
    ['onboarding', 'customers', false],
    ['onboarding', 'service-centers', true],
    ['regional-manager', 'service-centers', false],
    ['admin', 'vehicles', false],
  ] as const)('%s on %s: shown %s', async (role: Role, resource, shown) => {
    renderResource(resource, testDataProvider(), <ImportButton />, `/${resource}`, { authProvider: authProviderFor(role) });
    if (shown) expect((await screen.findByRole('link', { name: 'Import' })).getAttribute('href')).toBe(`/import/${resource}`);
    else await waitFor(() => expect(screen.queryByRole('link', { name: 'Import' })).toBeNull());
  });
});
