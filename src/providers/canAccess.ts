/** What the server grants on a resource (GET /api/auth/me `permissions`). */
export type Permission = 'read' | 'create' | 'update' | 'delete';

/** For every resource, the actions the signed-in user may take. */
export type Permissions = Record<string, readonly Permission[]>;

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
