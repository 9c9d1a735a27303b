import type { RatingContribution, WhatIfChanges } from '../../../../audits/index.ts';

/** What the what-if panel's fields hold: numbers as typed (blank: as it is). */
export interface WhatIfForm {
  closeAll: boolean;
  close: number[];
  auditPercent: string;
  complaints: string;
}

export const EMPTY_FORM: WhatIfForm = { closeAll: false, close: [], auditPercent: '', complaints: '' };

/** The changes the form asks for, in the API's shape (the server checks the numbers). */
export function changesOf(form: WhatIfForm): WhatIfChanges {
  const changes: WhatIfChanges = {};
  if (form.closeAll) changes.closeCorrectiveActions = 'all';
  else if (form.close.length) changes.closeCorrectiveActions = form.close;
  if (form.auditPercent.trim() !== '') changes.nextAudit = { percent: Number(form.auditPercent) };
  if (form.complaints.trim() !== '') changes.complaints = Number(form.complaints);
  return changes;
}

/** The form that asks for these changes (a suggestion tried). */
export function formOf(changes: WhatIfChanges): WhatIfForm {
  const close = changes.closeCorrectiveActions;
  return {
    closeAll: close === 'all',
    close: close === 'all' || close === undefined ? [] : [...close],
    auditPercent: changes.nextAudit ? String(changes.nextAudit.percent) : '',
    complaints: changes.complaints === undefined ? '' : String(changes.complaints),
  };
}

/**
 * The explanation lines the changes move (their value or what it is computed from), each with its
 * contribution now and with the changes; a line whose points only moved by the rounding is not one.
 */
export function changedLines(current: readonly RatingContribution[], projected: readonly RatingContribution[]) {
  return projected.flatMap((after) => {
    const before = current.find((c) => c.key === after.key);
    return before && before.value === after.value && before.basis === after.basis ? [] : [{ key: after.key, before, after }];
  });
}
