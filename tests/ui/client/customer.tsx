import type { ReactNode } from 'react';
import { AuthContext, type AuthProvider } from 'ra-core';

/** Signed in as customer 4 (the portal's identity names the customer), for pages that act on the customer's own records. */
const customer: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 1, fullName: 'Cora Customer', customerId: 4 }),
};

export const asCustomer = (ui: ReactNode) => <AuthContext.Provider value={customer}>{ui}</AuthContext.Provider>;

/** A JSON answer of the API, for a stubbed `fetch`. */
export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The keys of a feature's texts, to check that English and Spanish have the same. */
export const keysOf = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
