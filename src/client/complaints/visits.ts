import type { CustomerVisit } from '../../../server/rules/complaints/visits.ts';

/** A center the customer was served at, as the form offers it. */
export interface VisitedCenter {
  id: number;
  name: string;
  city: string;
}

/** The centers of the customer's visits, each once, by name. */
export function visitedCenters(visits: readonly CustomerVisit[]): VisitedCenter[] {
  const centers = new Map<number, VisitedCenter>();
  for (const v of visits) if (!centers.has(v.serviceCenterId)) centers.set(v.serviceCenterId, { id: v.serviceCenterId, name: v.serviceCenterName, city: v.serviceCenterCity });
  return [...centers.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The visits at one center, latest first (as the server lists them). */
export const visitsAt = (visits: readonly CustomerVisit[], centerId: number | '') => visits.filter((v) => v.serviceCenterId === centerId);
