import { describe, expect, it, vi } from 'vitest';
import { createAuthProvider } from '../../src/providers/authProvider.ts';
import { createClientAuthProvider } from '../../src/client/providers/authProvider.ts';

/** Whether a promise is still pending after the current turn of the event loop. */
const pending = async (promise: Promise<unknown>) => {
  const marker = Symbol('pending');
  return (await Promise.race([promise.catch(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve(marker), 20))])) === marker;
};

const me = (home: string) => ({ id: 4, name: 'Cora Lane', email: 'cora@example.com', regionId: null, serviceCenterId: null, customerId: home === '/' ? null : 12, permissions: {}, home });

describe('each app sends a user whose home is the other one there (GET /api/auth/me names it, from the policy)', () => {
  it('the back office sends a signed-in customer to the portal, and waits for the page to go', async () => {
    const leave = vi.fn();
    const auth = createAuthProvider(vi.fn().mockResolvedValue({ json: me('/portal/') }), vi.fn(), leave);
    const check = auth.checkAuth({});
    expect(await pending(check)).toBe(true);
    expect(leave).toHaveBeenCalledWith('/portal/');
  });

  it('the back office sends a customer who signs in there to the portal', async () => {
    const leave = vi.fn();
    const auth = createAuthProvider(vi.fn().mockResolvedValue({ json: me('/portal/') }), vi.fn(), leave);
    expect(await pending(auth.login({ username: 'cora@example.com', password: 'demo-pass-1' }))).toBe(true);
    expect(leave).toHaveBeenCalledWith('/portal/');
  });

  it('the back office keeps staff', async () => {
    const leave = vi.fn();
    const auth = createAuthProvider(vi.fn().mockResolvedValue({ json: me('/') }), vi.fn(), leave);
    await auth.checkAuth({});
    await auth.login({ username: 'staff@example.com', password: 'demo-pass-1' });
    expect(leave).not.toHaveBeenCalled();
  });

  it('the portal sends staff to the back office, on opening it or signing in there', async () => {
    const leave = vi.fn();
    const auth = createClientAuthProvider(vi.fn().mockResolvedValue(me('/')), leave);
    expect(await pending(auth.checkAuth({}))).toBe(true);
    expect(leave).toHaveBeenCalledWith('/');
    const again = createClientAuthProvider(vi.fn().mockResolvedValue(me('/')), leave);
    expect(await pending(again.login({ username: 'staff@example.com', password: 'demo-pass-1' }))).toBe(true);
    expect(leave).toHaveBeenCalledTimes(2);
  });

  it('the portal keeps a customer: identity with their customer id', async () => {
    const leave = vi.fn();
    const request = vi.fn().mockResolvedValue(me('/portal/'));
    const auth = createClientAuthProvider(request, leave);
    await auth.checkAuth({});
    expect(await auth.getIdentity!()).toEqual({ id: 4, fullName: 'Cora Lane', email: 'cora@example.com', customerId: 12 });
    expect(leave).not.toHaveBeenCalled();
    expect(request).toHaveBeenCalledTimes(1);
  });
});
