import type { AuthProvider } from 'ra-core';
import { clientFetch } from '../api.ts';
import { PORTAL_BASE } from '../base.ts';
import { statusOf } from '../errors.ts';
import { goTo, stayOrLeave } from '../../providers/home.ts';

/** The signed-in user as GET /api/auth/me and POST /api/auth/login describe them. */
export interface ClientMe {
  id: number;
  name: string;
  email: string;
  customerId: number | null;
  /** The app that is theirs: the portal for a customer, the back office for staff (decided by the server's policy). */
  home: string;
  permissions: Record<string, string[]>;
}

/** The signed-in customer as the portal's pages get them from `useGetIdentity()`. */
export interface ClientIdentity {
  id: number;
  fullName: string;
  /** The sign-in e-mail. */
  email: string;
  customerId: number | null;
}

type Fetch = typeof clientFetch;

/**
 * Sign-in with the server's session cookie, for customers: who is signed in is fetched once from
 * /api/auth/me and kept until the next sign-in or sign-out. Someone whose home is not the portal
 * (staff) is sent to theirs by `leave` and the app waits for the page to go.
 */
export function createClientAuthProvider(request: Fetch = clientFetch, leave = goTo): AuthProvider {
  let me: Promise<ClientMe> | undefined;
  const ownUser = stayOrLeave(PORTAL_BASE, leave);
  const whoAmI = () =>
    (me ??= request<ClientMe>('/api/auth/me').then(ownUser, (error) => {
      me = undefined;
      throw error;
    }));

  return {
    async login({ username, password }: { username: string; password: string }) {
      me = undefined;
      const user = await request<ClientMe>('/api/auth/login', { method: 'POST', body: { email: username, password } });
      me = ownUser(user);
      await me;
    },
    async logout() {
      const wasSignedIn = me !== undefined;
      me = undefined;
      // An expired session answers 401: signed out either way.
      if (wasSignedIn) await request('/api/auth/logout', { method: 'POST', body: {} }).catch(() => undefined);
    },
    async checkAuth() {
      try {
        await whoAmI();
      } catch (error) {
        // Not signed in: the sign-in page, without an error notification.
        if (statusOf(error) === 401) throw { message: false };
        // No answer at all (offline): the page stays, and says what it could not load.
        if (statusOf(error) === undefined) return;
        throw error;
      }
    },
    async checkError(error) {
      if (statusOf(error) === 401) throw { message: 'ra.notification.logged_out' };
    },
    async getIdentity(): Promise<ClientIdentity> {
      const user = await whoAmI();
      return { id: user.id, fullName: user.name, email: user.email, customerId: user.customerId };
    },
    async getPermissions() {
      return (await whoAmI()).permissions;
    },
    async canAccess({ resource, action }) {
      const permissions = await whoAmI().then(
        (user) => user.permissions,
        () => ({}) as ClientMe['permissions'],
      );
      return (permissions[resource] ?? []).includes(action);
    },
  };
}
