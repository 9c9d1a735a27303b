/**
 * What a refused request shows: a message for the form, and a reason under each field it concerns
 * (the server's words, in the portal's language: its requests say which; or a translation key).
 */
export interface Refusal {
  message: string;
  fields: Record<string, string>;
}

const ERRORS = 'client.account.errors';

/** The refusal in an error thrown by clientFetch or the data provider (ra-core's HttpError: `status`, `body`). */
export function refusalOf(error: unknown): Refusal {
  const { status, body } = (error ?? {}) as { status?: number; body?: { message?: unknown; errors?: Record<string, unknown> } };
  if (status === 429) return { message: `${ERRORS}.tooMany`, fields: {} };
  const errors = body?.errors ?? {};
  if ('version' in errors) return { message: `${ERRORS}.stale`, fields: {} };
  const fields = Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, String(why)]));
  return { message: typeof body?.message === 'string' && body.message ? body.message : `${ERRORS}.failed`, fields };
}

/** The form's own message: only when none of the refused fields is one the form shows (its reasons are under them). */
export const formMessage = (refusal: Refusal | null, shown: readonly string[]): string | null =>
  refusal && !Object.keys(refusal.fields).some((field) => shown.includes(field)) ? refusal.message : null;
