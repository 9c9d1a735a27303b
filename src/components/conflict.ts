/**
 * Did a save fail because someone else changed the record since it was loaded? The server answers
 * 409 with `errors.version` when the version sent is stale, and 409 without field errors when a
 * concurrent write won the race in between (a 409 naming other fields is a different problem).
 */
export function isEditConflict(error: unknown): boolean {
  const { status, body } = (error ?? {}) as { status?: number; body?: { errors?: Record<string, unknown> } };
  if (status !== 409) return false;
  const errors = body?.errors ?? {};
  return 'version' in errors || Object.keys(errors).length === 0;
}

/** Field errors of a failed save, which the form shows under its inputs. */
export function hasFieldErrors(error: unknown): boolean {
  const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors;
  return !!errors && Object.keys(errors).length > 0;
}
