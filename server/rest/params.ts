import { badRequest } from './errors.ts';

/** A record id from a URL: a positive whole number, else 400. */
export function parseId(raw: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw badRequest('The id must be a positive whole number', { id: 'Invalid id' });
  return Number(raw);
}
