import { useQuery } from '@tanstack/react-query';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** A center's statement of a month (`YYYY-MM`). */
export function useStatement(centerId: number | null, month: string) {
  const dataProvider = useAppDataProvider();
  return useQuery({
    queryKey: ['service-centers', 'statement', centerId, month],
    queryFn: async () => (await dataProvider.statement(Number(centerId), month)).data,
    enabled: centerId !== null,
  });
}
