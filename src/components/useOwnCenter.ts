import { useGetList } from 'react-admin';
import type { ServiceCenter } from '../../server/resources/types.ts';

/**
 * The center of the signed-in center staff: the one center their scope lets them read (the server
 * answers no other), for the portal's pages.
 */
export function useOwnCenter() {
  const { data, isPending, error } = useGetList<ServiceCenter>('service-centers', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  return { center: data?.[0], isPending, error };
}
