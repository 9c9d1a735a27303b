import { permissionsOf } from '../../server/auth/policy.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { Permissions } from '../../src/providers/canAccess.ts';

/**
 * The commands and pseudo-resources of GET /api/auth/me `permissions` (the server's contract, issue
 * 11): who may run which command, see which dashboard topic (the user's own first), open the onboarding board.
 */
const BEYOND_CRUD: Record<string, Partial<Record<Role, string[]>>> = {
  'work-orders': { admin: ['complete', 'print'], compliance: ['authorize', 'complete', 'print'], 'regional-manager': ['print'], 'center-staff': ['print'] },
  'service-centers': { admin: ['go-live', 'recompute-rating', 'upload-document'], compliance: ['recompute-rating'], onboarding: ['go-live', 'upload-document'] },
  audits: { admin: ['submit'], compliance: ['submit'], onboarding: ['submit'] },
  devices: { admin: ['issue-unlock-code'], compliance: ['issue-unlock-code'] },
  'corrective-actions': { admin: ['close'], compliance: ['close'] },
  outbox: { admin: ['retry'], compliance: ['retry'] },
  stats: { admin: ['regional', 'compliance', 'onboarding'], compliance: ['compliance', 'regional', 'onboarding'], 'regional-manager': ['regional'], onboarding: ['onboarding'], 'center-staff': ['center'] },
  'onboarding-board': { admin: ['read'], compliance: ['read'], onboarding: ['read'] },
};

/** A role's permissions as GET /api/auth/me answers them: the server's role table (CRUD) and the commands. */
export function permissionsFor(role: Role): Permissions {
  const crud: Permissions = permissionsOf({ id: 1, role, regionId: 1, serviceCenterId: 1 });
  const resources = new Set([...Object.keys(crud), ...Object.keys(BEYOND_CRUD)]);
  return Object.fromEntries([...resources].map((resource) => [resource, [...new Set([...(crud[resource] ?? []), ...(BEYOND_CRUD[resource]?.[role] ?? [])])]]));
}
