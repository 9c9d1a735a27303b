import { useQuery } from '@tanstack/react-query';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { agendaRange, type AgendaSpan } from './agendaRange.ts';

/** The center's agenda for today or the next 7 days (the range is fixed when the span is chosen). */
export function useAgenda(centerId: number | null, span: AgendaSpan) {
  const dataProvider = useAppDataProvider();
  const range = agendaRange(span);
  return useQuery({
    queryKey: ['service-centers', 'agenda', centerId, range.from, range.to],
    queryFn: async () => (await dataProvider.agenda(Number(centerId), range)).data,
    enabled: centerId !== null,
  });
}
