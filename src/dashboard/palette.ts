import { useTheme } from '@mui/material';

/** Chart colours from the MUI theme, so that charts follow the light and dark themes. */
export function useChartColors() {
  const { palette } = useTheme();
  return {
    series: [palette.primary.main, palette.secondary.main, palette.success.main, palette.warning.main, palette.info.main, palette.error.main],
    /** Rating bands and states: good to bad. */
    good: palette.success.main,
    fair: palette.info.main,
    poor: palette.warning.main,
    bad: palette.error.main,
    axis: palette.text.secondary,
    grid: palette.divider,
    text: palette.text.primary,
    surface: palette.background.paper,
    cursor: palette.action.hover,
  };
}

export type ChartColors = ReturnType<typeof useChartColors>;
