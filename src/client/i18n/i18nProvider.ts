import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'ra-core';
import type { FeatureMessages, Messages } from './feature.ts';
import { mergeMessages } from './merge.ts';
import { raSpanish } from './raSpanish.ts';
import { FEATURE_MESSAGES } from './features.ts';

/** The portal's languages, each named in itself (the switch shows them so). */
export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
];

/**
 * All texts in a language: ra-core's and every feature's. Spanish is laid over English, so a key
 * missing in Spanish shows in English rather than as a key.
 */
export function clientMessages(features: readonly FeatureMessages[], locale: string): Messages {
  const english = features.reduce((all, feature) => mergeMessages(all, feature.en), englishMessages as unknown as Messages);
  if (locale !== 'es') return english;
  return features.reduce((all, feature) => mergeMessages(all, feature.es), mergeMessages(english, raSpanish));
}

/** The language of a first visit: Spanish for a phone set to Spanish, else English (then the switch's choice is remembered). */
export const firstLocale = (browserLanguage: string) => (browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en');

export function createClientI18nProvider(features: readonly FeatureMessages[] = FEATURE_MESSAGES, initialLocale = firstLocale(navigator.language)): I18nProvider {
  return polyglotI18nProvider((locale) => clientMessages(features, locale) as unknown as TranslationMessages, initialLocale, LOCALES);
}
