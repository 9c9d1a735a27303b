// Open / overdue counting of corrective actions, so the server's SQL and the SPA agree on "overdue".
import type { IsoDate } from './types.ts';
import { dayNumber } from './dates.ts';

export interface CorrectiveActionState {
  dueDate: IsoDate | null;
  /** When it was closed (with evidence where required); null/absent while open. */
  closedAt?: IsoDate | null;
}

/** Overdue = still open on `asOf` and its due date is before `asOf` (due today is not overdue yet). */
export function isOverdue(action: CorrectiveActionState, asOf: IsoDate): boolean {
  if (action.dueDate == null) return false;
  const day = dayNumber(asOf);
  const open = action.closedAt == null || dayNumber(action.closedAt) > day;
  return open && dayNumber(action.dueDate) < day;
}

/** The `correctiveActions` input of the rating: actions open on `asOf`, and how many of them are overdue. */
export function countCorrectiveActions(actions: readonly CorrectiveActionState[], asOf: IsoDate): { open: number; overdue: number } {
  const day = dayNumber(asOf);
  let open = 0;
  let overdue = 0;
  for (const a of actions) {
    if (a.closedAt != null && dayNumber(a.closedAt) <= day) continue;
    open++;
    if (a.dueDate != null && dayNumber(a.dueDate) < day) overdue++;
  }
  return { open, overdue };
}
