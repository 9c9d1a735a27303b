import { describe, expect, it, vi } from 'vitest';
import { canAccessWith, permissionNeededFor, recordAllows, type Permissions } from '../../src/providers/canAccess.ts';
import { createAuthProvider } from '../../src/providers/authProvider.ts';

// A regional manager's permissions as GET /api/auth/me answers them (server/auth/policy.ts).
const regionalManager: Permissions = {
  'work-orders': ['read'],
  'service-centers': ['read'],
  customers: [],
  users: [],
};
const admin: Permissions = { users: ['read', 'create', 'update'], customers: ['read', 'create', 'update', 'delete'] };

describe('permissionNeededFor', () => {
  it.each([
    ['list', 'read'],
    ['show', 'read'],
    ['export', 'read'],
    ['create', 'create'],
    ['clone', 'create'],
    ['edit', 'update'],
    ['delete', 'delete'],
    ['read', undefined],
    ['launch', undefined],
  ])('%s needs %s', (action, permission) => {
    expect(permissionNeededFor(action)).toBe(permission);
  });
});

describe('canAccessWith', () => {
  it.each([
    [regionalManager, 'work-orders', 'list', true],
    [regionalManager, 'work-orders', 'show', true],
    [regionalManager, 'work-orders', 'export', true],
    [regionalManager, 'work-orders', 'create', false],
    [regionalManager, 'work-orders', 'clone', false],
    [regionalManager, 'work-orders', 'edit', false],
    [regionalManager, 'work-orders', 'delete', false],
    [regionalManager, 'customers', 'list', false],
    [regionalManager, 'users', 'show', false],
    [regionalManager, 'no-such-resource', 'list', false],
    [regionalManager, 'toString', 'list', false],
    [admin, 'users', 'list', true],
    [admin, 'users', 'create', true],
    [admin, 'users', 'edit', true],
    [admin, 'users', 'delete', false],
    [admin, 'customers', 'delete', true],
    [admin, 'customers', 'unknown-action', false],
    [undefined, 'customers', 'list', false],
  ] as const)('%j: %s %s → %s', (permissions, resource, action, expected) => {
    expect(canAccessWith(permissions, { resource, action })).toBe(expected);
  });
});

describe('authProvider', () => {
  const me = { id: 3, name: 'Rita Regional', email: 'regional@example.com', role: 'regional-manager', regionId: 1, serviceCenterId: null, permissions: regionalManager };

  it('asks the server who is signed in once, and answers canAccess from that', async () => {
    const client = vi.fn().mockResolvedValue({ json: me });
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'list' })).toBe(true);
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'create' })).toBe(false);
    expect(await auth.getIdentity!()).toMatchObject({ id: 3, fullName: 'Rita Regional' });
    expect(client).toHaveBeenCalledTimes(1);
    expect(client).toHaveBeenCalledWith('/api/auth/me');
  });

  it('signs in with the email as username and forgets the previous user', async () => {
    const client = vi.fn().mockResolvedValueOnce({ json: me }).mockResolvedValueOnce({ json: { ...me, id: 1, permissions: admin } });
    const auth = createAuthProvider(client);
    await auth.getPermissions!({});
    await auth.login({ username: 'admin@example.com', password: 'demo-pass-1' });
    expect(client).toHaveBeenLastCalledWith('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@example.com', password: 'demo-pass-1' }),
    });
    expect(await auth.canAccess!({ resource: 'users', action: 'list' })).toBe(true);
    expect(client).toHaveBeenCalledTimes(2);
  });

  it('passes the server message of a refused sign-in on to the login form', async () => {
    const refusal = Object.assign(new Error('Too many failed sign-ins. Try again in 15 minutes.'), { status: 429 });
    const auth = createAuthProvider(vi.fn().mockRejectedValue(refusal));
    await expect(auth.login({ username: 'a@example.com', password: 'x' })).rejects.toThrow('Too many failed sign-ins');
  });

  it('refetches after sign-out, and refuses everything when nobody is signed in', async () => {
    const notSignedIn = Object.assign(new Error('Sign in first'), { status: 401 });
    const client = vi.fn().mockResolvedValueOnce({ json: me }).mockResolvedValueOnce({ json: {} }).mockRejectedValue(notSignedIn);
    const auth = createAuthProvider(client);
    await auth.checkAuth({});
    await auth.logout({});
    expect(client).toHaveBeenLastCalledWith('/api/auth/logout', { method: 'POST', body: '{}' });
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'list' })).toBe(false);
  });

  it('signs out on 401 but stays signed in on 403', async () => {
    const auth = createAuthProvider(vi.fn());
    await expect(auth.checkError({ status: 401 })).rejects.toBeTruthy();
    await expect(auth.checkError({ status: 403, message: 'A regional-manager may not update work-orders' })).resolves.toBeUndefined();
    await expect(auth.checkError({ status: 500 })).resolves.toBeUndefined();
  });
});

describe('record rules the screens know before the server says no', () => {
  it.each([
    ['onboarding', 'edit', 'training', true],
    ['onboarding', 'edit', 'applicant', true],
    ['onboarding', 'edit', 'live', false],
    ['onboarding', 'edit', 'suspended', false],
    ['onboarding', 'show', 'live', true],
    ['admin', 'edit', 'live', true],
    ['compliance', 'edit', 'live', true],
  ] as const)('%s may %s a center in %s: %s', (role, action, onboardingStatus, allowed) => {
    expect(recordAllows(role, { resource: 'service-centers', action, record: { id: 1, onboardingStatus } })).toBe(allowed);
  });
  it('without a record only the role table decides', () => {
    expect(recordAllows('onboarding', { resource: 'service-centers', action: 'edit' })).toBe(true);
  });
});
