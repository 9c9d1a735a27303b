/** Shown under the ZIP code field: the server does not know it. */
export const UNKNOWN_ZIP_KEY = 'client.help.locator.unknownZip';

/** The translation key that explains why a search failed: the ZIP code unknown to the server, or anything else. */
export function searchErrorKey(error: unknown): string {
  const body = (error as { body?: { errors?: Record<string, string> } } | null)?.body;
  return body?.errors?.zip ? UNKNOWN_ZIP_KEY : 'client.help.locator.failed';
}
