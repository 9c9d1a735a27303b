import { Line, LineChart, YAxis } from 'recharts';
import { useChartColors } from '../palette.ts';

/** A tiny line of values (oldest first), red when the last is below the first. */
export default function Sparkline({ values, width = 96, height = 28 }: { values: number[]; width?: number; height?: number }) {
  const colors = useChartColors();
  const falling = values.length > 1 && values[values.length - 1] < values[0];
  return (
    <LineChart width={width} height={height} data={values.map((value, i) => ({ i, value }))} margin={{ top: 3, right: 3, bottom: 3, left: 3 }} accessibilityLayer={false}>
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line dataKey="value" stroke={falling ? colors.bad : colors.good} strokeWidth={2} dot={false} isAnimationActive={false} />
    </LineChart>
  );
}
