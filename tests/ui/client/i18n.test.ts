import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { FEATURE_MESSAGES } from '../../../src/client/i18n/features.ts';
import { clientMessages, createClientI18nProvider, firstLocale } from '../../../src/client/i18n/i18nProvider.ts';
import { keysOf } from '../../../src/client/i18n/merge.ts';
import { raSpanish } from '../../../src/client/i18n/raSpanish.ts';
import type { FeatureMessages, Messages } from '../../../src/client/i18n/feature.ts';
import { formatsFor } from '../../../src/client/format.ts';

describe('the portal’s languages', () => {
  it.each(FEATURE_MESSAGES.map((feature) => [Object.keys((feature.en.client as Messages) ?? {}).join(', '), feature] as const))('%s: English and Spanish have the same keys, none empty', (_, feature) => {
    expect(keysOf(feature.es)).toEqual(keysOf(feature.en));
    const values = (messages: Messages): string[] => Object.values(messages).flatMap((value) => (typeof value === 'object' ? values(value) : [value]));
    expect(values(feature.en).every((text) => text.trim().length > 0)).toBe(true);
    expect(values(feature.es).every((text) => text.trim().length > 0)).toBe(true);
  });

  it('each feature keeps to its own group under client, none twice', () => {
    const groups = FEATURE_MESSAGES.flatMap((feature) => {
      expect(Object.keys(feature.en)).toEqual(['client']);
      return Object.keys(feature.en.client as Messages);
    });
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('ra-core’s Spanish texts translate keys that exist in English, with the same placeholders', () => {
    const english = englishMessages as unknown as Messages;
    const spanish = keysOf(raSpanish);
    expect(spanish.filter((key) => !keysOf(english).includes(key))).toEqual([]);
    const at = (messages: Messages, key: string) => key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part], messages) as string;
    const placeholders = (text: string) => (text.match(/%\{\w+\}/g) ?? []).sort();
    for (const key of spanish) expect(placeholders(at(raSpanish, key)), key).toEqual(placeholders(at(english, key)));
  });

  it('Spanish falls back to English for a key it lacks, and overrides the rest', () => {
    const partial: FeatureMessages = { en: { client: { demo: { kept: 'Only in English', both: 'Both' } } }, es: { client: { demo: { both: 'Ambos' } } } };
    const i18n = createClientI18nProvider([partial], 'es');
    expect(i18n.translate('client.demo.both')).toBe('Ambos');
    expect(i18n.translate('client.demo.kept')).toBe('Only in English');
    expect(i18n.translate('ra.action.save')).toBe('Guardar');
    // a ra key not translated here shows in English
    expect(i18n.translate('ra.sort.ASC')).toBe('ascending');
    expect(clientMessages([partial], 'en')).toMatchObject({ client: { demo: { both: 'Both' } }, ra: { action: { save: 'Save' } } });
  });

  it('switches language at run time', async () => {
    const i18n = createClientI18nProvider(FEATURE_MESSAGES, 'en');
    expect(i18n.translate('client.shell.signOut')).toBe('Sign out');
    await i18n.changeLocale('es');
    expect(i18n.translate('client.shell.signOut')).toBe('Cerrar sesión');
    expect(i18n.getLocales?.()).toEqual([
      { locale: 'en', name: 'English' },
      { locale: 'es', name: 'Español' },
    ]);
  });

  it('a first visit follows the phone’s language: Spanish for any Spanish, English otherwise', () => {
    expect(['es', 'es-US', 'ES-mx'].map(firstLocale)).toEqual(['es', 'es', 'es']);
    expect(['en-US', 'fr', 'pt-BR'].map(firstLocale)).toEqual(['en', 'en', 'en']);
  });

  it('writes days, moments and dollars in the language shown', () => {
    const en = formatsFor('en');
    const es = formatsFor('es');
    expect(en.day('2027-03-02')).toBe('Mar 2, 2027');
    expect(es.day('2027-03-02')).toBe('2 mar 2027');
    expect(en.money(1234.5)).toBe('$1,234.50');
    expect(es.money(25)).toBe('$25.00');
    const at = '2027-03-02T15:30:00.000Z';
    expect(en.moment(at)).toMatch(/Mar 2, 2027/);
    expect(es.moment(at)).toMatch(/2 de mar de 2027/);
  });
});
