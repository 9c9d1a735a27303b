import { gzipSync } from 'node:zlib';

/**
 * The apps' weight budgets: the JavaScript a first visit downloads before anything shows (an
 * entry's chunk and every chunk it imports statically, transitively) must stay under its entry's
 * budget, gzipped. Charts, print views and other pages loaded with `import()` are lazy and not
 * counted against it. One budget per entry of the build (the input names of vite.config.ts):
 * - `main`, the back office: ~15 % headroom over the 438 kB of November 2026 (react-admin, MUI and React);
 * - `portal`, the customers' app on their phones: ra-core (not react-admin), MUI and React, 300 kB.
 */
export const INITIAL_JS_BUDGETS_KB: Readonly<Record<string, number>> = { main: 500, portal: 300 };

/** One JavaScript chunk of the build, as the bundler describes it. */
export interface Chunk {
  fileName: string;
  /** The chunk's name: for an entry chunk, its input's name. */
  name: string;
  isEntry: boolean;
  /** Chunks this one imports statically (loaded with it). */
  imports: string[];
  /** Chunks this one loads on demand with `import()`. */
  dynamicImports: string[];
  gzipBytes: number;
}

/** One entry's weight: what it loads first, what it may load later, against its budget. */
export interface BundleReport {
  entry: string;
  initial: Chunk[];
  lazy: Chunk[];
  initialKb: number;
  lazyKb: number;
  budgetKb: number;
  withinBudget: boolean;
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const sum = (chunks: Chunk[]) => chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0);

/** The chunks reached from `start` through the given links, transitively, `start` included. */
function reach(byName: Map<string, Chunk>, start: string, links: (chunk: Chunk) => string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) throw new Error(`The build names a chunk it does not contain: ${name}`);
    seen.add(name);
    links(chunk).forEach(visit);
  };
  visit(start);
  return seen;
}

/**
 * One report per entry chunk: initial (the entry and its static imports, transitively) and lazy
 * (what it reaches further through `import()`), checked against the entry's budget. Every entry
 * has a budget and every budget an entry, so that a new or renamed entry is not left unchecked.
 */
export function bundleReports(chunks: Chunk[], budgetsKb: Readonly<Record<string, number>> = INITIAL_JS_BUDGETS_KB): BundleReport[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length === 0) throw new Error('The build has no entry chunk');
  for (const name of Object.keys(budgetsKb)) {
    if (!entries.some((entry) => entry.name === name)) throw new Error(`The build has no entry "${name}", which has a budget`);
  }
  return entries.map((entry) => {
    const budgetKb = budgetsKb[entry.name];
    if (budgetKb === undefined) throw new Error(`The entry "${entry.name}" has no budget in INITIAL_JS_BUDGETS_KB`);
    const initialNames = reach(byName, entry.fileName, (chunk) => chunk.imports);
    const reachable = reach(byName, entry.fileName, (chunk) => [...chunk.imports, ...chunk.dynamicImports]);
    const initial = chunks.filter((chunk) => initialNames.has(chunk.fileName));
    const lazy = chunks.filter((chunk) => reachable.has(chunk.fileName) && !initialNames.has(chunk.fileName));
    return { entry: entry.name, initial, lazy, initialKb: kb(sum(initial)), lazyKb: kb(sum(lazy)), budgetKb, withinBudget: sum(initial) <= budgetKb * 1000 };
  });
}

/** What the build prints for an entry: its initial weight against its budget, then its largest lazy chunks. */
export function describeReport(report: BundleReport): string {
  const largest = [...report.lazy].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
  return [
    `Initial JS of "${report.entry}" ${report.initialKb} kB gzip in ${report.initial.length} chunk(s) (budget ${report.budgetKb} kB); lazy JS ${report.lazyKb} kB gzip in ${report.lazy.length} chunk(s)`,
    ...largest.map((chunk) => `  lazy ${chunk.fileName} ${kb(chunk.gzipBytes)} kB`),
  ].join('\n');
}

interface OutputChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
}
interface OutputJsChunk extends OutputChunkLike {
  type: 'chunk';
  name: string;
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
      name: chunk.name,
      isEntry: chunk.isEntry,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
    }));
}

/** Vite plugin: fails `vite build` (and so `npm run build` and `npm test`) when an entry's initial JS is over its budget. */
export function initialJsBudget(budgetsKb: Readonly<Record<string, number>> = INITIAL_JS_BUDGETS_KB) {
  return {
    name: 'initial-js-budget',
    apply: 'build' as const,
    generateBundle(this: { error(message: string): never }, _options: unknown, bundle: Record<string, OutputChunkLike>) {
      const reports = bundleReports(chunksOf(bundle), budgetsKb);
      const over = reports.filter((report) => !report.withinBudget);
      if (over.length) {
        this.error(
          `${over.map(describeReport).join('\n')}\nThe initial JavaScript is over its budget: load the new weight lazily (React.lazy / import()) or raise INITIAL_JS_BUDGETS_KB in server/build/bundle-budget.ts with a reason.`,
        );
      }
      console.log(reports.map(describeReport).join('\n'));
    },
  };
}
