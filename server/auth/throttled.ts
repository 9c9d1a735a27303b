import { HttpError } from '../rest/errors.ts';
import type { Reservation } from './throttle.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Refuses a throttled attempt with 429 ("Too many <what>."), else waits out its delay. */
export async function throttled(reservation: Reservation, what: string) {
  if (reservation.refusedForMs > 0) {
    const minutes = Math.ceil(reservation.refusedForMs / 60_000);
    throw new HttpError(429, `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
  await sleep(reservation.delayMs);
}
