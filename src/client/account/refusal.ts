/** What a refused request shows: a message for the form, and a reason under each field it concerns (translation keys, or the server's own words). */
export interface Refusal {
  message: string;
  fields: Record<string, string>;
}

const ERRORS = 'client.account.errors';

/** The server's reasons the portal knows, as translation keys (the server writes English). */
const KNOWN: [RegExp, string][] = [
  [/^Required$/, `${ERRORS}.required`],
  [/^Not a valid email address$/, `${ERRORS}.email`],
  [/^Not a valid phone number$/, `${ERRORS}.phone`],
  [/^Wrong password$/, `${ERRORS}.wrongPassword`],
  [/^Already the e-mail of another account$/, `${ERRORS}.emailTaken`],
  [/^This e-mail address belongs to another account$/, `${ERRORS}.emailTaken`],
  [/^Already your e-mail address$/, `${ERRORS}.sameEmail`],
  [/^This link is not valid/, `${ERRORS}.linkInvalid`],
  [/^This link was already used/, `${ERRORS}.linkUsed`],
  [/^This link has expired/, `${ERRORS}.linkExpired`],
  [/^At least 8 characters$/, 'client.account.password.tooShort'],
  [/^At least one number$/, 'client.account.password.needsNumber'],
  [/^At most 200 characters$/, 'client.account.password.tooLong'],
];

const known = (reason: string) => KNOWN.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;

/** The refusal in an error thrown by clientFetch or the data provider (ra-core's HttpError: `status`, `body`). */
export function refusalOf(error: unknown): Refusal {
  const { status, body } = (error ?? {}) as { status?: number; body?: { message?: unknown; errors?: Record<string, unknown> } };
  if (status === 429) return { message: `${ERRORS}.tooMany`, fields: {} };
  const errors = body?.errors ?? {};
  if ('version' in errors) return { message: `${ERRORS}.stale`, fields: {} };
  const fields = Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, known(String(why))]));
  return { message: typeof body?.message === 'string' && body.message ? known(body.message) : `${ERRORS}.failed`, fields };
}

/** The form's own message: only when none of the refused fields is one the form shows (its reasons are under them). */
export const formMessage = (refusal: Refusal | null, shown: readonly string[]): string | null =>
  refusal && !Object.keys(refusal.fields).some((field) => shown.includes(field)) ? refusal.message : null;
