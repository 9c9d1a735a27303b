import { fetchUtils } from 'ra-core';

/**
 * Every request goes to our API with the session cookie and the anti-CSRF header, in the language
 * the page shows (`<html lang>`: the client portal's switch sets it), so that refusals come back in
 * it. From ra-core, not react-admin: the client portal uses it too without loading the back office's UI.
 */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('X-Requested-With', 'XMLHttpRequest');
  if (document.documentElement.lang) headers.set('Accept-Language', document.documentElement.lang);
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
};
