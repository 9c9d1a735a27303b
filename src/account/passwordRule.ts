/**
 * The provider's password rule, as the server checks it (server/auth/passwords.ts
 * `passwordProblem`): at least 8 characters with at least one number. Answers an i18n key, or
 * undefined when the password passes; usable as a react-admin validator.
 */
export function passwordProblemKey(password: unknown): string | undefined {
  if (typeof password !== 'string' || password === '') return undefined; // `required()` reports emptiness
  if (password.length < 8) return 'app.password.tooShort';
  if (password.length > 200) return 'app.password.tooLong';
  if (!/\d/.test(password)) return 'app.password.needsNumber';
  return undefined;
}
