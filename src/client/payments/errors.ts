/** What a refused request says: its message and the reasons by field (`{ message, errors }` in ra-core's HttpError body). */
export interface Refusal {
  message: string;
  errors: Record<string, string>;
}

export function refusalOf(error: unknown): Refusal {
  const body = (error as { body?: { message?: unknown; errors?: unknown } } | null)?.body;
  const message = typeof body?.message === 'string' ? body.message : error instanceof Error ? error.message : String(error);
  const errors = body?.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : {};
  return { message, errors };
}
