import Negotiator from 'negotiator';
import { LANGUAGES } from '../resources/choices.ts';
import type { Language } from '../auth/accounts/account-emails.ts';

/**
 * The language an answer's texts are written in: the best of ours for the request's
 * `Accept-Language` (the client portal sends the language it shows; `es-MX` is Spanish), English
 * when the header is absent or names none of ours.
 */
export function answerLanguage(acceptLanguage: string | undefined): Language {
  const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...LANGUAGES]);
  return (best as Language | undefined) ?? 'en';
}
