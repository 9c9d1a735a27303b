/** The HTTP status of a failed request (ra-core's HttpError), undefined when no answer came at all (offline). */
export const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;

/** What a failure says: the server's message (`{ message }` of a 4xx, in the portal's language), else the error's text. */
export const reasonOf = (error: unknown): string => (error instanceof Error && error.message) || String(error);

/** What a refused request says: its message and the reasons by field (`{ message, errors }` in ra-core's HttpError body). */
export interface Refusal {
  message: string;
  errors: Record<string, string>;
}

export function refusalOf(error: unknown): Refusal {
  const body = (error as { body?: { message?: unknown; errors?: unknown } } | null)?.body;
  const message = typeof body?.message === 'string' ? body.message : reasonOf(error);
  const errors = body?.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : {};
  return { message, errors };
}
