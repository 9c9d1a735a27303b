import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

// Imports evaluated at run time: `import type` and `export type` vanish when compiled; `await import()` is one too.
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;

/** The relative modules a file imports at run time (type-only imports left out). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(RUNTIME_IMPORT)) {
    const statement = match[0];
    // `import { type A, type B } from` is type-only too.
    const names = /\{([^}]*)\}/.exec(statement)?.[1];
    if (names && !/\*|\bdefault\b/.test(statement.split('{')[0]) && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    found.push(path.resolve(path.dirname(file), match[1] ?? match[2]));
  }
  return found;
}

/** The import cycles among these files, each as the list of files around it. */
export function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, runtimeImports(f).filter((target) => files.includes(target))]));
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') cycles.push(stack.slice(stack.indexOf(next)).map((f) => path.relative(ROOT, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('runtime import cycles', () => {
  it('finds a cycle when there is one', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'cycle-'));
    fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a.ts';\nimport type { C } from './c.ts';\nexport const b = () => a;\n");
    fs.writeFileSync(path.join(dir, 'c.ts'), "import { type A } from './a.ts';\nexport type C = A;\n");
    fs.writeFileSync(path.join(dir, 'd.ts'), "export const d = async () => (await import('./e.ts')).e;\n");
    fs.writeFileSync(path.join(dir, 'e.ts'), "import { d } from './d.ts';\nexport const e = d;\n");
    expect(importCycles(sources(dir)).map((c) => c.length)).toEqual([2, 2]);
  });

  it('the server and the audit engine have none (a module never waits on one that imports it back)', () => {
    expect(importCycles([...sources(path.join(ROOT, 'server')), ...sources(path.join(ROOT, 'audits'))])).toEqual([]);
  });
});
