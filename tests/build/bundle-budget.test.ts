import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleReports, chunksOf, describeReport, initialJsBudget, INITIAL_JS_BUDGETS_KB, type Chunk } from '../../server/build/bundle-budget.ts';

const chunk = (fileName: string, kb: number, imports: string[] = [], dynamicImports: string[] = [], entry?: string): Chunk => ({
  fileName,
  name: entry ?? fileName.replace(/\.js$/, ''),
  isEntry: entry !== undefined,
  imports,
  dynamicImports,
  gzipBytes: kb * 1000,
});

describe('initial JavaScript budget', () => {
  const chunks = [
    chunk('index.js', 300, ['runtime.js', 'theme.js'], ['Chart.js', 'PrintPage.js'], 'main'),
    chunk('runtime.js', 1),
    chunk('theme.js', 50, ['runtime.js']),
    chunk('Chart.js', 90, ['theme.js', 'axis.js']),
    chunk('axis.js', 15),
    chunk('PrintPage.js', 2, ['theme.js']),
  ];
  const only = (budgetKb: number) => bundleReports(chunks, { main: budgetKb })[0];

  it('counts the entry and its static imports, transitively and once each; what import() loads is lazy', () => {
    const report = only(400);
    expect(report.entry).toBe('main');
    expect(report.initial.map((c) => c.fileName).sort()).toEqual(['index.js', 'runtime.js', 'theme.js']);
    expect(report.lazy.map((c) => c.fileName).sort()).toEqual(['Chart.js', 'PrintPage.js', 'axis.js']);
    expect(report.initialKb).toBe(351);
    expect(report.lazyKb).toBe(107);
    expect(report.withinBudget).toBe(true);
    expect(describeReport(report)).toContain('Initial JS of "main" 351 kB gzip in 3 chunk(s) (budget 400 kB); lazy JS 107 kB gzip in 3 chunk(s)');
  });

  it('fails at one byte over the budget, passes at exactly the budget', () => {
    expect(only(350).withinBudget).toBe(false);
    expect(only(351).withinBudget).toBe(true);
    const eager = [chunk('index.js', 300, ['Chart.js'], [], 'main'), chunk('Chart.js', 90)];
    expect(bundleReports(eager, { main: 350 })[0].withinBudget).toBe(false);
  });

  it('checks each entry against its own budget: what two entries share counts for both, what one loads alone only for it', () => {
    const two = [
      chunk('index.js', 300, ['react.js', 'admin.js'], [], 'main'),
      chunk('portal.js', 20, ['react.js', 'core.js'], ['Map.js'], 'portal'),
      chunk('react.js', 60),
      chunk('admin.js', 100, ['react.js']),
      chunk('core.js', 40, ['react.js']),
      chunk('Map.js', 30, ['react.js']),
    ];
    const [main, portal] = bundleReports(two, { main: 500, portal: 100 });
    expect(main).toMatchObject({ entry: 'main', initialKb: 460, lazyKb: 0, withinBudget: true });
    expect(portal).toMatchObject({ entry: 'portal', initialKb: 120, lazyKb: 30, withinBudget: false });
    expect(portal.initial.map((c) => c.fileName).sort()).toEqual(['core.js', 'portal.js', 'react.js']);
    expect(bundleReports(two, { main: 500, portal: 120 }).every((r) => r.withinBudget)).toBe(true);
  });

  it('the back office keeps 500 kB, the client portal gets 300 kB', () => {
    expect(INITIAL_JS_BUDGETS_KB).toEqual({ main: 500, portal: 300 });
  });

  it('refuses a bundle without an entry, an entry without a budget, a budget without an entry, or naming a chunk it lacks', () => {
    expect(() => bundleReports([chunk('a.js', 1)], {})).toThrow('no entry');
    expect(() => bundleReports([chunk('index.js', 1, [], [], 'main')], {})).toThrow('"main" has no budget');
    expect(() => bundleReports([chunk('index.js', 1, [], [], 'main')], { main: 1, portal: 1 })).toThrow('no entry "portal"');
    expect(() => bundleReports([chunk('index.js', 1, ['gone.js'], [], 'main')], { main: 1 })).toThrow('gone.js');
  });

  it('measures gzipped chunk code and leaves assets out', () => {
    const code = 'export const x = "' + 'abc'.repeat(1000) + '";';
    const measured = chunksOf({
      'index.js': { type: 'chunk', fileName: 'index.js', name: 'main', isEntry: true, imports: [], dynamicImports: [], code } as never,
      'style.css': { type: 'asset', fileName: 'style.css' },
    });
    expect(measured).toEqual([{ fileName: 'index.js', name: 'main', isEntry: true, imports: [], dynamicImports: [], gzipBytes: gzipSync(code, { level: 9 }).length }]);
  });

  it('the Vite plugin fails the build over the budget and lets it through under it', () => {
    const plugin = initialJsBudget({ main: 1 });
    const big = 'x'.repeat(10);
    // 5000 pseudo-random characters gzip to well over 1 kB
    let randomish = '';
    for (let i = 0, seed = 1; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      randomish += String.fromCharCode(33 + (seed % 90));
    }
    const bundle = (code: string) => ({ 'index.js': { type: 'chunk', fileName: 'index.js', name: 'main', isEntry: true, imports: [], dynamicImports: [], code } as never });
    const context = {
      error(message: string): never {
        throw new Error(message);
      },
    };
    expect(() => plugin.generateBundle.call(context, {}, bundle(randomish))).toThrow(/over its budget/);
    expect(() => plugin.generateBundle.call(context, {}, bundle(big))).not.toThrow();
  });
});
