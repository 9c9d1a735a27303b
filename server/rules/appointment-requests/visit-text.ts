import type { Language } from '../../auth/accounts/account-emails.ts';
import type { Transaction } from '../../db/database.ts';
import { PUBLIC_CENTER_FACTS, type PublicCenterFacts } from '../locator/public-center.ts';
import { timeZoneOf } from '../availability/time-zones.ts';

/** What a customer's e-mail says of a center: where it is and how to reach it. */
export type VisitCenter = Omit<PublicCenterFacts, 'hours'>;

export const visitCenter = (trx: Transaction, serviceCenterId: number): Promise<VisitCenter> =>
  trx.selectFrom('serviceCenters').select(PUBLIC_CENTER_FACTS).where('id', '=', serviceCenterId).executeTakeFirstOrThrow();

/** How the when-and-where lines read in one language: the locale of the wall clock and the lines' labels. */
interface VisitWords {
  locale: string;
  when: string;
  where: string;
  phone: string;
}

const VISIT_WORDS: Record<Language, VisitWords> = {
  en: { locale: 'en-US', when: 'When', where: 'Where', phone: 'Phone' },
  es: { locale: 'es-US', when: 'Cuándo', where: 'Dónde', phone: 'Teléfono' },
};

/**
 * An instant as the center's wall clock shows it, in words of a language: "Tuesday, March 3, 2026 at
 * 9:00 AM CST" / "martes, 3 de marzo de 2026, 9:00 a.m. CST".
 */
export function wallClockText(at: string, state: string, language: Language): string {
  const { locale } = VISIT_WORDS[language];
  const format = new Intl.DateTimeFormat(locale, { timeZone: timeZoneOf(state), dateStyle: 'full', timeStyle: 'short' });
  return `${format.format(new Date(at))} ${zoneName(at, state, locale)}`;
}

const zoneName = (at: string, state: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: timeZoneOf(state), timeZoneName: 'short' }).formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? '';

/** The lines of a customer's e-mail saying when and where their appointment is, in their language. */
export function whenAndWhere(at: string, center: VisitCenter, language: Language): string[] {
  const words = VISIT_WORDS[language];
  return [
    `${words.when}: ${wallClockText(at, center.state, language)}`,
    `${words.where}: ${center.name}, ${center.street}, ${center.city}, ${center.state} ${center.postalCode}`,
    ...(center.phone ? [`${words.phone}: ${center.phone}`] : []),
  ];
}
