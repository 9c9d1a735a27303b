import { vi } from 'vitest';
import { createClientAuthProvider, type ClientMe } from '../../../src/client/providers/authProvider.ts';

/** A customer's login as GET /api/auth/me answers it. */
export const customerMe = (customerId = 7, name = 'Cora Lane', email = 'cora@example.com'): ClientMe => ({ id: 1, name, email, customerId, home: '/portal/', permissions: {} });

/** The portal's own auth provider, signed in as this customer (no request leaves the test). */
export function customerAuth(customerId = 7, name = 'Cora Lane', email = 'cora@example.com') {
  const request = vi.fn(async (path: string) => {
    if (path === '/api/auth/me') return customerMe(customerId, name, email);
    throw new Error(`no ${path} in this test`);
  });
  return createClientAuthProvider(request as never, () => undefined);
}

/** `fetch` answering JSON by "METHOD path" (a missing one fails the test's request with a 404), for vi.stubGlobal. */
export function fetchAnswering(answers: Record<string, { status?: number; body: unknown }>) {
  return vi.fn(async (url: string, init: RequestInit = {}) => {
    const answer = answers[`${init.method ?? 'GET'} ${url}`] ?? { status: 404, body: { message: `No ${url}`, errors: {} } };
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json' } });
  });
}
