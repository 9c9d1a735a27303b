/** `WO-<year of creation>-<id, six digits or more>`: unique because the id is. */
export const workOrderNumber = (createdAt: string, id: number) =>
  `WO-${createdAt.slice(0, 4)}-${String(id).padStart(6, '0')}`;
