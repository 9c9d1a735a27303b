import { useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** The work order's sheet (what its print shows), read without printing; asked again when the order changes. */
export function useWorkOrderSheet(id: Identifier | undefined, version: unknown, enabled: boolean) {
  const dataProvider = useAppDataProvider();
  return useQuery({
    queryKey: ['work-orders', 'sheet', id, version],
    queryFn: async () => (await dataProvider.workOrderSheet(id as Identifier)).data,
    enabled: enabled && id !== undefined,
  });
}
