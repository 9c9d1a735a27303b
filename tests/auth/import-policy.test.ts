import { describe, expect, it } from 'vitest';
import { IMPORTABLE, decide, permissionsOf } from '../../server/auth/policy.ts';
import { ROLES, type Actor, type Role } from '../../server/auth/roles.ts';
import { expected, lines } from './role-table.ts';

const actor = (role: Role): Actor => ({ id: 1, role, regionId: 3, serviceCenterId: 9, customerId: 4 });

describe('importing from CSV: whoever may create an importable resource may import it', () => {
  const cases = IMPORTABLE.flatMap((resource) => ROLES.map((role) => ({ resource, role, allowed: expected(role, resource, 'create') })));
  it.each(cases)('$role import $resource → $allowed', ({ resource, role, allowed }) => {
    expect(decide(actor(role), 'import', resource).allowed).toBe(allowed);
    expect(permissionsOf(actor(role))[resource]?.includes('import') ?? false).toBe(allowed);
  });

  it('no other resource is imported, by anyone', () => {
    const others = lines.map(([resource]) => resource).filter((resource) => !(IMPORTABLE as readonly string[]).includes(resource));
    for (const resource of others) for (const role of ROLES) expect(decide(actor(role), 'import', resource).allowed, `${role} ${resource}`).toBe(false);
  });

  it.each([
    ['compliance', 'service-centers', /administrators and onboarding staff import service centers/],
    ['regional-manager', 'installers', /administrators, onboarding staff and center staff import installers/],
    ['onboarding', 'customers', /administrators and compliance reviewers import customers/],
  ] as const)('a %s user is told who imports %s', (role, resource, reason) => {
    const decision = decide(actor(role), 'import', resource);
    expect(decision).toMatchObject({ allowed: false, status: 403, reason: expect.stringMatching(reason) });
  });
});
