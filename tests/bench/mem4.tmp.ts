import fs from 'node:fs';
const m = () => Math.round(process.memoryUsage.rss() / 1e6);
const file = process.argv[2];
const src = fs.readFileSync(file, 'utf8');
const dir = file.split('/').slice(0, -1).join('/');
const specs = [...src.matchAll(/^import (?!type)[^'"]*from '([^']+)';/gm)].map((x) => x[1]);
let last = m();
for (const spec of specs) {
  await import(spec.startsWith('.') ? `../../${dir}/${spec}` : spec);
  const now = m();
  if (now - last > 4) console.log(spec, `+${now - last} MB`, now);
  last = now;
}
