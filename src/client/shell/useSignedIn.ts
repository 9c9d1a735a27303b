import { useGetIdentity } from 'ra-core';
import type { ClientIdentity } from '../providers/authProvider.ts';

/** Not asked again and again while signed out (public pages), nor retried: a 401 is an answer. */
const ONCE = { staleTime: 5 * 60_000, retry: false } as const;

/** The signed-in customer, or undefined while unknown or signed out (public pages open without one). */
export function useSignedIn(): ClientIdentity | undefined {
  const { identity } = useGetIdentity(ONCE);
  return identity as ClientIdentity | undefined;
}
