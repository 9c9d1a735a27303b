import type { AuthProvider } from 'react-admin';
import { httpClient } from './dataProvider.ts';
import { canAccessWith, recordAllows, type Permissions } from './canAccess.ts';
import type { Role } from '../../server/auth/roles.ts';

/** The signed-in user as GET /api/auth/me (and POST /api/auth/login) describe them. */
export interface Me {
  id: number;
  name: string;
  email: string;
  role: Role;
  regionId: number | null;
  serviceCenterId: number | null;
  permissions: Permissions;
}

type Client = typeof httpClient;

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/**
 * Sign-in with the server's session cookie. Who is signed in, and what they may do, is fetched
 * once from /api/auth/me and kept until the next sign-in or sign-out; `canAccess` answers from
 * those permissions, so menus and buttons follow the server's role table.
 */
export function createAuthProvider(client: Client = httpClient): AuthProvider {
  let me: Promise<Me> | undefined;
  const forget = () => {
    me = undefined;
  };
  const whoAmI = () =>
    (me ??= client('/api/auth/me').then(
      ({ json }) => json as Me,
      (error) => {
        forget();
        throw error;
      },
    ));

  return {
    async login({ username, password }: { username: string; password: string }) {
      forget();
      const { json } = await client('/api/auth/login', { method: 'POST', body: JSON.stringify({ email: username, password }) });
      me = Promise.resolve(json as Me);
    },
    async logout() {
      const wasSignedIn = me !== undefined;
      forget();
      // An expired session answers 401; the user is signed out either way.
      if (wasSignedIn) await client('/api/auth/logout', { method: 'POST', body: '{}' }).catch(() => undefined);
    },
    async checkAuth() {
      try {
        await whoAmI();
      } catch (error) {
        // Not signed in yet: go to the sign-in page without an error notification.
        throw statusOf(error) === 401 ? { message: false } : error;
      }
    },
    async checkError(error) {
      // 401: the session ended, react-admin signs out. 403 (and the rest): stay signed in,
      // the failed request's notification shows the server's reason.
      // (The cache is cleared by the sign-out that follows.)
      if (statusOf(error) === 401) throw { message: 'ra.notification.logged_out' };
    },
    async getIdentity() {
      const user = await whoAmI();
      return { id: user.id, fullName: user.name, email: user.email, role: user.role };
    },
    async getPermissions() {
      return (await whoAmI()).permissions;
    },
    async canAccess({ resource, action, record }) {
      try {
        const user = await whoAmI();
        return canAccessWith(user.permissions, { resource, action }) && recordAllows(user.role, { resource, action, record });
      } catch {
        return false;
      }
    },
  };
}

export const authProvider = createAuthProvider();
