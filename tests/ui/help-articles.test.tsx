// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import helpArticles from '../../src/resources/help-articles/index.ts';
import { authProviderFor, renderResource } from './render.tsx';

const ARTICLE = { id: 4, title: 'What is a lockout?', body: 'The car will **not** start.', category: 'faq', videoUrl: null, language: 'es', sortOrder: 10, published: false, version: 2, updatedAt: '2026-01-02T10:00:00.000Z' };

afterEach(cleanup);

describe('help articles in the back office', () => {
  it('a new article: the preview shows the text as customers will see it, and the article is saved as typed', async () => {
    const create = vi.fn(async (_resource: string, params: { data: Record<string, unknown> }) => ({ data: { id: 9, version: 1, ...params.data } }));
    const dataProvider = testDataProvider({ create: create as never, getOne: (async () => ({ data: { id: 9, version: 1 } })) as never });
    const Create = helpArticles.create;
    renderResource('help-articles', dataProvider, <Create />, '/help-articles/create', { authProvider: authProviderFor('compliance') });
    fireEvent.change(await screen.findByLabelText(/^Title/), { target: { value: 'How do I pay?' } });
    fireEvent.change(screen.getByLabelText(/^Text/), { target: { value: 'Open **Payments**.\n\n- Add a card\n- Pay' } });
    const preview = screen.getByRole('region', { name: 'As customers see it' });
    expect(within(preview).getByText('How do I pay?')).toBeTruthy();
    expect(within(preview).getByText('Payments').tagName).toBe('STRONG');
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Add a card', 'Pay']);
    fireEvent.click(screen.getByLabelText(/^Published/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0][1].data).toMatchObject({ title: 'How do I pay?', category: 'faq', language: 'en', sortOrder: 100, published: true });
  });

  it('the list names the language and kind of each article, and filters by language', async () => {
    const getList = vi.fn(async (_resource: string, _params: { filter: Record<string, unknown> }) => ({ data: [ARTICLE], total: 1 }));
    const List = helpArticles.list;
    renderResource('help-articles', testDataProvider({ getList: getList as never }), <List />, '/help-articles', { authProvider: authProviderFor('compliance') });
    expect(await screen.findByText('What is a lockout?')).toBeTruthy();
    expect(screen.getAllByText('Spanish').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Question and answer').length).toBeGreaterThan(0);
    fireEvent.click(screen.getAllByText('Spanish').find((el) => el.closest('li[role="menuitem"], .MuiListItemButton-root'))!);
    await waitFor(() => expect(getList.mock.calls.some(([, params]) => params.filter.language === 'es')).toBe(true));
  });
});
