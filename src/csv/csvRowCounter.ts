const QUOTE = 34;
const LINE_FEED = 10;

/**
 * Counts the lines of a CSV arriving in chunks of bytes: a line feed inside a quoted cell (a
 * multi-line note) does not end a row. `count(chunk)` returns the lines ended so far.
 */
export function csvRowCounter() {
  let lines = 0;
  let quoted = false;
  return (chunk: Uint8Array): number => {
    for (let at = 0; at < chunk.length; at++) {
      const quote = chunk.indexOf(QUOTE, at);
      const end = quoted ? -1 : chunk.indexOf(LINE_FEED, at);
      if (end !== -1 && (quote === -1 || end < quote)) {
        lines++;
        at = end;
      } else if (quote !== -1) {
        quoted = !quoted;
        at = quote;
      } else break;
    }
    return lines;
  };
}
