import { addDays } from 'date-fns';
import type { DayRange } from '../../components/DayRangeFilter.tsx';
import { today as localToday } from '../../dates.ts';

/** A calibration is overdue once its due day has passed ('YYYY-MM-DD' strings compare as days), as on the calibrations page. */
export const isCalibrationOverdue = (due: string | null | undefined, today = localToday()) => !!due && due < today;

/** The calibration filters: overdue (due before today), and due today or within the next 7 days. */
export function calibrationRanges(now = new Date()): DayRange[] {
  return [
    { label: 'resources.devices.filters.overdue', to: addDays(now, -1) },
    { label: 'resources.devices.filters.dueIn7Days', from: now, to: addDays(now, 7) },
  ];
}
