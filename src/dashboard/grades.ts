import type { ChartColors } from './palette.ts';

/** A rating grade's colour from the lowest score of the grade: the better, the greener. */
export function gradeColor(minScore: number | null, colors: ChartColors) {
  if (minScore === null) return colors.axis;
  if (minScore >= 90) return colors.good;
  if (minScore >= 80) return colors.fair;
  if (minScore >= 70) return colors.poor;
  return colors.bad;
}
