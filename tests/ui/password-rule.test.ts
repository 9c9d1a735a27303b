import { describe, expect, it } from 'vitest';
import { passwordProblemKey } from '../../src/account/passwordRule.ts';
import { passwordProblem } from '../../server/auth/passwords.ts';
import { messages } from '../../src/providers/i18nProvider.ts';

const english = (key: string | undefined) => (key ? messages.app.password[key.split('.').pop() as keyof typeof messages.app.password] : null);

describe('password rule in the browser', () => {
  it.each(['short1', 'eightchr', 'eight-chars-1', '12345678', 'x'.repeat(199) + '1', 'x'.repeat(201) + '1', 'seven77'])(
    'agrees with the server on %s',
    (password) => {
      expect(english(passwordProblemKey(password))).toBe(passwordProblem(password));
    },
  );

  it('leaves an empty field to required()', () => {
    expect(passwordProblemKey('')).toBeUndefined();
    expect(passwordProblemKey(undefined)).toBeUndefined();
  });
});
