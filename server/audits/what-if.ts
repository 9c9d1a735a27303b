import { z } from 'zod';
import { applyWhatIf, isOverdue, rateCenter, suggestWhatIfs, WhatIfError, type OpenAction, type Rating, type RatingInputs, type Suggestion, type WhatIfChanges } from '../../audits/index.ts';
import type { Transaction } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import { findAuthorized } from '../rest/authorize.ts';
import { badRequest } from '../rest/errors.ts';
import { serviceCenters } from '../resources/service-centers.ts';
import { openActionsOf, ratingInputs } from './rating.ts';

const percent = 'Must be a percent from 0 to 100';
const actionId = 'Must be corrective action ids';

/** POST /api/service-centers/:id/rating/what-if: the changes to imagine, each optional; nothing else. */
export const whatIfBody = z.preprocess(
  (body) => body ?? {},
  z.strictObject({
    closeCorrectiveActions: z
      .union([z.literal('all'), z.array(z.number().int().positive(), { error: actionId }).max(1000, 'At most 1000 actions')], { error: `Must be "all" or a list of corrective action ids` })
      .optional(),
    nextAudit: z.strictObject({ percent: z.number({ error: percent }).min(0, percent).max(100, percent) }, { error: 'Must be { percent }' }).optional(),
    complaints: z.number({ error: 'Must be a whole number' }).int('Must be a whole number').min(0, 'Must be 0 or more').max(1_000_000, 'At most 1,000,000').optional(),
  }),
);

/** A corrective action the center's rating counts as open, which the what-if may close. */
export interface WhatIfAction {
  id: number;
  severity: string;
  description: string;
  dueDate: string | null;
  overdue: boolean;
}

/** The answer: the rating now and with the changes, both by the engine (stored nowhere), and what would raise it most. */
export interface RatingWhatIf {
  serviceCenterId: number;
  asOf: string;
  changes: WhatIfChanges;
  current: Rating;
  projected: Rating;
  openActions: WhatIfAction[];
  suggestions: Suggestion[];
}

/** The inputs with the changes; an action that is not open is the client's mistake (400 naming it). */
function changedInputs(inputs: RatingInputs, open: readonly OpenAction[], changes: WhatIfChanges): RatingInputs {
  try {
    return applyWhatIf(inputs, open, changes);
  } catch (error) {
    if (error instanceof WhatIfError) throw badRequest(error.message, { [error.field]: error.message });
    throw error;
  }
}

/**
 * The center's rating as of today from its real inputs (those a recompute would store), and the
 * rating of a copy of them with the changes; reads only. Refused like a command: the role (403)
 * before the center is looked up, out of scope 404; an action that is not open is a 400 naming it.
 */
export async function ratingWhatIf(trx: Transaction, actor: Actor, serviceCenterId: number, changes: WhatIfChanges, now = new Date()): Promise<RatingWhatIf> {
  await findAuthorized(trx, actor, 'rating-what-if', serviceCenters, serviceCenterId);
  const asOf = now.toISOString().slice(0, 10);
  const [inputs, rows] = await Promise.all([ratingInputs(trx, serviceCenterId, asOf), openActionsOf(trx, serviceCenterId, asOf)]);
  const openActions = rows.map((a) => ({ ...a, overdue: isOverdue(a, asOf) }));
  const current = rateCenter(inputs);
  return { serviceCenterId, asOf, changes, current, projected: rateCenter(changedInputs(inputs, openActions, changes)), openActions, suggestions: suggestWhatIfs(inputs, openActions, current) };
}
