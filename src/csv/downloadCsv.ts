import { HttpError } from 'ra-core';
import { csvRowCounter } from './csvRowCounter.ts';

export interface CsvFile {
  blob: Blob;
  fileName: string;
  rows: number;
}

/** `attachment; filename="work-orders.csv"` → `work-orders.csv`. */
const fileNameOf = (disposition: string | null, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/**
 * Downloads a streamed CSV export (GET /api/<resource>.csv), telling `onProgress` the rows received
 * and the total the server announced (X-Total-Count) as the bytes arrive; the abort signal cancels
 * it. A refusal rejects with react-admin's HttpError carrying the server's message.
 */
export async function downloadCsv(url: string, { signal, onProgress }: { signal: AbortSignal; onProgress: (rows: number, total: number) => void }): Promise<CsvFile> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/csv', 'X-Requested-With': 'XMLHttpRequest' }, signal });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new HttpError(body?.message ?? response.statusText, response.status, body);
  }
  const total = Number(response.headers.get('X-Total-Count') ?? 0);
  const count = csvRowCounter();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let rows = 0;
  const reader = response.body.getReader();
  signal.addEventListener('abort', () => void reader.cancel(), { once: true });
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    rows = Math.max(0, count(read.value) - 1); // the header line is no row
    onProgress(rows, total);
  }
  signal.throwIfAborted();
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), 'export.csv');
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), fileName, rows };
}

/** Hands a file to the browser's downloads (a link clicked, as react-admin's downloadCSV does). */
export function saveFile({ blob, fileName }: CsvFile): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.setAttribute('href', href);
  link.setAttribute('download', fileName);
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
