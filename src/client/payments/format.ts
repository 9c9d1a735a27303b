import { useLocaleState } from 'ra-core';

/** An amount in US dollars, in the portal's language ("$1,234.50", "1234,50 US$"). */
export const formatMoney = (amount: number, locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(amount);

/** A calendar day (YYYY-MM-DD) as the language writes it ("Mar 15, 2026", "15 mar 2026"). */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(year, month - 1, date));
}

/** A moment (ISO timestamp) as a day in the language. */
export const formatMoment = (at: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(at));

/** The formatters in the current locale. */
export function useFormat() {
  const [locale] = useLocaleState();
  return {
    money: (amount: number) => formatMoney(amount, locale),
    day: (day: string) => formatDay(day, locale),
    moment: (at: string) => formatMoment(at, locale),
  };
}
