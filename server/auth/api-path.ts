import type { FastifyRequest } from 'fastify';

/** The raw path percent-decoded, lowercased and with repeated slashes collapsed (the raw path if it does not decode). */
function normalisedPath(url: string): string {
  const raw = url.split('?')[0];
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Malformed escapes: the router refuses such a URL anyway; judge the raw text.
  }
  return decoded.toLowerCase().replace(/\/{2,}/g, '/');
}

/**
 * The path a request is judged by: the pattern of the route the router matched (it decodes `%61`
 * and ignores a trailing slash), else the normalised raw path, so that `/%61pi/…`, `/API/…`
 * and `//api/…` are treated as the API, never as the SPA or as unguarded.
 */
export const judgedPath = (request: FastifyRequest): string => request.routeOptions.url ?? normalisedPath(request.url);

/** Whether a request is for the JSON API. */
export function isApiRequest(request: FastifyRequest): boolean {
  const path = judgedPath(request);
  return path === '/api' || path.startsWith('/api/');
}
