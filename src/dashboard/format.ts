import { format, parseISO } from 'date-fns';

/** `YYYY-MM` as "Nov 2026". */
export const monthLabel = (month: string) => format(parseISO(`${month}-01`), 'MMM yyyy');

/** `YYYY-MM-DD` (or a timestamp) as "Nov 22, 2026". */
export const dayLabel = (day: string) => format(parseISO(day), 'MMM d, yyyy');

/** A timestamp with its time of day. */
export const timeLabel = (at: string) => format(parseISO(at), 'MMM d, yyyy HH:mm');

/** A number to at most one decimal, a dash for none. */
export const decimal = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: 1 }));

/** A 0–1 share as a percentage. */
export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
