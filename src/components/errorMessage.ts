type ErrorBody = { message?: unknown; errors?: Record<string, unknown> };

const reasonsOf = (why: unknown): string[] => (Array.isArray(why) ? [why.map(String).join(', ')] : typeof why === 'string' ? [why] : []);

/**
 * What to tell the user about a failed request: the server's `{ message, errors }` body (its
 * message, then each field's reason that says something more), else the error's own message,
 * else react-admin's generic "server communication error" (a translation key).
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string' && error) return error;
  const body = (error as { body?: ErrorBody } | null)?.body;
  const message = typeof body?.message === 'string' && body.message ? body.message : (error as Error | null)?.message || 'ra.notification.http_error';
  const reasons = Object.values(body?.errors ?? {}).flatMap(reasonsOf);
  return [...new Set([message, ...reasons.filter(Boolean)])].join(': ');
}
