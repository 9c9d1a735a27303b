import { percentile, type Samples } from './measure.ts';

export interface Row {
  operation: string;
  ours: Samples;
  jsonServer: Samples;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : 'failed');

/** operation | ours p50 | ours p99 | json-server p50 | json-server p99 | ratio (json-server p50 / ours p50). */
export function printTable(rows: Row[]): void {
  const header = ['operation', 'ours p50', 'ours p99', 'json-server p50', 'json-server p99', 'ratio'];
  const body = rows.map((r) => {
    const o50 = percentile(r.ours.ms, 50);
    const j50 = percentile(r.jsonServer.ms, 50);
    return [r.operation, ms(o50), ms(percentile(r.ours.ms, 99)), ms(j50), ms(percentile(r.jsonServer.ms, 99)), Number.isFinite(j50 / o50) ? `${(j50 / o50).toFixed(1)}×` : '—'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) console.log(line(row));
  console.log(`samples (ours / json-server): ${rows.map((r) => `${r.operation} ${r.ours.ms.length}/${r.jsonServer.ms.length}`).join('; ')}`);
  for (const r of rows) {
    if (r.ours.error) console.log(`${r.operation}, ours failed: ${r.ours.error}`);
    if (r.jsonServer.error) console.log(`${r.operation}, json-server failed: ${r.jsonServer.error}`);
  }
}
