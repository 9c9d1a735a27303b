import { useGetIdentity } from 'ra-core';
import type { ClientIdentity } from '../providers/authProvider.ts';

/** Not asked again and again while signed out (public pages), nor retried: a 401 is an answer. */
const ONCE = { staleTime: 5 * 60_000, retry: false } as const;

/** Who is signed in, as GET /api/auth/me said; its error when it could not be asked (offline) or nobody is. */
export function useIdentity() {
  const { identity, error, refetch } = useGetIdentity(ONCE);
  return { identity: identity as ClientIdentity | undefined, error, refetch };
}

/** The signed-in customer, or undefined while unknown or signed out (public pages open without one). */
export const useSignedIn = (): ClientIdentity | undefined => useIdentity().identity;
