import { useQuery } from '@tanstack/react-query';
import type { StatsAnswers, StatsName } from '../../server/stats/types.ts';
import { periodRange, type Period } from './period.ts';
import { useAppDataProvider } from '../providers/dataProvider.ts';

type Params = Record<string, string | number | undefined>;

/**
 * One aggregate of `/api/stats/<name>`. With a period, `from`/`to` are sent; a period that is not
 * a range yet (a custom one half typed) asks for nothing until it is.
 */
export function useStats<N extends StatsName>(name: N, { period, params = {} }: { period?: Period; params?: Params } = {}) {
  const dataProvider = useAppDataProvider();
  const range = period ? periodRange(period) : undefined;
  const query = { ...params, ...(range ? { from: range.from, to: range.to } : {}) };
  return useQuery({
    queryKey: ['stats', name, query],
    queryFn: async () => (await dataProvider.stats<StatsAnswers[N]>(name, query)).data,
    enabled: range !== null,
    // a refusal (4xx) stays one: show its reason at once; retry what may pass (network, 5xx)
    retry: (failures, error) => {
      const status = (error as { status?: number }).status;
      return failures < 2 && (status === undefined || status >= 500);
    },
  });
}
