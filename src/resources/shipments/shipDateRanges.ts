import { addDays, endOfWeek, startOfWeek, subDays } from 'date-fns';
import type { DayRange } from '../../components/DayRangeFilter.tsx';

/** Ship-date ranges as day bounds ('YYYY-MM-DD'), with the app's shared range labels. */
export function shipDateRanges(now = new Date()): DayRange[] {
  const nextWeek = addDays(now, 7);
  return [
    { label: 'app.filters.today', from: now, to: now },
    { label: 'app.filters.thisWeek', from: startOfWeek(now), to: endOfWeek(now) },
    { label: 'app.filters.nextWeek', from: startOfWeek(nextWeek), to: endOfWeek(nextWeek) },
    { label: 'app.filters.lastMonth', from: subDays(now, 30), to: now },
    { label: 'app.filters.future', from: addDays(now, 1) },
  ];
}
