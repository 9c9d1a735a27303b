import type { ReactElement } from 'react';
import { FilterList, FilterListItem } from 'react-admin';
import { localDay } from '../dates.ts';

/** `<source>_gte` / `<source>_lte` bounds as day strings; a missing bound clears that filter. */
export const dayRange = (source: string, from?: Date, to?: Date) => ({
  [`${source}_gte`]: from ? localDay(from) : undefined,
  [`${source}_lte`]: to ? localDay(to) : undefined,
});

export interface DayRange {
  /** An i18n key. */
  label: string;
  from?: Date;
  to?: Date;
}

/**
 * A sidebar filter over a date-only field. DateRangeFilter sends full ISO timestamps, which a
 * 'YYYY-MM-DD' column compares wrongly on the boundary days; this one sends day strings.
 */
export const DayRangeFilter = ({ source, label, icon, ranges }: { source: string; label: string; icon: ReactElement; ranges: DayRange[] }) => (
  <FilterList label={label} icon={icon}>
    {ranges.map((range) => (
      <FilterListItem key={range.label} label={range.label} value={dayRange(source, range.from, range.to)} />
    ))}
  </FilterList>
);
