import jsonServerProvider from 'ra-data-json-server';
import { fetchUtils } from 'react-admin';

/** Every request goes to our API with the session cookie and the anti-CSRF header. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('X-Requested-With', 'XMLHttpRequest');
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
};

export const dataProvider = {
  ...jsonServerProvider('/api', httpClient),
  /**
   * A command of the API (`POST /api/<path>`), e.g. `command('work-orders/7/authorize')`: the
   * answer's JSON, or an HttpError whose body carries the rule's reason (409) or field errors.
   */
  async command<T = Record<string, unknown>>(path: string, body: unknown = {}): Promise<{ data: T }> {
    const { json } = await httpClient(`/api/${path}`, { method: 'POST', body: JSON.stringify(body) });
    return { data: json as T };
  },
  /** A read-only endpoint of the API (`GET /api/<path>`), e.g. `get('onboarding/board')`: the answer's JSON. */
  async get<T = Record<string, unknown>>(path: string): Promise<{ data: T }> {
    const { json } = await httpClient(`/api/${path}`);
    return { data: json as T };
  },
  /**
   * A dashboard aggregate (`GET /api/stats/<name>?<params>`, server/stats/types.ts): the answer's
   * JSON; parameters left undefined are not sent (the server's defaults apply).
   */
  async stats<T>(name: string, params: Record<string, string | number | undefined> = {}): Promise<{ data: T }> {
    const query = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    const search = query.toString();
    return dataProvider.get<T>(`stats/${name}${search ? `?${search}` : ''}`);
  },
  /** POST /api/audits/:id/submit: the submitted audit, or a 409 whose `errors.answers` names the missing items. */
  async submitAudit(id: string | number) {
    const { json } = await httpClient(`/api/audits/${encodeURIComponent(String(id))}/submit`, { method: 'POST', body: '{}' });
    return { data: json };
  },
  /** POST /api/service-centers/:id/rating: recompute a center's rating now. */
  async recomputeRating(id: string | number) {
    const { json } = await httpClient(`/api/service-centers/${encodeURIComponent(String(id))}/rating`, { method: 'POST', body: '{}' });
    return { data: json };
  },
};
