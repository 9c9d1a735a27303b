import { useCanAccessResources } from 'react-admin';

/**
 * Which of these resources the signed-in user may read: for tabs and columns that list or
 * fetch another resource. False while the answer is pending.
 */
export function useCanRead<R extends string>(...resources: R[]): Record<R, boolean> {
  const { canAccess } = useCanAccessResources({ action: 'list', resources });
  return Object.fromEntries(resources.map((resource) => [resource, canAccess?.[resource] === true])) as Record<R, boolean>;
}
