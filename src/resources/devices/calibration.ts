import { addDays } from 'date-fns';
import type { DayRange } from '../../components/DayRangeFilter.tsx';
import { day } from '../../components/DayRangeFilter.tsx';

/** A calibration is overdue once its due day has come ('YYYY-MM-DD' strings compare as days). */
export const isCalibrationOverdue = (due: string | null | undefined, today = day(new Date())) => !!due && due <= today;

/** The calibration filters: overdue (due today or earlier), and due within the next 7 days. */
export function calibrationRanges(now = new Date()): DayRange[] {
  return [
    { label: 'resources.devices.filters.overdue', to: now },
    { label: 'resources.devices.filters.dueIn7Days', from: addDays(now, 1), to: addDays(now, 7) },
  ];
}
