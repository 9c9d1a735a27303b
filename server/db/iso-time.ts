import { sql, type RawBuilder } from 'kysely';

const part = (column: string, from: number, length: number) => sql<number>`cast(substr(${sql.ref(column)}, ${sql.lit(from)}, ${sql.lit(length)}) as integer)`;

/**
 * Seconds since an arbitrary epoch of an ISO-8601 UTC timestamp column (`YYYY-MM-DDTHH:MM:SS.sssZ`),
 * in plain SQL arithmetic that SQLite and PostgreSQL evaluate alike (neither's date functions are
 * portable). The day number is the Julian day number of the civil date; differences are exact.
 */
export function isoEpochSeconds(column: string): RawBuilder<number> {
  const year = part(column, 1, 4);
  const month = part(column, 6, 2);
  const day = part(column, 9, 2);
  // Julian day number (Fliegel & Van Flandern's form, every term non-negative so integer division floors).
  const a = sql`((14 - ${month}) / 12)`;
  const y = sql`(${year} + 4800 - ${a})`;
  const m = sql`(${month} + 12 * ${a} - 3)`;
  const julianDay = sql`(${day} + (153 * ${m} + 2) / 5 + 365 * ${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 - 32045)`;
  const seconds = sql`cast(substr(${sql.ref(column)}, 18, 6) as double precision)`;
  return sql<number>`(${julianDay} * 86400.0 + ${part(column, 12, 2)} * 3600 + ${part(column, 15, 2)} * 60 + ${seconds})`;
}
