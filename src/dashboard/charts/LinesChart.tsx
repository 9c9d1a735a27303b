import { useMediaQuery, useTheme } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartColors } from '../palette.ts';

export interface LineSeries {
  key: string;
  label: string;
}

export interface LinesChartProps {
  /** One point per x value: `x` and a value (or null) per series key. */
  points: ({ x: string } & Record<string, string | number | null>)[];
  series: LineSeries[];
  /** Opens the list behind a series' point. */
  onSelect?: (seriesKey: string, x: string) => void;
  domain?: [number, number];
}

/** Lines over time (one per series), points clickable; colours from the theme. */
export default function LinesChart({ points, series, onSelect, domain }: LinesChartProps) {
  const colors = useChartColors();
  // on a phone a long legend would leave no room for the lines: the tooltip and the table view name them
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const legend = series.length > 1 && series.length <= (narrow ? 4 : 24);
  const tick = { fill: colors.axis, fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 280 }}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
        <XAxis dataKey="x" tick={tick} stroke={colors.axis} />
        <YAxis tick={tick} stroke={colors.axis} domain={domain ?? ['auto', 'auto']} width={40} />
        <Tooltip contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }} labelStyle={{ color: colors.text }} />
        {legend && <Legend wrapperStyle={{ color: colors.text, fontSize: 12 }} />}
        {series.map((s, i) => {
          const color = colors.series[i % colors.series.length];
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={color}
              strokeWidth={2}
              // a dash pattern per round of colours keeps more series than colours apart
              strokeDasharray={i >= colors.series.length ? '6 3' : undefined}
              dot={{ r: 3, fill: color }}
              connectNulls
              isAnimationActive={false}
              activeDot={(props) => (
                <circle
                  cx={props.cx}
                  cy={props.cy}
                  r={6}
                  fill={color}
                  stroke={colors.surface}
                  strokeWidth={2}
                  style={onSelect ? { cursor: 'pointer' } : undefined}
                  onClick={onSelect ? () => onSelect(s.key, String((props.payload as { x: string }).x)) : undefined}
                />
              )}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
