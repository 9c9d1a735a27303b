/** Not reported yet (the stored status turns overdue within minutes of the deadline: the windows read dueAt). */
const UNREPORTED = ['open', 'overdue'];

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * The compliance queue's windows as list filters: overdue (deadline passed), due by the end of
 * today (UTC, like the dashboard's count) and due within 24 hours, all unreported. To the minute,
 * so that a link and the list's own filters made in the same minute are the same filter (shown selected).
 */
export function dueWindows(time = new Date()) {
  const now = new Date(Math.floor(time.getTime() / MINUTE_MS) * MINUTE_MS);
  const at = now.toISOString();
  return {
    overdue: { status: UNREPORTED, dueAt_lte: at },
    dueToday: { status: UNREPORTED, dueAt_gte: at, dueAt_lte: `${at.slice(0, 10)}T23:59:59.999Z` },
    dueWithin24h: { status: UNREPORTED, dueAt_gte: at, dueAt_lte: new Date(now.getTime() + 24 * HOUR_MS).toISOString() },
  };
}

export type DueWindow = keyof ReturnType<typeof dueWindows>;

