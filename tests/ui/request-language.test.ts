// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpClient } from '../../src/providers/httpClient.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
});

/** The headers of the one request httpClient sends now. */
async function headersSent() {
  const fetch = vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  await httpClient('/api/auth/me');
  return (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Headers;
}

describe('the language of our requests', () => {
  it('is the page’s (<html lang>, which the portal’s switch sets): the server answers its refusals in it', async () => {
    document.documentElement.lang = 'es';
    expect((await headersSent()).get('accept-language')).toBe('es');
    document.documentElement.lang = 'en';
    expect((await headersSent()).get('accept-language')).toBe('en');
  });

  it('is left to the browser when the page names none', async () => {
    expect((await headersSent()).get('accept-language')).toBeNull();
  });
});
