import { PRE_LIVE_STATUSES } from '../../server/resources/choices.ts';
import type { Role } from '../../server/auth/roles.ts';

/** What the server grants on a resource (GET /api/auth/me `permissions`). */
export type Permission = 'read' | 'create' | 'update' | 'delete';

/** For every resource, the actions the signed-in user may take. */
export type Permissions = Record<string, readonly string[]>;

/** The server permission each react-admin action needs; an action not listed here is refused. */
const NEEDED: Record<string, Permission> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

export const permissionNeededFor = (action: string): Permission | undefined => NEEDED[action];

/**
 * May a user with these permissions take this react-admin action on this resource? Unknown
 * resources and actions are refused: the server's table is the whitelist.
 */
export function canAccessWith(permissions: Permissions | undefined, { resource, action }: { resource: string; action: string }): boolean {
  const needed = permissionNeededFor(action);
  if (!needed || !permissions || !Object.hasOwn(permissions, resource)) return false;
  return permissions[resource].includes(needed);
}

/**
 * The server's record rules that a screen can know before the user tries (the server still
 * decides): onboarding staff edit only centers that are not live yet.
 */
export function recordAllows(role: Role | undefined, { resource, action, record }: { resource: string; action: string; record?: Record<string, unknown> }): boolean {
  if (resource === 'service-centers' && role === 'onboarding' && action === 'edit' && record) {
    return PRE_LIVE_STATUSES.includes(String(record.onboardingStatus));
  }
  return true;
}
