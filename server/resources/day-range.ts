import { badRequest } from '../rest/errors.ts';

/** Refuses (400 under `endsOn`) a range of days whose last day comes before its first, as stored after the change. */
export function requireDaysInOrder(before: Record<string, unknown> | undefined, changes: Record<string, unknown>, why: string): void {
  const { startsOn, endsOn } = { ...before, ...changes };
  if (typeof startsOn === 'string' && typeof endsOn === 'string' && endsOn < startsOn) throw badRequest('Some fields are invalid', { endsOn: why });
}
