import { gzipSync } from 'node:zlib';

/**
 * The SPA's weight budget: the JavaScript a first visit downloads before anything shows (the
 * entry chunk and every chunk it imports statically) must stay under INITIAL_JS_BUDGET_KB gzipped.
 * Charts, print views and other pages loaded with `import()` are lazy and not counted against it.
 * Set with ~15 % headroom over the 438 kB of November 2026 (react-admin, MUI and React are most of it).
 */
export const INITIAL_JS_BUDGET_KB = 500;

/** One JavaScript chunk of the build, as the bundler describes it. */
export interface Chunk {
  fileName: string;
  isEntry: boolean;
  /** Chunks this one imports statically (loaded with it). */
  imports: string[];
  /** Chunks this one loads on demand with `import()`. */
  dynamicImports: string[];
  gzipBytes: number;
}

export interface BundleReport {
  initial: Chunk[];
  lazy: Chunk[];
  initialKb: number;
  lazyKb: number;
  budgetKb: number;
  withinBudget: boolean;
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const sum = (chunks: Chunk[]) => chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0);

/** Splits the chunks into initial (entries and their static imports, transitively) and lazy, and checks the budget. */
export function bundleReport(chunks: Chunk[], budgetKb = INITIAL_JS_BUDGET_KB): BundleReport {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initialNames = new Set<string>();
  const visit = (name: string) => {
    if (initialNames.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) throw new Error(`The build names a chunk it does not contain: ${name}`);
    initialNames.add(name);
    chunk.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  if (initialNames.size === 0) throw new Error('The build has no entry chunk');
  const initial = chunks.filter((chunk) => initialNames.has(chunk.fileName));
  const lazy = chunks.filter((chunk) => !initialNames.has(chunk.fileName));
  const initialKb = kb(sum(initial));
  return { initial, lazy, initialKb, lazyKb: kb(sum(lazy)), budgetKb, withinBudget: sum(initial) <= budgetKb * 1000 };
}

/** What the build prints: the initial weight against the budget, then the largest lazy chunks. */
export function describeReport(report: BundleReport): string {
  const largest = [...report.lazy].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
  return [
    `Initial JS ${report.initialKb} kB gzip in ${report.initial.length} chunk(s) (budget ${report.budgetKb} kB); lazy JS ${report.lazyKb} kB gzip in ${report.lazy.length} chunk(s)`,
    ...largest.map((chunk) => `  lazy ${chunk.fileName} ${kb(chunk.gzipBytes)} kB`),
  ].join('\n');
}

interface OutputChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
}
interface OutputJsChunk extends OutputChunkLike {
  type: 'chunk';
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  code: string;
}

/** The JavaScript chunks of a Rollup/Rolldown output bundle, with their gzipped sizes. */
export function chunksOf(bundle: Record<string, OutputChunkLike>): Chunk[] {
  return Object.values(bundle)
    .filter((item): item is OutputJsChunk => item.type === 'chunk')
    .map((chunk) => ({
      fileName: chunk.fileName,
      isEntry: chunk.isEntry,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
    }));
}

/** Vite plugin: fails `vite build` (and so `npm run build` and `npm test`) when the initial JS is over budget. */
export function initialJsBudget(budgetKb = INITIAL_JS_BUDGET_KB) {
  return {
    name: 'initial-js-budget',
    apply: 'build' as const,
    generateBundle(this: { error(message: string): never }, _options: unknown, bundle: Record<string, OutputChunkLike>) {
      const report = bundleReport(chunksOf(bundle), budgetKb);
      if (!report.withinBudget) {
        this.error(`${describeReport(report)}\nThe initial JavaScript is over its budget: load the new weight lazily (React.lazy / import()) or raise INITIAL_JS_BUDGET_KB in server/build/bundle-budget.ts with a reason.`);
      }
      console.log(describeReport(report));
    },
  };
}
