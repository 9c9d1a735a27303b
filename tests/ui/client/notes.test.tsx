// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider, type DataProvider } from 'ra-core';
import { NotesPage } from '../../../src/client/notes/NotesPage.tsx';
import { notePages } from '../../../src/client/notes/pages.tsx';
import { notesMessages } from '../../../src/client/notes/messages.ts';
import { renderClient } from './render.tsx';

// the first render of a file loads MUI and ra-core: give it time under a loaded run
configure({ asyncUtilTimeout: 5000 });

const unread = { id: 5, body: 'My car is at the body shop.', category: 'vehicle-in-shop', startsOn: '2027-02-01', endsOn: '2027-02-04', acknowledgedAt: null, createdAt: '2027-01-30T15:00:00.000Z' };
const read = { id: 4, body: 'Out of state for a funeral', category: null, startsOn: null, endsOn: null, acknowledgedAt: '2027-01-12T15:00:00.000Z', createdAt: '2027-01-10T15:00:00.000Z' };

type Create = (resource: string, params: { data: Record<string, unknown> }) => Promise<{ data: Record<string, unknown> }>;

function setup({ locale = 'en' as 'en' | 'es', notes = [unread, read] as unknown[], create = vi.fn<Create>(async (_resource, { data }) => ({ data: { ...data, id: 9 } })) } = {}) {
  const getList = vi.fn(async () => ({ data: notes, total: notes.length }));
  const dataProvider = testDataProvider({ getList: getList as DataProvider['getList'], create: create as unknown as DataProvider['create'] });
  renderClient(<NotesPage />, { dataProvider, messages: [notesMessages], locale });
  return { getList, create };
}

afterEach(cleanup);

describe('the notes page of the client portal', () => {
  it('is the portal’s page 50 at /portal/notes', () => {
    expect(notePages).toEqual([expect.objectContaining({ path: 'notes', order: 50, label: 'client.notes.title' })]);
  });

  it('lists past notes, newest first, with whether the program read them', async () => {
    const { getList } = setup();
    expect(await screen.findByText('My car is at the body shop.')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('customer-notes', expect.objectContaining({ sort: { field: 'createdAt', order: 'DESC' } }));
    expect(screen.getByText('Not read yet')).toBeTruthy();
    expect(screen.getByText('Read by the program on Jan 12, 2027')).toBeTruthy();
    expect(screen.getByText('Vehicle in the shop · Feb 1, 2027 to Feb 4, 2027')).toBeTruthy();
  });

  it('says so when there are none', async () => {
    setup({ notes: [] });
    expect(await screen.findByText('You have not sent any notes yet.')).toBeTruthy();
  });

  it('sends a note after a confirmation (it cannot be changed afterwards); going back sends nothing', async () => {
    const { create } = setup();
    const form = within(await screen.findByRole('region', { name: 'Add a note' }));
    fireEvent.change(form.getByLabelText(/Your note/), { target: { value: '  Out of state for work  ' } });
    fireEvent.change(form.getByLabelText(/About/), { target: { value: 'out-of-state' } });
    fireEvent.change(form.getByLabelText(/From/), { target: { value: '2027-03-01' } });
    fireEvent.change(form.getByLabelText(/Until/), { target: { value: '2027-03-05' } });
    fireEvent.click(form.getByRole('button', { name: 'Send note' }));
    let dialog = await screen.findByRole('dialog', { name: 'Send this note?' });
    expect(within(dialog).getByText('Once sent, a note cannot be changed or deleted.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(create).not.toHaveBeenCalled();
    fireEvent.click(form.getByRole('button', { name: 'Send note' }));
    dialog = await screen.findByRole('dialog', { name: 'Send this note?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send note' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith('customer-notes', expect.objectContaining({ data: { body: 'Out of state for work', category: 'out-of-state', startsOn: '2027-03-01', endsOn: '2027-03-05' } })),
    );
    expect(await form.findByText('Note sent.')).toBeTruthy();
    expect((form.getByLabelText(/Your note/) as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses a last day before the first without sending; shows the server’s refusal under its field', async () => {
    const create = vi.fn<Create>(async () => {
      throw new HttpError('Some fields are invalid', 400, { message: 'Some fields are invalid', errors: { body: 'At most 2000 characters' } });
    });
    setup({ create });
    const form = within(await screen.findByRole('region', { name: 'Add a note' }));
    fireEvent.change(form.getByLabelText(/Your note/), { target: { value: 'Away' } });
    fireEvent.change(form.getByLabelText(/From/), { target: { value: '2027-03-05' } });
    fireEvent.change(form.getByLabelText(/Until/), { target: { value: '2027-03-01' } });
    fireEvent.click(form.getByRole('button', { name: 'Send note' }));
    expect(await form.findByText('On or after the first day.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.change(form.getByLabelText(/Until/), { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: 'Send note' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send note' }));
    expect(await form.findByText('At most 2000 characters')).toBeTruthy();
    expect(form.getByText('The note could not be sent: Some fields are invalid')).toBeTruthy();
  });

  it('speaks Spanish, with dates in Spanish', async () => {
    setup({ locale: 'es' });
    expect(await screen.findByText('Aún no leída')).toBeTruthy();
    expect(screen.getByText('Leída por el programa el 12 ene 2027')).toBeTruthy();
    expect(screen.getByText('Vehículo en el taller · Del 1 feb 2027 al 4 feb 2027')).toBeTruthy();
  });

  it('has the same texts in English and Spanish', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(notesMessages.es).sort()).toEqual(keys(notesMessages.en).sort());
  });
});
