import { addDays, startOfDay } from 'date-fns';

export const AGENDA_SPANS = ['today', 'week'] as const;
export type AgendaSpan = (typeof AGENDA_SPANS)[number];

const DAYS: Record<AgendaSpan, number> = { today: 1, week: 7 };

/** The instants [from, to) of today or of the next 7 days (today included), in the browser's days. */
export function agendaRange(span: AgendaSpan, now = new Date()): { from: string; to: string } {
  const start = startOfDay(now);
  return { from: start.toISOString(), to: addDays(start, DAYS[span]).toISOString() };
}
