import { useGetIdentity } from 'ra-core';

/** The signed-in customer's id (the portal's identity names it), or undefined while unknown. */
export function useOwnCustomerId(): number | undefined {
  const { identity } = useGetIdentity();
  return (identity as { customerId?: number | null } | undefined)?.customerId ?? undefined;
}
