export const ROLES = ['admin', 'compliance', 'regional-manager', 'onboarding', 'center-staff', 'customer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: what the permission policy needs to know of a signed-in user. */
export interface Actor {
  id: number;
  role: Role;
  /** The region a regional manager manages. */
  regionId: number | null;
  /** The service center a center-staff user works for. */
  serviceCenterId: number | null;
  /** The customer a customer's own login is (staff have none). */
  customerId?: number | null;
}
