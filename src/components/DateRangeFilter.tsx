import type { ReactElement } from 'react';
import { FilterList, FilterListItem } from 'react-admin';
import { addDays, endOfDay, endOfWeek, startOfDay, startOfWeek, subDays } from 'date-fns';

/** Date ranges for a sidebar filter, as `<source>_gte` / `<source>_lte` bounds (ISO strings). */
export function dateRanges(source: string, now = new Date()) {
  const range = (from?: Date, to?: Date) => ({
    [`${source}_gte`]: from?.toISOString(),
    [`${source}_lte`]: to?.toISOString(),
  });
  return [
    { label: 'app.filters.today', value: range(startOfDay(now), endOfDay(now)) },
    { label: 'app.filters.thisWeek', value: range(startOfWeek(now), endOfWeek(now)) },
    { label: 'app.filters.nextWeek', value: range(startOfWeek(addDays(now, 7)), endOfWeek(addDays(now, 7))) },
    { label: 'app.filters.lastMonth', value: range(startOfDay(subDays(now, 30)), now) },
    { label: 'app.filters.future', value: range(now, undefined) },
  ];
}

const FUTURE = new Set(['app.filters.nextWeek', 'app.filters.future']);

/** `past`: only the ranges that can hold past events (for timestamps such as the audit log's). */
export const DateRangeFilter = ({ source, label, icon, past = false }: { source: string; label: string; icon: ReactElement; past?: boolean }) => (
  <FilterList label={label} icon={icon}>
    {dateRanges(source)
      .filter((item) => !past || !FUTURE.has(item.label))
      .map((item) => (
        <FilterListItem key={item.label} label={item.label} value={item.value} />
      ))}
  </FilterList>
);
