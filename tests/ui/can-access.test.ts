import { describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { canAccessWith, dependsOnRecord, serverAction, type Permissions } from '../../src/providers/canAccess.ts';
import { createAuthProvider } from '../../src/providers/authProvider.ts';

// A regional manager's permissions as GET /api/auth/me answers them (server/auth/policy.ts and the commands).
const regionalManager: Permissions = {
  'work-orders': ['read', 'print'],
  'service-centers': ['read'],
  customers: [],
  users: [],
  stats: ['regional'],
};
const admin: Permissions = { users: ['read', 'create', 'update'], customers: ['read', 'create', 'update', 'delete'], 'work-orders': ['read', 'update', 'complete', 'print'] };

describe('serverAction', () => {
  it.each([
    ['list', 'read'],
    ['show', 'read'],
    ['export', 'read'],
    ['create', 'create'],
    ['clone', 'create'],
    ['edit', 'update'],
    ['delete', 'delete'],
    ['authorize', 'authorize'],
    ['go-live', 'go-live'],
    ['toString', 'toString'],
  ])('%s is asked as %s', (action, asked) => {
    expect(serverAction(action)).toBe(asked);
  });

  it.each([
    ['list', false],
    ['show', false],
    ['create', false],
    ['edit', true],
    ['delete', true],
    ['complete', true],
  ])('the dry run of a record decides %s: %s', (action, expected) => {
    expect(dependsOnRecord(action)).toBe(expected);
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
    [regionalManager, 'work-orders', 'print', true],
    [regionalManager, 'work-orders', 'authorize', false],
    [regionalManager, 'stats', 'regional', true],
    [regionalManager, 'stats', 'compliance', false],
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
    [admin, 'work-orders', 'complete', true],
    [admin, 'work-orders', 'authorize', false],
    [undefined, 'customers', 'list', false],
  ] as const)('%j: %s %s → %s', (permissions, resource, action, expected) => {
    expect(canAccessWith(permissions, { resource, action })).toBe(expected);
  });
});

describe('authProvider', () => {
  const me = { id: 3, name: 'Rita Regional', email: 'regional@example.com', role: 'regional-manager', regionId: 1, serviceCenterId: null, permissions: regionalManager, home: '/' };

  it('asks the server who is signed in once, and answers canAccess from that', async () => {
    const client = vi.fn().mockResolvedValue({ json: me });
    const auth = createAuthProvider(client, vi.fn());
    await auth.checkAuth({});
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'list' })).toBe(true);
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'create' })).toBe(false);
    expect(await auth.getIdentity!()).toEqual({ id: 3, fullName: 'Rita Regional', email: 'regional@example.com', regionId: 1, serviceCenterId: null });
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

describe('the dry run of a record', () => {
  const compliance = { id: 2, name: 'Casey Compliance', email: 'c@example.com', regionId: null, serviceCenterId: null, permissions: { 'work-orders': ['read', 'create', 'update', 'authorize', 'complete', 'print'] }, home: '/' };
  const order = { id: 5, version: 3 };
  const completed = {
    read: { allowed: true },
    update: { allowed: false, reason: 'This work order is completed; it no longer changes' },
    authorize: { allowed: false, reason: 'This work order is completed' },
    complete: { allowed: false, reason: 'This work order is completed' },
    print: { allowed: true },
  };
  const setup = (actions = vi.fn().mockResolvedValue({ data: completed })) => ({ auth: createAuthProvider(vi.fn().mockResolvedValue({ json: compliance }), actions), actions });

  it('answers changes and commands on a record from one dry run per record version, with the reason', async () => {
    const { auth, actions } = setup();
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'authorize', record: order })).toBe(false);
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'print', record: order })).toBe(true);
    expect(await auth.decide({ resource: 'work-orders', action: 'edit', record: order })).toEqual({ allowed: false, permitted: true, reason: 'This work order is completed; it no longer changes' });
    expect(actions).toHaveBeenCalledTimes(1);
    expect(actions).toHaveBeenCalledWith('work-orders', 5);
    await auth.canAccess!({ resource: 'work-orders', action: 'complete', record: { ...order, version: 4 } });
    expect(actions).toHaveBeenCalledTimes(2);
  });

  it('asks the server again about every record after a command (forgetDecisions)', async () => {
    const { auth, actions } = setup();
    await auth.canAccess!({ resource: 'work-orders', action: 'complete', record: order });
    await auth.canAccess!({ resource: 'work-orders', action: 'complete', record: { ...order, id: 6 } });
    auth.forgetDecisions();
    await auth.canAccess!({ resource: 'work-orders', action: 'complete', record: order });
    await auth.canAccess!({ resource: 'work-orders', action: 'complete', record: { ...order, id: 6 } });
    expect(actions).toHaveBeenCalledTimes(4);
  });

  it('does not ask about reading or creating, nor about what the role may not do at all', async () => {
    const { auth, actions } = setup();
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'show', record: order })).toBe(true);
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'create', record: order })).toBe(true);
    expect(await auth.decide({ resource: 'work-orders', action: 'delete', record: order })).toMatchObject({ allowed: false, permitted: false });
    expect(await auth.decide({ resource: 'work-orders', action: 'complete' })).toEqual({ allowed: true, permitted: true });
    expect(actions).not.toHaveBeenCalled();
  });

  it("refuses with the server's message when the record is out of scope, and asks again next time", async () => {
    const outOfScope = new HttpError('Not found', 404, { message: 'Not found', errors: {} });
    const { auth, actions } = setup(vi.fn().mockRejectedValueOnce(outOfScope).mockResolvedValue({ data: {} }));
    expect(await auth.decide({ resource: 'work-orders', action: 'complete', record: order })).toEqual({ allowed: false, permitted: true, reason: 'Not found' });
    expect(await auth.canAccess!({ resource: 'work-orders', action: 'complete', record: order })).toBe(true);
    expect(actions).toHaveBeenCalledTimes(2);
  });
});
