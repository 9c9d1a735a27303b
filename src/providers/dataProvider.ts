import jsonServerProvider from 'ra-data-json-server';
import { fetchUtils } from 'react-admin';

/** Every request goes to our API with the session cookie and the anti-CSRF header. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('X-Requested-With', 'XMLHttpRequest');
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
};

export const dataProvider = jsonServerProvider('/api', httpClient);
