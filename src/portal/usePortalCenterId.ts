import { useGetIdentity } from 'react-admin';
import { useSearchParams } from 'react-router-dom';

/**
 * The center a portal page is about: `?center=ID` (administrators and compliance come from a
 * center's page), else the signed-in center staff's own center. The server decides who may see it.
 */
export function usePortalCenterId(): { centerId: number | null; isPending: boolean } {
  const [params] = useSearchParams();
  const { identity, isPending } = useGetIdentity();
  const asked = Number(params.get('center'));
  if (Number.isSafeInteger(asked) && asked > 0) return { centerId: asked, isPending: false };
  const own = identity?.serviceCenterId;
  return { centerId: typeof own === 'number' ? own : null, isPending };
}
