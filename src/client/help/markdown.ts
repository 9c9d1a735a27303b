/**
 * The small markdown subset of help articles, parsed into blocks the portal renders as React
 * elements (never as HTML): paragraphs (blank-line separated; a single line break stays one),
 * `## ` headings, `- ` / `* ` bullet lists, `1. ` numbered lists, and `**bold**` inside them.
 */

/** A run of text, bold or not. */
export interface Run {
  text: string;
  strong: boolean;
}

/** A line of runs. */
export type Line = Run[];

export type Block =
  | { kind: 'heading'; line: Line }
  | { kind: 'paragraph'; lines: Line[] }
  | { kind: 'bullets'; items: Line[] }
  | { kind: 'numbers'; items: Line[] };

const HEADING = /^#{1,6}\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/** A line's text split into runs at `**` pairs (an unpaired `**` stays as written). */
export function parseRuns(text: string): Line {
  const runs: Line = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), strong: false });
    runs.push({ text: match[1], strong: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), strong: false });
  return runs;
}

export function parseArticle(body: string): Block[] {
  const blocks: Block[] = [];
  // whether the next line may continue the last block (no blank line or heading in between)
  let open = false;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const last = open ? blocks.at(-1) : undefined;
    open = line !== '';
    if (line === '') continue;
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', line: parseRuns(heading[1]) });
      open = false;
    } else if (item) {
      const kind = BULLET.test(line) ? 'bullets' : 'numbers';
      if (last?.kind === kind) last.items.push(parseRuns(item[1]));
      else blocks.push({ kind, items: [parseRuns(item[1])] });
    } else if (last?.kind === 'paragraph') {
      last.lines.push(parseRuns(line));
    } else {
      blocks.push({ kind: 'paragraph', lines: [parseRuns(line)] });
    }
  }
  return blocks;
}
