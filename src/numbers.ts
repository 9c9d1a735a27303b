const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A number (a score, minutes, days) rounded to one decimal: "97.2", "4"; a dash for none. */
export const decimal = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '—' : ONE_DECIMAL.format(value));

/** A percentage (0–100) rounded to one decimal: "97.2 %"; a dash for none. Every percentage the SPA shows goes through it. */
export const percent = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '—' : `${decimal(value)} %`);

/** A 0–1 share as a percentage: 0.125 → "12.5 %". */
export const sharePercent = (share: number | null | undefined) => percent(share == null ? share : share * 100);

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** An amount of money in dollars: "$1,234.50"; a dash for none. */
export const usd = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '—' : USD.format(value));
