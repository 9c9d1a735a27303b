import { format, parseISO } from 'date-fns';

/** `YYYY-MM` as "Nov 2026". */
export const monthLabel = (month: string) => format(parseISO(`${month}-01`), 'MMM yyyy');

/** `YYYY-MM-DD` (or a timestamp) as "Nov 22, 2026". */
export const dayLabel = (day: string) => format(parseISO(day), 'MMM d, yyyy');

/** A timestamp with its time of day. */
export const timeLabel = (at: string) => format(parseISO(at), 'MMM d, yyyy HH:mm');
