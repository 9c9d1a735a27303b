import { useGetList } from 'ra-core';
import type { Customer } from '../../../server/resources/types.ts';

/** The signed-in customer's own record: the only one their login lists. */
export function useOwnCustomer() {
  const { data, isPending, error } = useGetList<Customer>('customers', { pagination: { page: 1, perPage: 1 } });
  return { customer: data?.[0], isPending, error };
}
