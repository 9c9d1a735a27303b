/** The data provider's command call (POST /api/<path>). */
export type CommandProvider = { command: <T = Record<string, unknown>>(path: string, body?: unknown) => Promise<{ data: T }> };

/** The rule's reason from a refused command (409/403 `message`, plus any field errors). */
export function commandError(error: unknown): string {
  const body = (error as { body?: { message?: string; errors?: Record<string, string> } } | null)?.body;
  const fields = Object.values(body?.errors ?? {}).filter((why) => why !== body?.message);
  return [body?.message ?? (error as Error | null)?.message ?? 'ra.notification.http_error', ...fields].join(': ');
}
