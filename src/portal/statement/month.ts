/** This month, `YYYY-MM`, as the server counts months (UTC): the latest month a statement has. */
export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

/** The month `n` months after (before, when negative) a `YYYY-MM` month. */
export function shiftMonth(month: string, n: number): string {
  const [year, index] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, index - 1 + n, 1));
  return shifted.toISOString().slice(0, 7);
}

/** A `YYYY-MM` month up to `latest`, or null. */
export const validMonth = (month: string | null, latest: string): string | null => (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) && month <= latest ? month : null);
