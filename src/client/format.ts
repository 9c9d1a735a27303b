import { useMemo } from 'react';
import { useLocaleState } from 'ra-core';

/** How the portal writes days, moments and amounts in a language (US conventions in English, US Spanish's in Spanish). */
export function formatsFor(locale: string) {
  const tag = locale === 'es' ? 'es-US' : 'en-US';
  // a calendar day ('YYYY-MM-DD') is the same day wherever the phone is
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(tag, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' });
  return {
    /** A calendar day, e.g. "Mar 2, 2027" / "2 mar 2027". */
    day: (isoDay: string) => day.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
    /** An instant in the phone's time, e.g. "Tue, Mar 2, 2027, 3:00 PM". */
    moment: (iso: string) => moment.format(new Date(iso)),
    /** Dollars, e.g. "$1,234.50". */
    money: (amount: number) => money.format(amount),
  };
}

/** The formats of the language the portal is shown in. */
export function useFormat() {
  const [locale] = useLocaleState();
  return useMemo(() => formatsFor(locale), [locale]);
}
