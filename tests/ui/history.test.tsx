// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import { RecordContextProvider, testDataProvider } from 'react-admin';
import { History } from '../../src/components/History.tsx';
import { DiffTable } from '../../src/components/DiffTable.tsx';
import { formatDiffValue } from '../../src/components/diff.ts';
import { authProviderFor, renderResource } from './render.tsx';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const entries = [
  {
    id: 12,
    at: '2026-11-22T03:09:48.744Z',
    userId: 1,
    userName: 'Ada Admin',
    action: 'update',
    resource: 'work-orders',
    recordId: 5,
    summary: null,
    diff: { status: ['scheduled', 'authorized'], cost: [40, 45], startedAt: [null, '2026-11-22T09:00:00.000Z'] },
  },
  { id: 3, at: '2026-11-20T16:03:43.522Z', userId: 2, userName: 'Colm Compliance', action: 'create', resource: 'work-orders', recordId: 5, summary: null, diff: { number: [null, 'WO-2026-000005'] } },
];

describe('History', () => {
  it("lists the record's audit-log entries, latest first, with who and a field | before | after table", async () => {
    const getList = vi.fn().mockResolvedValue({ data: entries, total: 2 });
    const getMany = vi.fn().mockResolvedValue({ data: [{ id: 1, name: 'Ada Admin' }, { id: 2, name: 'Colm Compliance' }] });
    renderResource(
      'work-orders',
      testDataProvider({ getList, getMany }),
      <RecordContextProvider value={{ id: 5 }}>
        <History />
      </RecordContextProvider>,
      '/work-orders/5',
      { authProvider: authProviderFor('admin') },
    );
    expect(await screen.findByText('Changed')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith(
      'audit-log',
      expect.objectContaining({ filter: { resource: 'work-orders', recordId: 5 }, sort: { field: 'at', order: 'DESC' } }),
    );
    const statusRow = screen.getByText('Status').closest('tr')!;
    expect(within(statusRow).getByText('scheduled')).toBeTruthy();
    expect(within(statusRow).getByText('authorized')).toBeTruthy();
    const startedRow = screen.getByText('Started').closest('tr')!;
    expect(within(startedRow).getByText('—')).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Ada Admin' })).getAttribute('href')).toMatch(/users\/1\/show/);
    expect(screen.getByText('Created')).toBeTruthy();
  });

  it('names users as they were when they acted, also for roles that may not read users (compliance)', async () => {
    const getMany = vi.fn();
    renderResource(
      'work-orders',
      testDataProvider({ getList: vi.fn().mockResolvedValue({ data: entries.slice(0, 1), total: 1 }), getMany }),
      <RecordContextProvider value={{ id: 5 }}>
        <History />
      </RecordContextProvider>,
      '/work-orders/5',
      { authProvider: authProviderFor('compliance') },
    );
    expect(await screen.findByText('Ada Admin')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ada Admin' })).toBeNull();
    expect(getMany).not.toHaveBeenCalled();
  });
});

describe('DiffTable', () => {
  it('pretty-prints structured values and shows nulls as —', () => {
    render(<DiffTable resource="service-centers" diff={{ contacts: [null, [{ name: 'Jo', role: 'Owner' }]] }} />);
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByText(/"name": "Jo"/).tagName).toBe('PRE');
  });

  it.each([
    [null, '—'],
    [undefined, '—'],
    ['', '—'],
    [0, '0'],
    ['text', 'text'],
    [true, 'true'],
    [{ a: 1 }, '{\n  "a": 1\n}'],
  ])('formats %j as %j', (value, text) => {
    expect(formatDiffValue(value).text).toBe(text);
  });
});
