import type { OpeningHours } from '../availability/hours.ts';

/**
 * What anyone may see of a service center — the public locator, a customer's portal, an e-mail to
 * a customer: where it is and how to reach it, never the agreement (prices, ratings, insurance,
 * contacts, notes).
 */
export interface PublicCenterFacts {
  name: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string | null;
  /** The free-text note on the hours ("Sat by appointment"). */
  hours: string | null;
}

/** The columns of PublicCenterFacts, to select. */
export const PUBLIC_CENTER_FACTS = ['name', 'street', 'city', 'state', 'postalCode', 'phone', 'hours'] as const;

/** The facts with the center's id and its weekly hours (in its local time; null when none are given). */
export interface PublicCenterWithHours extends PublicCenterFacts {
  id: number;
  openingHours: OpeningHours | null;
}

/** The stored weekly hours (JSON text) as data. */
export const openingHoursOf = (stored: string | null): OpeningHours | null => (stored === null ? null : (JSON.parse(stored) as OpeningHours));
