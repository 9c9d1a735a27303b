import type { Actor } from '../auth/roles.ts';
import { today } from '../dates.ts';

/** Who asks and when: every aggregate is computed for this actor's scope as of this instant. */
export interface StatsContext {
  actor: Actor;
  now: Date;
  /** `YYYY-MM-DD` of `now` (UTC, like the stored dates). */
  today: string;
}

export const statsContext = (actor: Actor, now = new Date()): StatsContext => ({ actor, now, today: today(now) });
