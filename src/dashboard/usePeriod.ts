import { useStore } from 'react-admin';
import type { Period, PeriodPreset } from './period.ts';

/** A chart's period, remembered per dashboard and chart in react-admin's store (it survives a reload). */
export function usePeriod(dashboard: string, chart: string, preset: PeriodPreset = 'last-12-months') {
  return useStore<Period>(`dashboard.${dashboard}.${chart}.period`, { preset });
}
