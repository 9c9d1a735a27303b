import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleReport, chunksOf, describeReport, initialJsBudget, type Chunk } from '../../server/build/bundle-budget.ts';

const chunk = (fileName: string, kb: number, imports: string[] = [], dynamicImports: string[] = [], isEntry = false): Chunk => ({
  fileName,
  isEntry,
  imports,
  dynamicImports,
  gzipBytes: kb * 1000,
});

describe('initial JavaScript budget', () => {
  const chunks = [
    chunk('index.js', 300, ['runtime.js', 'theme.js'], ['Chart.js', 'PrintPage.js'], true),
    chunk('runtime.js', 1),
    chunk('theme.js', 50, ['runtime.js']),
    chunk('Chart.js', 90, ['theme.js', 'axis.js']),
    chunk('axis.js', 15),
    chunk('PrintPage.js', 2, ['theme.js']),
  ];

  it('counts the entry and its static imports, transitively and once each; what import() loads is lazy', () => {
    const report = bundleReport(chunks, 400);
    expect(report.initial.map((c) => c.fileName).sort()).toEqual(['index.js', 'runtime.js', 'theme.js']);
    expect(report.lazy.map((c) => c.fileName).sort()).toEqual(['Chart.js', 'PrintPage.js', 'axis.js']);
    expect(report.initialKb).toBe(351);
    expect(report.lazyKb).toBe(107);
    expect(report.withinBudget).toBe(true);
    expect(describeReport(report)).toContain('Initial JS 351 kB gzip in 3 chunk(s) (budget 400 kB); lazy JS 107 kB gzip in 3 chunk(s)');
  });

  it('fails at one byte over the budget, passes at exactly the budget', () => {
    expect(bundleReport(chunks, 350).withinBudget).toBe(false);
    expect(bundleReport(chunks, 351).withinBudget).toBe(true);
    const eager = [chunk('index.js', 300, ['Chart.js'], [], true), chunk('Chart.js', 90)];
    expect(bundleReport(eager, 350).withinBudget).toBe(false);
  });

  it('refuses a bundle without an entry or naming a chunk it lacks', () => {
    expect(() => bundleReport([chunk('a.js', 1)])).toThrow('no entry');
    expect(() => bundleReport([chunk('index.js', 1, ['gone.js'], [], true)])).toThrow('gone.js');
  });

  it('measures gzipped chunk code and leaves assets out', () => {
    const code = 'export const x = "' + 'abc'.repeat(1000) + '";';
    const measured = chunksOf({
      'index.js': { type: 'chunk', fileName: 'index.js', isEntry: true, imports: [], dynamicImports: [], code } as never,
      'style.css': { type: 'asset', fileName: 'style.css' },
    });
    expect(measured).toEqual([{ fileName: 'index.js', isEntry: true, imports: [], dynamicImports: [], gzipBytes: gzipSync(code, { level: 9 }).length }]);
  });

  it('the Vite plugin fails the build over the budget and lets it through under it', () => {
    const plugin = initialJsBudget(1);
    const big = 'x'.repeat(10);
    // 5000 pseudo-random characters gzip to well over 1 kB
    let randomish = '';
    for (let i = 0, seed = 1; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      randomish += String.fromCharCode(33 + (seed % 90));
    }
    const bundle = (code: string) => ({ 'index.js': { type: 'chunk', fileName: 'index.js', isEntry: true, imports: [], dynamicImports: [], code } as never });
    const context = {
      error(message: string): never {
        throw new Error(message);
      },
    };
    expect(() => plugin.generateBundle.call(context, {}, bundle(randomish))).toThrow(/over its budget/);
    expect(() => plugin.generateBundle.call(context, {}, bundle(big))).not.toThrow();
  });
});
