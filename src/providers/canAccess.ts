/**
 * What the server grants (GET /api/auth/me `permissions`): for every resource, the actions the
 * signed-in user's role may take — `read`, `create`, `update`, `delete` and the resource's
 * commands (`authorize`, `go-live`, …); pseudo-resources too (`stats`: the dashboard topics).
 */
export type Permissions = Record<string, readonly string[]>;

/** The server action each react-admin CRUD action needs; any other action is a command of that name. */
const CRUD: Record<string, string> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

/** The server's name of a react-admin action (`edit` → `update`, `authorize` → `authorize`). */
export const serverAction = (action: string): string => (Object.hasOwn(CRUD, action) ? CRUD[action] : action);

/**
 * Does the answer depend on the record, so that the server's dry run of it is asked? Reading and
 * creating do not (a record the user sees is one they may read); changes and commands do.
 */
export const dependsOnRecord = (action: string): boolean => !['read', 'create'].includes(serverAction(action));

/**
 * May a user with these permissions take this action on this resource (the role alone, before any
 * record)? Unknown resources and actions are refused: the server's table is the whitelist.
 */
export function canAccessWith(permissions: Permissions | undefined, { resource, action }: { resource: string; action: string }): boolean {
  if (!permissions || !Object.hasOwn(permissions, resource)) return false;
  return permissions[resource].includes(serverAction(action));
}

/**
 * The answer to "may I?" with its reason: `permitted` says whether the role may take the action
 * at all (if not, the control is hidden); a permitted action the record's state refuses comes
 * with the server's reason (the control is disabled and says why).
 */
export type ActionDecision = { allowed: true; permitted: true } | { allowed: false; permitted: boolean; reason: string };
