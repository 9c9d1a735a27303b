import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['src', 'index.html', 'portal', 'public', 'vite.config.ts', 'package-lock.json'];

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** Builds the SPA into `dist/` when it is missing or older than its sources. */
export async function buildSpaIfNeeded(root: string, outDir: string): Promise<void> {
  const built = path.join(outDir, 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestChange(path.join(root, s))));
  if (builtAt >= changedAt) return;
  console.log('Building the web app (first start or sources changed)…');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
