import { useTheme } from '@mui/material';

/** Chart colours from the MUI theme, so that charts follow the light and dark themes. */
export function useChartColors() {
  const { palette } = useTheme();
  return {
    // distinct hues first (the themes' primary, secondary and info are all blues)
    series: [palette.primary.main, palette.success.main, palette.warning.main, palette.error.main, palette.secondary.main, palette.info.main],
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
