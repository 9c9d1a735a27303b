import type { Language } from '../auth/accounts/account-emails.ts';
import { SPANISH } from './spanish.ts';

/** An English text the server writes (a pattern of it: the values are groups) and how it reads in another language. */
export type Translation = readonly [english: RegExp, translated: (...values: string[]) => string];

const CATALOGUES: Record<Exclude<Language, 'en'>, readonly Translation[]> = { es: SPANISH };

/** The catalogue's entry for an English text, if it has one. */
export const translationOf = (text: string, language: Exclude<Language, 'en'>) => CATALOGUES[language].find(([english]) => english.test(text));

/**
 * The longest text the catalogue is tried on: its texts are far shorter, and a pattern with two
 * open groups costs the square of the length (a text can carry a client's input back).
 */
export const MAX_TRANSLATED_LENGTH = 1000;

/** A text the server wrote, in this language; a text the catalogue does not know, or a longer one, stays as written (English). */
export function inLanguage(text: string, language: Language): string {
  if (language === 'en' || text.length > MAX_TRANSLATED_LENGTH) return text;
  const entry = translationOf(text, language);
  if (!entry) return text;
  const [english, translated] = entry;
  const [, ...values] = english.exec(text)!;
  return translated(...values.map((value) => value ?? ''));
}

/** A refusal's `{ message, errors }` in this language: the message and each field's reason. */
export function answerIn<T extends { message: string; errors: Record<string, string> }>(answer: T, language: Language): T {
  if (language === 'en') return answer;
  const errors = Object.fromEntries(Object.entries(answer.errors).map(([field, why]) => [field, inLanguage(why, language)]));
  return { ...answer, message: inLanguage(answer.message, language), errors };
}
