/** The HTTP status of a failed request (ra-core's HttpError), undefined when no answer came at all (offline). */
export const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;

/** What a failure says: the server's message (`{ message }` of a 4xx), else the error's text. */
export const reasonOf = (error: unknown): string => (error instanceof Error && error.message) || String(error);
