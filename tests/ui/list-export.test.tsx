// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { FindingList } from '../../src/resources/findings/FindingList.tsx';
import { exportUrl } from '../../src/csv/exportUrl.ts';
import { csvRowCounter } from '../../src/csv/csvRowCounter.ts';
import { captureCsv } from './dashboard-fixtures.tsx';
import { renderResource } from './render.tsx';

const finding = { id: 3, severity: 'major', title: 'Loose wire', detail: null, requirement: null, serviceCenterId: 7, auditId: 2, escalatedFrom: null };
const dataProvider = testDataProvider({
  getList: vi.fn(async () => ({ data: [finding], total: 3 })) as DataProvider['getList'],
  getMany: vi.fn(async () => ({ data: [] })) as DataProvider['getMany'],
});

/** The server's answer, its body sent a chunk at a time when the test says so. */
function streamedAnswer(total: number) {
  let push!: (text: string | null) => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (text) => (text === null ? controller.close() : controller.enqueue(new TextEncoder().encode(text)));
    },
  });
  const response = new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="findings.csv"', 'x-total-count': String(total) },
  });
  return { response, push: (text: string | null) => push(text) };
}

let csv: ReturnType<typeof captureCsv>;
beforeEach(() => {
  csv = captureCsv();
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  csv.restore();
  vi.unstubAllGlobals();
  cleanup();
});

describe('Export on a list: the whole list, streamed by the server', () => {
  it('asks for the list as filtered and sorted, shows the rows received, and saves the file', async () => {
    const answer = streamedAnswer(3);
    const fetch = vi.fn(async () => answer.response);
    vi.stubGlobal('fetch', fetch);
    const filter = encodeURIComponent(JSON.stringify({ severity: ['major', 'critical'], q: 'wire' }));
    renderResource('findings', dataProvider, <FindingList />, `/findings?filter=${filter}&sort=title&order=ASC`);

    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls[0]).toEqual(['/api/findings.csv?severity=major&severity=critical&q=wire&_sort=title&_order=ASC', expect.objectContaining({ credentials: 'same-origin' })]);

    answer.push('id,title\r\n3,Loose wire\r\n4,"Two\r\nlines"\r\n');
    const dialog = await screen.findByRole('dialog', { name: 'Exporting to CSV' });
    expect(await within(dialog).findByText('2 of 3 rows')).toBeTruthy();
    expect(within(dialog).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('67');
    expect(csv.files).toHaveLength(0);

    answer.push("5,'=SUM(A1)\r\n");
    answer.push(null);
    await waitFor(() => expect(csv.files).toHaveLength(1));
    expect(csv.names).toEqual(['findings.csv']);
    expect(await csv.files[0]).toBe('id,title\r\n3,Loose wire\r\n4,"Two\r\nlines"\r\n5,\'=SUM(A1)\r\n');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('Cancel stops the download: no file, no error', async () => {
    const answer = streamedAnswer(1000);
    let signal: AbortSignal | undefined;
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => ((signal = init.signal ?? undefined), answer.response)));
    renderResource('findings', dataProvider, <FindingList />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    answer.push('id,title\r\n1,A\r\n');
    const dialog = await screen.findByRole('dialog', { name: 'Exporting to CSV' });
    await within(dialog).findByText('1 of 1,000 rows');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(signal?.aborted).toBe(true);
    expect(csv.files).toHaveLength(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refusal shows the server’s message', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ message: 'Unknown filter field colour', errors: { colour: 'Unknown field' } }, { status: 400 })));
    renderResource('findings', dataProvider, <FindingList />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Unknown filter field colour')).toBeTruthy();
    expect(csv.files).toHaveLength(0);
  });
});

describe('exportUrl and csvRowCounter', () => {
  it('flattens nested filters, repeats array values, leaves out empty ones, and has no page', () => {
    expect(exportUrl('work-orders', { status: ['open', 'done'], meta: { a: 1 }, active: true, none: null }, { field: 'scheduledAt', order: 'DESC' })).toBe(
      '/api/work-orders.csv?status=open&status=done&meta.a=1&active=true&_sort=scheduledAt&_order=DESC',
    );
    expect(exportUrl('regions', {})).toBe('/api/regions.csv');
  });

  it('counts rows across chunks, not the line breaks inside quoted cells', () => {
    const count = csvRowCounter();
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(count(bytes('a,b\r\n1,"x\r\n'))).toBe(1);
    expect(count(bytes('y"""\r\n2,'))).toBe(2);
    expect(count(bytes('z\r\n'))).toBe(3);
  });
});
