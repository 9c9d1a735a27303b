// What-if: the rating inputs of a center with imagined changes applied, and the single changes that
// would raise its rating most. Pure: the same engine (rateCenter) rates the real and the changed inputs.
import type { RatingInputs } from './rating.ts';
import { rateCenter, type Rating } from './rating.ts';

/** A corrective action open on the rating date, as the what-if may close it. */
export interface OpenAction {
  id: number;
  overdue: boolean;
}

/** The changes to imagine; each left out is as it is. */
export interface WhatIfChanges {
  /** Corrective actions closed: all those open, or these (each must be open). */
  closeCorrectiveActions?: 'all' | readonly number[];
  /**
   * An annual audit submitted on the rating date with this result percent. The percent is the
   * result after the critical cap: an audit with a critical failure scores at most the cap (69 %),
   * so a percent above it imagines no critical failure. It raises no new corrective actions.
   */
  nextAudit?: { percent: number };
  /** Complaints received over the operational period (12 months) instead of the real count. */
  complaints?: number;
}

/** A change the inputs do not allow (an action that is not open), under the change's key. */
export class WhatIfError extends Error {
  constructor(
    readonly field: keyof WhatIfChanges,
    message: string,
  ) {
    super(message);
  }
}

/** The id the imagined audit carries in the changed inputs (and in the explanation's parts). */
export const IMAGINED_AUDIT_ID = 'what-if';

function closeActions(inputs: RatingInputs, open: readonly OpenAction[], close: WhatIfChanges['closeCorrectiveActions']): RatingInputs['correctiveActions'] {
  const counts = inputs.correctiveActions;
  if (close === undefined) return counts;
  const byId = new Map(open.map((a) => [a.id, a]));
  const ids = close === 'all' ? open.map((a) => a.id) : [...new Set(close)];
  const closed = ids.map((id) => {
    const action = byId.get(id);
    if (!action) throw new WhatIfError('closeCorrectiveActions', `Corrective action ${id} is not an open action of this center`);
    return action;
  });
  if (!counts) return counts;
  return { open: counts.open - closed.length, overdue: counts.overdue - closed.filter((a) => a.overdue).length };
}

/** The inputs as they would be with the changes: a copy, the inputs given are not touched. Throws WhatIfError. */
export function applyWhatIf(inputs: RatingInputs, open: readonly OpenAction[], changes: WhatIfChanges): RatingInputs {
  const changed: RatingInputs = { ...inputs, correctiveActions: closeActions(inputs, open, changes.closeCorrectiveActions) };
  if (changes.nextAudit) changed.audits = [...(inputs.audits ?? []), { id: IMAGINED_AUDIT_ID, date: inputs.asOf, percent: changes.nextAudit.percent }];
  if (changes.complaints !== undefined) changed.operations = { ...inputs.operations, complaints: changes.complaints };
  return changed;
}

export interface Suggestion {
  changes: WhatIfChanges;
  label: string;
  rating: Rating;
}

/** Audit results the suggestions try. */
export const SUGGESTED_AUDIT_PERCENTS = [90, 95, 100] as const;

/** The single changes worth trying: close all open actions, close each one, an audit at 90/95/100 %, no complaints. */
function candidates(inputs: RatingInputs, open: readonly OpenAction[]): { changes: WhatIfChanges; label: string }[] {
  const list: { changes: WhatIfChanges; label: string }[] = [];
  if (open.length) list.push({ changes: { closeCorrectiveActions: 'all' }, label: `Close all ${open.length} open corrective action${open.length === 1 ? '' : 's'}` });
  if (open.length > 1) {
    for (const a of open) list.push({ changes: { closeCorrectiveActions: [a.id] }, label: `Close corrective action ${a.id}${a.overdue ? ' (overdue)' : ''}` });
  }
  for (const percent of SUGGESTED_AUDIT_PERCENTS) list.push({ changes: { nextAudit: { percent } }, label: `An annual audit at ${percent} % today` });
  if (inputs.operations?.complaints) list.push({ changes: { complaints: 0 }, label: 'No complaints over the last 12 months' });
  return list;
}

/**
 * The `count` single changes that would raise the score most, best first (ties: in the order of
 * `candidates`), each with its projected rating; only changes that raise it. An unrated center
 * counts as 0.
 */
export function suggestWhatIfs(inputs: RatingInputs, open: readonly OpenAction[], current: Rating = rateCenter(inputs), count = 3): Suggestion[] {
  const base = current.score ?? 0;
  return candidates(inputs, open)
    .map((c) => ({ ...c, rating: rateCenter(applyWhatIf(inputs, open, c.changes)) }))
    .filter((s) => (s.rating.score ?? 0) > base)
    .sort((a, b) => (b.rating.score ?? 0) - (a.rating.score ?? 0))
    .slice(0, count);
}
