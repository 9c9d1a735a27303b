import type { AuthProvider, Identifier } from 'react-admin';
import { dataProvider, type Decisions } from './dataProvider.ts';
import { httpClient } from './httpClient.ts';
import { goTo, stayOrLeave } from './home.ts';
import { canAccessWith, dependsOnRecord, serverAction, type ActionDecision, type Permissions } from './canAccess.ts';
import { errorMessage } from '../components/errorMessage.ts';

/**
 * The signed-in user as GET /api/auth/me (and POST /api/auth/login) describe them. The answer
 * also names the role, which the SPA does not read: it asks `permissions`.
 */
export interface Me {
  id: number;
  name: string;
  email: string;
  regionId: number | null;
  serviceCenterId: number | null;
  permissions: Permissions;
  /** The app that is theirs: the back office for staff, the client portal for a customer (decided by the server's policy). */
  home: string;
}

/** Where the back office lives: a user whose home is elsewhere (a customer) is sent there. */
export const BACK_OFFICE_HOME = '/';

/** A question to `canAccess`: an action on a resource, and on one record of it when given. */
export interface AccessQuestion {
  resource: string;
  action: string;
  record?: { id?: Identifier; version?: unknown };
}

/** react-admin's auth provider, and the server's decision with its reason (for a disabled button). */
export type AppAuthProvider = AuthProvider & {
  decide(question: AccessQuestion): Promise<ActionDecision>;
  /**
   * Forget every dry run: after a command, the next question asks the server again (a command can
   * change what may be done to other records too: a center that went live, its documents).
   */
  forgetDecisions(): void;
};

type Client = typeof httpClient;
type DryRun = (resource: string, id: Identifier) => Promise<{ data: Decisions }>;

const ALLOWED: ActionDecision = { allowed: true, permitted: true };
const NOT_PERMITTED: ActionDecision = { allowed: false, permitted: false, reason: 'ra.message.access_denied' };

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/**
 * Sign-in with the server's session cookie. Who is signed in, and what their role may do, is
 * fetched once from /api/auth/me and kept until the next sign-in or sign-out. `canAccess` answers
 * from those permissions and, for a change or a command on a record, from the server's dry run of
 * that record (GET /api/<resource>/<id>/actions), asked once per record version. Someone whose
 * home is not the back office (a customer) is sent to theirs by `leave`, and the app waits for the page to go.
 */
export function createAuthProvider(client: Client = httpClient, actions: DryRun = dataProvider.actions, leave = goTo): AppAuthProvider {
  let me: Promise<Me> | undefined;
  const ownUser = stayOrLeave(BACK_OFFICE_HOME, leave);
  const dryRuns = new Map<string, { version: unknown; decisions: Promise<Decisions> }>();
  const forget = () => {
    me = undefined;
    dryRuns.clear();
  };
  const whoAmI = () =>
    (me ??= client('/api/auth/me').then(
      ({ json }) => ownUser(json as Me),
      (error) => {
        forget();
        throw error;
      },
    ));
  const keyOf = (resource: string, id: Identifier) => `${resource}/${String(id)}`;
  const dryRun = (resource: string, id: Identifier, version: unknown) => {
    const key = keyOf(resource, id);
    const cached = dryRuns.get(key);
    if (cached && cached.version === version) return cached.decisions;
    const decisions = actions(resource, id).then(({ data }) => data);
    // a failed dry run is asked again next time
    decisions.catch(() => dryRuns.get(key)?.decisions === decisions && dryRuns.delete(key));
    dryRuns.set(key, { version, decisions });
    return decisions;
  };

  const decide = async ({ resource, action, record }: AccessQuestion): Promise<ActionDecision> => {
    const permissions = await whoAmI().then(
      (user) => user.permissions,
      () => undefined,
    );
    if (!canAccessWith(permissions, { resource, action })) return NOT_PERMITTED;
    if (!dependsOnRecord(action) || record?.id === undefined) return ALLOWED;
    try {
      const decision = (await dryRun(resource, record.id, record.version))[serverAction(action)];
      // an action the dry run does not list is left to the role table (the server decides again)
      return !decision || decision.allowed ? ALLOWED : { allowed: false, permitted: true, reason: decision.reason };
    } catch (error) {
      return { allowed: false, permitted: true, reason: errorMessage(error) };
    }
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      forget();
      const { json } = await client('/api/auth/login', { method: 'POST', body: JSON.stringify({ email: username, password }) });
      me = ownUser(json as Me);
      await me;
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
      return { id: user.id, fullName: user.name, email: user.email, regionId: user.regionId, serviceCenterId: user.serviceCenterId };
    },
    async getPermissions() {
      return (await whoAmI()).permissions;
    },
    async canAccess({ resource, action, record }) {
      return (await decide({ resource, action, record })).allowed;
    },
    decide,
    forgetDecisions() {
      dryRuns.clear();
    },
  };
}

export const authProvider = createAuthProvider();
