import { fetchUtils } from 'ra-core';

/**
 * A request to our API from the client portal, with the session cookie and the anti-CSRF header;
 * answers the JSON body. A refusal throws ra-core's HttpError: `status`, `message` and `body`
 * (`{ message, errors }`), which forms show under their fields.
 */
export async function clientFetch<T>(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' });
  const { json } = await fetchUtils.fetchJson(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json as T;
}
