import { daysBetweenIsoDays } from '../../server/dates.ts';

/** How soon before its expiry a center is warned to renew its insurance binder. */
export const BINDER_WARNING_DAYS = 45;

export type BinderState = { state: 'missing' } | { state: 'lapsed'; days: number } | { state: 'expiring'; days: number } | { state: 'current'; days: number };

/** The binder's state on a day: none on file, lapsed (since how many days), expiring within 45 days (in how many), or current. */
export function binderState(expiresOn: string | null | undefined, today: string): BinderState {
  if (!expiresOn) return { state: 'missing' };
  const days = daysBetweenIsoDays(today, expiresOn.slice(0, 10));
  if (days < 0) return { state: 'lapsed', days: -days };
  return days <= BINDER_WARNING_DAYS ? { state: 'expiring', days } : { state: 'current', days };
}
