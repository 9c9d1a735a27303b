import { badRequest } from './errors.ts';
import { recordId } from './schemas.ts';

/** A record id from a URL: a positive whole number, else 400 (for routes that do not declare `idParams`). */
export function parseId(raw: string): number {
  const id = recordId.safeParse(raw);
  if (!id.success) throw badRequest('The id must be a positive whole number', { id: 'Invalid id' });
  return id.data;
}
