/**
 * Each app keeps the users whose home it is (GET /api/auth/me names it, from the server's policy):
 * anyone else is sent to theirs by `leave`, and the app waits, never resolving, for the page to go.
 * Shared by the back office (home `/`) and the client portal (home `/portal/`).
 */
export function stayOrLeave(home: string, leave: (url: string) => void) {
  return async <User extends { home: string }>(user: User): Promise<User> => {
    if (user.home === home) return user;
    leave(user.home);
    return new Promise<never>(() => undefined);
  };
}

/** Leaves for another app: a full page load (the other app is another entry of the build). */
export const goTo = (url: string) => window.location.replace(url);
