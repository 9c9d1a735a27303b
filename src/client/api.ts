import { httpClient } from '../providers/httpClient.ts';

/**
 * A request to our API from the client portal, with the session cookie and the anti-CSRF header;
 * answers the JSON body. A refusal throws ra-core's HttpError: `status`, `message` and `body`
 * (`{ message, errors }`), which forms show under their fields.
 */
export async function clientFetch<T>(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}): Promise<T> {
  const { json } = await httpClient(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return json as T;
}
