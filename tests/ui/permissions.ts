import { permissionsOf } from '../../server/auth/policy.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { Permissions } from '../../src/providers/canAccess.ts';

/** A role's permissions as GET /api/auth/me answers them: the server's policy, CRUD and commands. */
export const permissionsFor = (role: Role): Permissions => permissionsOf({ id: 1, role, regionId: 1, serviceCenterId: 1 });
