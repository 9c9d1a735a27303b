import { describe, expect, test } from 'vitest';
import { answerLanguage } from '../../server/i18n/answer-language.ts';
import { MAX_TRANSLATED_LENGTH, answerIn, inLanguage } from '../../server/i18n/translate.ts';

describe('the language of an answer', () => {
  test.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419,es;q=0.9', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['es;q=0.2, en;q=0.8', 'en'],
    ['fr-FR, fr;q=0.9', 'en'],
    ['*', 'en'],
  ])('%j answers in %s', (header, language) => {
    expect(answerLanguage(header)).toBe(language);
  });
});

describe('a text in Spanish', () => {
  test.each([
    ['Required', 'Obligatorio'],
    ['At most 500 characters', 'Como máximo 500 caracteres'],
    ['No customers record with id 12', 'No existe el registro 12 de customers'],
    ['Daily limit reached: Illinois (IL) allows 1 unlock code per device per day', 'Límite diario alcanzado: Illinois (IL) permite 1 código de desbloqueo por dispositivo al día'],
    ['Program limit reached: Illinois (IL) allows 5 unlock codes per customer over the whole program', 'Límite del programa alcanzado: Illinois (IL) permite 5 códigos de desbloqueo por cliente durante todo el programa'],
    ['Unlock codes are issued only for installed devices; this device is returned', 'Los códigos de desbloqueo se dan solo para dispositivos instalados; este dispositivo está devuelto'],
    ['A request for a calibration is already waiting for an answer', 'Ya hay una solicitud de calibración esperando respuesta'],
    ['Acme: Closed on Sundays', 'Acme: cerrado los domingos'],
    ['Acme: Open 08:00–12:00 and 13:00–17:00 on Mondays', 'Acme: abierto los lunes de 08:00–12:00 y de 13:00–17:00'],
    ['Acme: Closed from 2027-01-01 to 2027-01-03: Inventory', 'Acme: cerrado del 2027-01-01 al 2027-01-03: Inventory'],
    ['Too many failed sign-ins. Try again in 1 minute.', 'Demasiados inicios de sesión fallidos. Inténtelo de nuevo en 1 minuto.'],
    ['Too many enrolment attempts. Try again in 15 minutes.', 'Demasiados intentos de inscripción. Inténtelo de nuevo en 15 minutos.'],
    ['At most the balance due, $1,250.00', 'Como máximo el saldo pendiente, $1,250.00'],
    ["A JPEG file's name ends in .jpg or .jpeg", 'El nombre de un archivo JPEG termina en .jpg o .jpeg'],
    ['Something the catalogue has never seen', 'Something the catalogue has never seen'],
  ])('%s', (english, spanish) => {
    expect(inLanguage(english, 'es')).toBe(spanish);
    expect(inLanguage(english, 'en')).toBe(english);
  });

  test('a text longer than any of the catalogue’s is left as it is (no pattern runs on a client’s long input)', () => {
    const long = `${'x: Open '.repeat(MAX_TRANSLATED_LENGTH / 8)}08:00–17:00 on Mondays`;
    expect(inLanguage(long, 'es')).toBe(long);
    const longest = `${'x'.repeat(MAX_TRANSLATED_LENGTH - 23)}: Open 08:00 on Mondays`;
    expect(inLanguage(longest, 'es')).toBe(`${'x'.repeat(MAX_TRANSLATED_LENGTH - 23)}: abierto los lunes de 08:00`);
  });

  test('a refusal’s message and every field’s reason', () => {
    expect(answerIn({ message: 'Some fields are invalid', errors: { amount: 'Nothing is due', note: 'At most 500 characters' } }, 'es')).toEqual({
      message: 'Algunos campos no son válidos',
      errors: { amount: 'No hay nada pendiente de pago', note: 'Como máximo 500 caracteres' },
    });
  });
});
