import type { CrudAction } from '../../server/auth/policy.ts';
import type { Role } from '../../server/auth/roles.ts';

// The role table of DOMAIN.md, with the service-center portal's grants (issue 13) and a
// customer's own login (issue 14), written out
// independently of the policy: r c u d per role.
const MATRIX = `
resource           admin  compliance  regional-manager  onboarding  center-staff  customer
jurisdictions      rcud   r           r                 r           r             r
regions            rcud   r           r                 r           r             -
service-centers    rcud   r           r                 rcu         ru            -
installers         rcud   r           r                 rcu         rc            -
customers          rcud   rcu         -                 -           -             ru
vehicles           rcud   rcu         -                 -           -             r
devices            rcud   rcu         r                 -           r             r
work-orders        rcud   rcu         r                 -           rc            r
shipments          rcud   rcu         r                 -           r             -
shipment-packages  rcud   rcu         -                 -           r             -
center-closures    rcud   rcud        r                 r           rcud          -
users              rcu    -           -                 -           -             -
audit-log          r      r           -                 -           -             -
audit-templates    rcud   r           r                 r           r             -
audits             rcud   rcud        r                 rcu         r             -
findings           r      r           r                 r           r             -
corrective-actions ru     ru          r                 r           r             -
ratings            r      r           r                 r           r             -
documents          rud    r           -                 rud         r             -
outbox             r      r           -                 -           -             -
unlock-codes       r      r           -                 -           -             r
help-articles      rcud   rcu         r                 r           r             r
payment-methods    r      r           -                 -           -             rcd
payments           r      r           -                 -           -             rc
appointment-requests r    r           -                 -           -             rc
customer-notes     r      r           -                 -           -             rc
complaints         rc     rc          -                 -           -             rc
customer-documents rd     r           -                 -           -             r
reporting-obligations r   r           r                 -           r             -
`;

export const LETTER: Record<CrudAction, string> = { read: 'r', create: 'c', update: 'u', delete: 'd' };
const [header, ...rows] = MATRIX.trim().split('\n').map((l) => l.trim().split(/\s+/));
export const roles = header.slice(1) as Role[];
export const lines = rows;

/** Whether the table lets a role take an action on a resource. */
export const expected = (role: Role, resource: string, action: CrudAction) => {
  const row = rows.find(([name]) => name === resource);
  return Boolean(row?.[roles.indexOf(role) + 1].includes(LETTER[action]));
};
