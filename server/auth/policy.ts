import { PRE_LIVE_STATUSES } from '../resources/choices.ts';
import type { Actor, Role } from './roles.ts';

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Which rows of a resource an actor may see at all. Applied as a WHERE to every query of the
 * resource (lists, counts, getMany, getOne, updates, deletes), so what is out of scope is a 404.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'equals'; column: string; value: number }
  | { kind: 'center-in-region'; column: string; regionId: number };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const PRE_LIVE = PRE_LIVE_STATUSES;

type Grant = Partial<Record<Role, Action[]>>;
const R: Action[] = ['read'];
const RCU: Action[] = ['read', 'create', 'update'];
const RU: Action[] = ['read', 'update'];
const ALL: Action[] = ['read', 'create', 'update', 'delete'];

/** The role table of DOMAIN.md: which role may do what to which resource (before row scope). */
const GRANTS: Record<string, Grant> = {
  jurisdictions: { admin: ALL, compliance: R, 'regional-manager': R, onboarding: R, 'center-staff': R },
  regions: { admin: ALL, compliance: R, 'regional-manager': R, onboarding: R, 'center-staff': R },
  'service-centers': { admin: ALL, compliance: R, 'regional-manager': R, onboarding: RCU, 'center-staff': R },
  installers: { admin: ALL, compliance: R, 'regional-manager': R, onboarding: RCU, 'center-staff': R },
  customers: { admin: ALL, compliance: RCU },
  vehicles: { admin: ALL, compliance: RCU },
  devices: { admin: ALL, compliance: RCU, 'regional-manager': R, 'center-staff': R },
  'work-orders': { admin: ALL, compliance: RCU, 'regional-manager': R, 'center-staff': R },
  shipments: { admin: ALL, compliance: RCU, 'regional-manager': R, 'center-staff': R },
  'shipment-packages': { admin: ALL, compliance: RCU },
  users: { admin: ['read', 'create', 'update'] },
  'audit-log': { admin: R, compliance: R },
  'audit-templates': { admin: ALL, compliance: R, 'regional-manager': R, onboarding: R, 'center-staff': R },
  audits: { admin: ALL, compliance: ALL, 'regional-manager': R, onboarding: RCU, 'center-staff': R },
  findings: { admin: R, compliance: R, 'regional-manager': R, onboarding: R, 'center-staff': R },
  'corrective-actions': { admin: RU, compliance: RU, 'regional-manager': R, onboarding: R, 'center-staff': R },
  ratings: { admin: R, compliance: R, 'regional-manager': R, onboarding: R, 'center-staff': R },
  // Onboarding paperwork holds tax ids and background checks: not for managers or center staff.
  documents: { admin: ['read', 'update', 'delete'], compliance: R, onboarding: ['read', 'update', 'delete'] },
  outbox: { admin: R, compliance: R },
  'unlock-codes': { admin: R, compliance: R },
};

/** Resources whose rows belong to a service center through this column. */
const CENTER_COLUMN: Record<string, string> = {
  'service-centers': 'id',
  installers: 'serviceCenterId',
  devices: 'serviceCenterId',
  'work-orders': 'serviceCenterId',
  shipments: 'serviceCenterId',
  audits: 'serviceCenterId',
  findings: 'serviceCenterId',
  'corrective-actions': 'serviceCenterId',
  ratings: 'serviceCenterId',
  documents: 'serviceCenterId',
};

export function scopeOf(actor: Actor, resource: string): Scope {
  if (!GRANTS[resource]?.[actor.role]?.includes('read')) return { kind: 'none' };
  const centerColumn = CENTER_COLUMN[resource];
  if (actor.role === 'regional-manager' && centerColumn) {
    if (actor.regionId === null) return { kind: 'none' };
    if (resource === 'service-centers') return { kind: 'equals', column: 'regionId', value: actor.regionId };
    return { kind: 'center-in-region', column: centerColumn, regionId: actor.regionId };
  }
  if (actor.role === 'center-staff' && centerColumn) {
    if (actor.serviceCenterId === null) return { kind: 'none' };
    return { kind: 'equals', column: centerColumn, value: actor.serviceCenterId };
  }
  return { kind: 'all' };
}

type Values = Record<string, unknown>;

/** Rules that depend on the record and the change, beyond the role table. */
function recordRules(actor: Actor, action: Action, resource: string, record?: Values, changes?: Values): Decision {
  if (resource === 'service-centers' && actor.role !== 'admin') {
    if (changes && 'priceList' in changes && (action === 'update' || (changes.priceList as unknown[] | null)?.length)) {
      return deny('Only administrators change price lists');
    }
    if (actor.role === 'onboarding') {
      if (action === 'update' && record && !PRE_LIVE.includes(String(record.onboardingStatus))) {
        return deny('Onboarding staff edit only centers that are not live yet');
      }
      // Going live is refused to every role here (409 from the resource's check): it is the go-live command's.
      const target = changes?.onboardingStatus;
      if (target !== undefined && target !== 'live' && !PRE_LIVE.includes(String(target))) {
        return deny('Suspending or closing a center is not an onboarding step');
      }
    }
  }
  if (resource === 'audits' && actor.role === 'onboarding' && action !== 'read') {
    const kind = changes?.kind ?? record?.kind;
    if (kind !== undefined && kind !== 'initial') return deny('Onboarding staff record initial assessments only');
  }
  return ALLOW;
}

/**
 * The one permission policy: may this actor do this to this resource (and, when given, this
 * record with these changes)? Row scope is checked separately by `scopeOf`.
 */
export function decide(actor: Actor, action: Action, resource: string, record?: Values, changes?: Values): Decision {
  if (!GRANTS[resource]?.[actor.role]?.includes(action)) {
    return deny(`A ${actor.role} may not ${action} ${resource}`);
  }
  return recordRules(actor, action, resource, record, changes);
}

/**
 * Who may run the go-live command on a center (the command then checks the onboarding gates;
 * without a center, the role alone is checked):
 * administrators on any center that is not live (reinstating a suspended one too), onboarding
 * staff on the centers they are bringing live.
 */
export function goLiveDecision(actor: Actor, center?: Values): Decision {
  if (actor.role === 'admin') return ALLOW;
  if (actor.role === 'onboarding') {
    return !center || PRE_LIVE.includes(String(center.onboardingStatus))
      ? ALLOW
      : deny('Onboarding staff put new centers live; reinstating a suspended or closed center is for administrators');
  }
  return deny(`A ${actor.role} may not put a center live`);
}

/** Who may upload an onboarding document to a center: administrators, and onboarding staff while the center is not live yet (without a center: the role alone). */
export function documentChangeDecision(actor: Actor, center?: Values): Decision {
  if (!GRANTS.documents[actor.role]?.includes('update')) return deny(`A ${actor.role} may not upload or change documents`);
  if (actor.role === 'onboarding' && center && !PRE_LIVE.includes(String(center.onboardingStatus))) {
    return deny('Onboarding staff add or change documents only of centers that are not live yet');
  }
  return ALLOW;
}

/** The onboarding board (stages, blockers) is for those who read the onboarding paperwork. */
export function onboardingBoardDecision(actor: Actor): Decision {
  return GRANTS.documents[actor.role]?.includes('read') ? ALLOW : deny(`A ${actor.role} may not see the onboarding board`);
}

/** The dashboards' aggregates (`/api/stats/*`) by topic, and the roles that see each (row scope still applies). */
const STATS_ROLES: Record<'regional' | 'compliance' | 'onboarding', readonly Role[]> = {
  regional: ['admin', 'compliance', 'regional-manager'],
  compliance: ['admin', 'compliance'],
  onboarding: ['admin', 'compliance', 'onboarding'],
};

/** May this actor see the statistics of this dashboard topic? */
export function statsDecision(actor: Actor, topic: keyof typeof STATS_ROLES): Decision {
  return STATS_ROLES[topic].includes(actor.role) ? ALLOW : deny(`A ${actor.role} may not see the ${topic} statistics`);
}

/** What the SPA needs to show and hide: for every resource, the actions this actor may take. */
export function permissionsOf(actor: Actor): Record<string, Action[]> {
  return Object.fromEntries(
    Object.keys(GRANTS).map((resource) => [resource, ACTIONS.filter((a) => GRANTS[resource][actor.role]?.includes(a))]),
  );
}
