import { passwordProblemKey } from '../../account/passwordRule.ts';

/** Reasons by field, as translation keys. */
export type Problems = Record<string, string>;

const ERRORS = 'client.account.errors';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `Required` under each of these fields left blank. */
export const blanks = (values: Record<string, unknown>, fields: readonly string[]): Problems =>
  Object.fromEntries(fields.filter((field) => String(values[field] ?? '').trim() === '').map((field) => [field, `${ERRORS}.required`]));

/** A reason under an e-mail field that is not blank and not an address. */
export const emailProblem = (value: string): string | undefined => (value.trim() && !EMAIL.test(value.trim()) ? `${ERRORS}.email` : undefined);

/** The provider's password rule (as the server checks it), with the portal's keys. */
export function newPasswordProblem(value: string): string | undefined {
  const key = passwordProblemKey(value);
  return key && `client.account.password.${key.split('.').pop()!}`;
}

/** The new password and its confirmation: the rule, then the two alike. */
export function passwordPairProblems(password: string, confirmation: string, field = 'password'): Problems {
  const problems: Problems = {};
  const rule = newPasswordProblem(password);
  if (rule) problems[field] = rule;
  if (confirmation && confirmation !== password) problems.confirmPassword = 'client.account.password.mismatch';
  return problems;
}

/** Reasons from several checks; a field keeps the first. */
export const combine = (...all: Problems[]): Problems => all.reduceRight<Problems>((merged, problems) => ({ ...merged, ...problems }), {});
