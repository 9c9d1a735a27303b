import { lazy, type ReactElement } from 'react';
import type { BarsChartProps } from './BarsChart.tsx';

/**
 * The chart components, loaded on first use: recharts stays out of the main bundle (its own chunk).
 * Import charts only from here.
 */
// React.lazy drops the component's type parameter: give it back
export const BarsChart = lazy(() => import('./BarsChart.tsx')) as unknown as <Row>(props: BarsChartProps<Row>) => ReactElement;
export const LinesChart = lazy(() => import('./LinesChart.tsx'));
export const Sparkline = lazy(() => import('./Sparkline.tsx'));
