/** `{ field: [before, after] }`, as the server writes it into each audit-log entry. */
export type Diff = Record<string, [before: unknown, after: unknown]>;

export interface DiffValue {
  /** What to show; '—' for nothing. */
  text: string;
  /** Structured (an object or a list): show as a preformatted block. */
  block: boolean;
}

/** A value of a diff as a person reads it: nulls as '—', objects and lists pretty-printed JSON. */
export function formatDiffValue(value: unknown, yesNo: (value: boolean) => string = String): DiffValue {
  if (value === null || value === undefined || value === '') return { text: '—', block: false };
  if (typeof value === 'boolean') return { text: yesNo(value), block: false };
  if (typeof value === 'object') return { text: JSON.stringify(value, null, 2), block: true };
  return { text: String(value), block: false };
}

/** The rows of a diff table, in the server's field order; none for a missing or empty diff. */
export function diffRows(diff: Diff | null | undefined) {
  return Object.entries(diff ?? {}).map(([field, [before, after]]) => ({ field, before, after }));
}
