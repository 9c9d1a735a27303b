import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartColors } from '../palette.ts';

export interface BarSeries<Row> {
  label: string;
  value: (row: Row) => number | null;
  /** Defaults to the theme's series colours, in order. */
  color?: string;
}

export interface BarsChartProps<Row> {
  rows: Row[];
  category: (row: Row) => string;
  bars: BarSeries<Row>[];
  /** Opens the list behind a bar. */
  onSelect?: (row: Row) => void;
  stacked?: boolean;
  /** Bars drawn left to right (a funnel, long names): categories on the y axis. */
  horizontal?: boolean;
  /** A colour per row (e.g. per grade) for a single-series chart. */
  colorOf?: (row: Row) => string;
  unit?: string;
}

/** Bars per category (one or several series), clickable; colours from the theme. */
export default function BarsChart<Row>({ rows, category, bars, onSelect, stacked = false, horizontal = false, colorOf, unit }: BarsChartProps<Row>) {
  const colors = useChartColors();
  const data = rows.map((row) => ({ category: category(row), row, ...Object.fromEntries(bars.map((bar, i) => [`v${i}`, bar.value(row)])) }));
  const tick = { fill: colors.axis, fontSize: 12 };
  const longest = Math.max(...data.map((d) => d.category.length));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 280 }}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" tick={tick} stroke={colors.axis} allowDecimals={false} unit={unit} />
            <YAxis type="category" dataKey="category" tick={tick} stroke={colors.axis} width={Math.min(180, 12 + longest * 7)} />
          </>
        ) : (
          <>
            <XAxis dataKey="category" tick={tick} stroke={colors.axis} interval={data.length <= 8 ? 0 : 'preserveStartEnd'} />
            <YAxis tick={tick} stroke={colors.axis} allowDecimals={false} unit={unit} width={48} />
          </>
        )}
        <Tooltip
          cursor={{ fill: colors.cursor }}
          contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
          labelStyle={{ color: colors.text }}
        />
        {bars.length > 1 && <Legend wrapperStyle={{ color: colors.text, fontSize: 12 }} />}
        {bars.map((bar, i) => (
          <Bar
            key={bar.label}
            dataKey={`v${i}`}
            name={bar.label}
            unit={unit}
            stackId={stacked ? 'stack' : undefined}
            fill={bar.color ?? colors.series[i % colors.series.length]}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={onSelect ? (item) => onSelect((item.payload as { row: Row }).row) : undefined}
            maxBarSize={56}
            isAnimationActive={false}
          >
            {colorOf && bars.length === 1 && data.map((d) => <Cell key={d.category} fill={colorOf(d.row)} />)}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
