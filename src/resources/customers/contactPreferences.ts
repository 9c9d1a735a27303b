import type { Customer } from '../../../server/resources/types.ts';

type Preferences = NonNullable<Customer['contactPreferences']>;

/**
 * A customer's form data with their contact preferences as the server takes them: none chosen on
 * any topic is "not stated yet" (null); otherwise every topic needs its channel (the server says which is missing).
 */
export function withContactPreferences<T extends { contactPreferences?: Partial<Preferences> | null }>(data: T): T {
  const chosen = Object.values(data.contactPreferences ?? {}).some((channel) => channel);
  return { ...data, contactPreferences: chosen ? data.contactPreferences : null };
}
