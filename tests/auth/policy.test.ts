import { describe, expect, it } from 'vitest';
import { CRUD_ACTIONS, customerLoginProblem, decide, homeOf, ownRecordDefaults, permissionsOf, scopeOf, type Action, type Facts } from '../../server/auth/policy.ts';
import { ROLES, type Actor, type Role } from '../../server/auth/roles.ts';
import { LETTER, lines, roles } from './role-table.ts';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: 1, role, regionId: 3, serviceCenterId: 9, customerId: 4, ...extra });

describe('the permission policy, role × resource × action', () => {
  it('covers every role', () => expect([...roles].sort()).toEqual([...ROLES].sort()));
  const cases = lines.flatMap(([resource, ...cells]) =>
    roles.flatMap((role, i) => CRUD_ACTIONS.map((action) => ({ resource, role, action, allowed: cells[i].includes(LETTER[action]) }))),
  );
  it.each(cases)('$role $action $resource → $allowed', ({ resource, role, action, allowed }) => {
    expect(decide(actor(role), action, resource).allowed).toBe(allowed);
  });
  it('refuses unknown resources to everyone', () => {
    for (const role of ROLES) expect(decide(actor(role), 'read', 'secrets').allowed).toBe(false);
  });
  it('answers the SPA the same table', () => {
    for (const [resource, ...cells] of lines) {
      roles.forEach((role, i) => {
        const expected = CRUD_ACTIONS.filter((a) => cells[i].includes(LETTER[a]));
        expect(permissionsOf(actor(role))[resource].filter((a) => (CRUD_ACTIONS as readonly string[]).includes(a))).toEqual(expected);
      });
    }
  });
});

describe('row scope', () => {
  it.each([
    ['admin', 'work-orders', { kind: 'all' }],
    ['compliance', 'customers', { kind: 'all' }],
    ['regional-manager', 'service-centers', { kind: 'equals', column: 'regionId', value: 3 }],
    ['regional-manager', 'work-orders', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'installers', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'devices', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'shipments', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'customers', { kind: 'none' }],
    ['regional-manager', 'jurisdictions', { kind: 'all' }],
    ['center-staff', 'service-centers', { kind: 'equals', column: 'id', value: 9 }],
    ['center-staff', 'work-orders', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['onboarding', 'work-orders', { kind: 'none' }],
    ['regional-manager', 'audits', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'findings', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'corrective-actions', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'ratings', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['center-staff', 'audits', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['center-staff', 'ratings', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['center-staff', 'documents', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['center-staff', 'center-closures', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['center-staff', 'shipment-packages', { kind: 'center-through', column: 'shipmentId', table: 'shipments', serviceCenterId: 9 }],
    ['customer', 'customers', { kind: 'equals', column: 'id', value: 4 }],
    ['customer', 'devices', { kind: 'equals', column: 'customerId', value: 4 }],
    ['customer', 'work-orders', { kind: 'equals', column: 'customerId', value: 4 }],
    ['customer', 'unlock-codes', { kind: 'equals', column: 'customerId', value: 4 }],
    ['customer', 'payment-methods', { kind: 'equals', column: 'customerId', value: 4 }],
    ['customer', 'payments', { kind: 'equals', column: 'customerId', value: 4 }],
    ['customer', 'jurisdictions', { kind: 'all' }],
    ['customer', 'service-centers', { kind: 'none' }],
    ['customer', 'appointment-requests', { kind: 'equals', column: 'customerId', value: 4 }],
    ['customer', 'customer-notes', { kind: 'equals', column: 'customerId', value: 4 }],
    ['compliance', 'appointment-requests', { kind: 'all' }],
    ['center-staff', 'appointment-requests', { kind: 'none' }],
    ['regional-manager', 'customer-notes', { kind: 'none' }],
    ['customer', 'payments-of-others', { kind: 'none' }],
    ['compliance', 'shipment-packages', { kind: 'all' }],
    ['onboarding', 'audits', { kind: 'all' }],
    // draft checklists are for the administrators who edit them; everyone else reads published and retired ones
    ['admin', 'audit-templates', { kind: 'all' }],
    ['regional-manager', 'audit-templates', { kind: 'not-equals', column: 'status', value: 'draft' }],
    ['center-staff', 'audit-templates', { kind: 'not-equals', column: 'status', value: 'draft' }],
    // drafts are for those who edit help articles; everyone else reads the published ones
    ['admin', 'help-articles', { kind: 'all' }],
    ['compliance', 'help-articles', { kind: 'all' }],
    ['regional-manager', 'help-articles', { kind: 'equals', column: 'published', value: 1 }],
    ['center-staff', 'help-articles', { kind: 'equals', column: 'published', value: 1 }],
    ['customer', 'help-articles', { kind: 'equals', column: 'published', value: 1 }],
  ] as const)('%s reads %s within %o', (role, resource, scope) => {
    expect(scopeOf(actor(role), resource)).toEqual(scope);
  });
  it('a customer’s new record is their own unless they say otherwise; staff get no default', () => {
    expect(ownRecordDefaults(actor('customer'), 'appointment-requests')).toEqual({ customerId: 4 });
    expect(ownRecordDefaults(actor('customer'), 'customers')).toEqual({});
    expect(ownRecordDefaults(actor('customer', { customerId: null }), 'customer-notes')).toEqual({});
    expect(ownRecordDefaults(actor('compliance'), 'customer-notes')).toEqual({});
  });
  it('a customer login without its customer sees nothing', () => {
    for (const resource of ['customers', 'devices', 'work-orders']) expect(scopeOf(actor('customer', { customerId: null }), resource)).toEqual({ kind: 'none' });
  });
  it('a regional manager without a region sees nothing of the network', () => {
    expect(scopeOf(actor('regional-manager', { regionId: null }), 'work-orders')).toEqual({ kind: 'none' });
  });
});

describe('rules that depend on the record', () => {
  const live = { onboardingStatus: 'live' };
  const training = { onboardingStatus: 'training' };
  it.each([
    ['onboarding edits a center in training', 'onboarding', 'update', training, { name: 'New' }, true],
    ['onboarding edits a live center', 'onboarding', 'update', live, { name: 'New' }, false],
    // Going live is refused to every role by the generic write (409) and left to the go-live command: see goLiveDecision.
    ['onboarding suspends a center', 'onboarding', 'update', training, { onboardingStatus: 'suspended' }, false],
    ['onboarding closes a center', 'onboarding', 'update', training, { onboardingStatus: 'closed' }, false],
    ['onboarding moves a center to the next stage', 'onboarding', 'update', training, { onboardingStatus: 'state-notified' }, true],
    ['onboarding creates a suspended center', 'onboarding', 'create', undefined, { onboardingStatus: 'suspended' }, false],
    ['onboarding creates an applicant', 'onboarding', 'create', undefined, { onboardingStatus: 'applicant', priceList: [] }, true],
    ['onboarding sets a price list', 'onboarding', 'create', undefined, { onboardingStatus: 'applicant', priceList: [{ serviceType: 'removal', price: 1 }] }, false],
    ['onboarding changes a price list', 'onboarding', 'update', training, { priceList: [] }, false],
    ['admin changes a price list', 'admin', 'update', live, { priceList: [] }, true],
    ['admin edits a live center', 'admin', 'update', live, { name: 'x', onboardingStatus: 'suspended' }, true],
  ] as const)('%s', (_name, role, action, record, changes, allowed) => {
    expect(decide(actor(role), action, 'service-centers', { record, changes }).allowed).toBe(allowed);
  });
  it.each([
    ['onboarding', 'create', undefined, { kind: 'initial' }, true],
    ['onboarding', 'create', undefined, { kind: 'annual' }, false],
    ['onboarding', 'create', undefined, { kind: 'amending' }, false],
    ['onboarding', 'update', { kind: 'annual' }, { notes: 'x' }, false],
    ['onboarding', 'update', { kind: 'initial' }, { notes: 'x' }, true],
    ['compliance', 'create', undefined, { kind: 'annual' }, true],
  ] as const)('%s %s audits %o %o → %s', (role, action, record, changes, allowed) => {
    expect(decide(actor(role), action, 'audits', { record, changes }).allowed).toBe(allowed);
  });
  it.each([
    ['admin', training, true],
    ['admin', { onboardingStatus: 'suspended' }, true],
    ['onboarding', training, true],
    ['onboarding', { onboardingStatus: 'suspended' }, false],
    ['compliance', training, false],
    ['regional-manager', training, false],
    ['center-staff', training, false],
  ] as const)('%s runs go-live on a %o center → %s', (role, center, allowed) => {
    expect(decide(actor(role), 'go-live', 'service-centers', { record: center, centers: [{ id: 9, ...center }] }).allowed).toBe(allowed);
  });
  it.each([
    ['admin', live, true],
    ['onboarding', training, true],
    ['onboarding', live, false],
    ['compliance', training, false],
    ['regional-manager', training, false],
    ['center-staff', training, false],
  ] as const)('%s uploads a document to a %o center → %s', (role, center, allowed) => {
    expect(decide(actor(role), 'upload-document', 'service-centers', { record: center, centers: [{ id: 9, ...center }] }).allowed).toBe(allowed);
  });
  it.each([
    ['admin', true],
    ['compliance', true],
    ['onboarding', true],
    ['regional-manager', false],
    ['center-staff', false],
  ] as const)('%s sees the onboarding board → %s', (role, allowed) => {
    expect(decide(actor(role), 'read', 'onboarding-board').allowed).toBe(allowed);
  });
  it.each([
    ['admin', 'regional', true],
    ['compliance', 'regional', true],
    ['regional-manager', 'regional', true],
    ['onboarding', 'regional', false],
    ['center-staff', 'regional', false],
    ['admin', 'compliance', true],
    ['compliance', 'compliance', true],
    ['regional-manager', 'compliance', false],
    ['onboarding', 'compliance', false],
    ['center-staff', 'compliance', false],
    ['admin', 'onboarding', true],
    ['compliance', 'onboarding', true],
    ['onboarding', 'onboarding', true],
    ['regional-manager', 'onboarding', false],
    ['center-staff', 'onboarding', false],
  ] as const)('%s sees the %s statistics → %s', (role, topic, allowed) => {
    expect(decide(actor(role), topic, 'stats').allowed).toBe(allowed);
  });
  it('says why it refuses', () => {
    const decision = decide(actor('onboarding'), 'update', 'service-centers', { record: live, changes: { name: 'x' }, centers: [{ id: 9, ...live }] });
    expect(decision).toEqual({ allowed: false, status: 403, reason: 'Onboarding staff edit only centers that are not live yet' });
  });
});

describe('commands as actions of the policy: role × resource × command × record state', () => {
  const training = { id: 9, onboardingStatus: 'training' };
  const live = { id: 9, onboardingStatus: 'live' };
  const removal = (extra: Record<string, unknown> = {}) => ({ type: 'removal', status: 'requested', authorizedAt: null, serviceCenterId: 9, ...extra });
  const inspection = { type: 'vehicle-inspection', status: 'requested', authorizedAt: null, serviceCenterId: 9 };
  type Case = [string, Role, Action, string, Facts, true | [403 | 409, RegExp]];
  const cases: Case[] = [
    ['compliance authorises a requested removal', 'compliance', 'authorize', 'work-orders', { record: removal() }, true],
    ['an administrator does not authorise', 'admin', 'authorize', 'work-orders', { record: removal() }, [403, /Only compliance authorises/]],
    ['a completed removal is not authorised again', 'compliance', 'authorize', 'work-orders', { record: removal({ status: 'completed' }) }, [409, /completed/]],
    ['a provider request needs no authorisation', 'compliance', 'authorize', 'work-orders', { record: inspection }, [409, /./]],
    ['compliance completes a provider request', 'compliance', 'complete', 'work-orders', { record: inspection }, true],
    ['an administrator completes a provider request', 'admin', 'complete', 'work-orders', { record: inspection }, true],
    ['a removal completes only once authorised', 'admin', 'complete', 'work-orders', { record: removal() }, [409, /authorised by compliance/]],
    ['a regional manager does not complete', 'regional-manager', 'complete', 'work-orders', { record: inspection }, [403, /complete work orders/]],
    ['a regional manager prints', 'regional-manager', 'print', 'work-orders', { record: inspection }, true],
    ['center staff print their own center’s order', 'center-staff', 'print', 'work-orders', { record: inspection, centers: [{ id: 9, onboardingStatus: 'live' }] }, true],
    ['onboarding staff do not print', 'onboarding', 'print', 'work-orders', { record: inspection }, [403, /may not print/]],
    ['compliance sees the customer and vehicle of a work order', 'compliance', 'read-customer', 'work-orders', { record: inspection }, true],
    ['an administrator sees them', 'admin', 'read-customer', 'work-orders', { record: inspection }, true],
    ['center staff see those of their own center’s order', 'center-staff', 'read-customer', 'work-orders', { record: inspection, centers: [{ id: 9, onboardingStatus: 'live' }] }, true],
    ['center staff do not see those of another center’s order', 'center-staff', 'read-customer', 'work-orders', { record: inspection, centers: [{ id: 8, onboardingStatus: 'live' }] }, [403, /own center/]],
    ['a regional manager does not see them', 'regional-manager', 'read-customer', 'work-orders', { record: inspection }, [403, /customer and vehicle of a work order/]],
    ['onboarding staff do not see them', 'onboarding', 'read-customer', 'work-orders', { record: inspection }, [403, /customer and vehicle of a work order/]],
    ['onboarding staff put a center in training live', 'onboarding', 'go-live', 'service-centers', { record: training }, true],
    ['onboarding staff do not reinstate a suspended center', 'onboarding', 'go-live', 'service-centers', { record: { id: 9, onboardingStatus: 'suspended' } }, [403, /reinstating/]],
    ['a live center is already live', 'admin', 'go-live', 'service-centers', { record: live }, [409, /already live/]],
    ['compliance does not put centers live', 'compliance', 'go-live', 'service-centers', { record: training }, [403, /put centers live/]],
    ['compliance recomputes a rating', 'compliance', 'recompute-rating', 'service-centers', { record: live }, true],
    ['onboarding staff do not recompute ratings', 'onboarding', 'recompute-rating', 'service-centers', { record: training }, [403, /recompute ratings/]],
    ['a regional manager asks what would raise a rating', 'regional-manager', 'rating-what-if', 'service-centers', { record: live }, true],
    ['compliance asks what would raise a rating', 'compliance', 'rating-what-if', 'service-centers', { record: live }, true],
    ['center staff do not ask what would raise their rating', 'center-staff', 'rating-what-if', 'service-centers', { record: live }, [403, /what would change a rating/]],
    ['onboarding staff do not ask what would raise a rating', 'onboarding', 'rating-what-if', 'service-centers', { record: training }, [403, /what would change a rating/]],
    ['onboarding staff upload to a center in training', 'onboarding', 'upload-document', 'service-centers', { record: training }, true],
    ['onboarding staff do not upload to a live center', 'onboarding', 'upload-document', 'service-centers', { record: live }, [403, /only of centers that are not live yet/]],
    ['an administrator uploads to a live center', 'admin', 'upload-document', 'service-centers', { record: live }, true],
    ['onboarding staff submit an initial assessment of a center in training', 'onboarding', 'submit', 'audits', { record: { kind: 'initial', status: 'draft' }, centers: [training] }, true],
    ['onboarding staff do not submit an initial assessment of a live center', 'onboarding', 'submit', 'audits', { record: { kind: 'initial', status: 'draft' }, centers: [live] }, [403, /not live yet/]],
    ['onboarding staff do not submit an annual audit', 'onboarding', 'submit', 'audits', { record: { kind: 'annual', status: 'draft' }, centers: [training] }, [403, /initial assessments only/]],
    ['a submitted audit is not submitted again', 'compliance', 'submit', 'audits', { record: { kind: 'annual', status: 'submitted' } }, [409, /already submitted/]],
    ['a submitted audit is read-only', 'admin', 'update', 'audits', { record: { kind: 'annual', status: 'closed' }, changes: { notes: 'x' } }, [409, /read-only/]],
    ['a regional manager does not submit', 'regional-manager', 'submit', 'audits', { record: { kind: 'annual', status: 'draft' } }, [403, /submit audits/]],
    ['compliance issues an unlock code', 'compliance', 'issue-unlock-code', 'devices', { record: { status: 'installed' } }, true],
    ['center staff do not issue unlock codes', 'center-staff', 'issue-unlock-code', 'devices', { record: { status: 'installed' } }, [403, /issue unlock codes/]],
    ['compliance closes a corrective action', 'compliance', 'update', 'corrective-actions', { record: { status: 'open' }, changes: { status: 'done' } }, true],
    ['a regional manager does not close one', 'regional-manager', 'update', 'corrective-actions', { record: { status: 'open' }, changes: { status: 'done' } }, [403, /./]],
    ['compliance attaches evidence to a corrective action', 'compliance', 'upload-evidence', 'corrective-actions', { record: { status: 'open' } }, true],
    ['center staff attach evidence to their own center’s action', 'center-staff', 'upload-evidence', 'corrective-actions', { record: { status: 'open' }, centers: [live] }, true],
    ['center staff do not attach evidence to another center’s', 'center-staff', 'upload-evidence', 'corrective-actions', { record: { status: 'open' }, centers: [{ id: 8, onboardingStatus: 'live' }] }, [403, /own center/]],
    ['center staff answer an open corrective action', 'center-staff', 'respond', 'corrective-actions', { record: { status: 'open' }, centers: [live] }, true],
    ['an answered action is not answered again', 'center-staff', 'respond', 'corrective-actions', { record: { status: 'done' }, centers: [live] }, [409, /already answered/]],
    ['compliance does not answer for the center', 'compliance', 'respond', 'corrective-actions', { record: { status: 'open' } }, [403, /staff of the center/]],
    ['compliance reopens an answered action', 'compliance', 'reopen', 'corrective-actions', { record: { status: 'done' } }, true],
    ['an open action is not reopened', 'compliance', 'reopen', 'corrective-actions', { record: { status: 'open' } }, [409, /open already/]],
    ['center staff do not reopen', 'center-staff', 'reopen', 'corrective-actions', { record: { status: 'done' }, centers: [live] }, [403, /reopen/]],
    ['center staff record a walk-in calibration', 'center-staff', 'create', 'work-orders', { changes: { type: 'calibration', serviceCenterId: 9 }, centers: [live] }, true],
    ['center staff do not book an installation', 'center-staff', 'create', 'work-orders', { changes: { type: 'installation', serviceCenterId: 9 }, centers: [live] }, [403, /booked by the provider/]],
    ['center staff do not record a walk-in at another center', 'center-staff', 'create', 'work-orders', { changes: { type: 'calibration', serviceCenterId: 8 }, centers: [{ id: 8, onboardingStatus: 'live' }] }, [403, /own center/]],
    ['center staff start a booked order', 'center-staff', 'start', 'work-orders', { record: inspection, centers: [live] }, true],
    ['a completed order does not start', 'center-staff', 'start', 'work-orders', { record: { ...inspection, status: 'completed' }, centers: [live] }, [409, /only booked work can start/]],
    ['center staff record a no-show', 'center-staff', 'no-show', 'work-orders', { record: removal(), centers: [live] }, true],
    ['work in progress is not a no-show', 'compliance', 'no-show', 'work-orders', { record: removal({ status: 'in-progress' }) }, [409, /no-show/]],
    ['center staff complete their own center’s provider request', 'center-staff', 'complete', 'work-orders', { record: inspection, centers: [live] }, true],
    ['center staff complete a removal only once authorised', 'center-staff', 'complete', 'work-orders', { record: removal(), centers: [live] }, [409, /authorised by compliance/]],
    ['a regional manager does not start work', 'regional-manager', 'start', 'work-orders', { record: inspection }, [403, /start work orders/]],
    ['center staff change their opening hours', 'center-staff', 'update', 'service-centers', { record: live, changes: { openingHours: [] } }, true],
    ['center staff do not change their price list', 'center-staff', 'update', 'service-centers', { record: live, changes: { priceList: [] } }, [403, /./]],
    ['center staff do not rename their center', 'center-staff', 'update', 'service-centers', { record: live, changes: { name: 'Mine' } }, [403, /opening hours and contact details/]],
    ['center staff do not change another center', 'center-staff', 'update', 'service-centers', { record: { id: 8, onboardingStatus: 'live' }, changes: { phone: '555' } }, [403, /own center/]],
    ['center staff upload a renewed insurance binder', 'center-staff', 'upload-document', 'service-centers', { record: live, changes: { kind: 'insurance-binder' } }, true],
    ['center staff do not upload a state inspection report', 'center-staff', 'upload-document', 'service-centers', { record: live, changes: { kind: 'state-inspection-report' } }, [403, /insurance binder or a W-9/]],
    ['center staff read their statement', 'center-staff', 'read-statement', 'service-centers', { record: live }, true],
    ['a regional manager does not read statements', 'regional-manager', 'read-statement', 'service-centers', { record: live }, [403, /statement/]],
    ['center staff add an installer pending training', 'center-staff', 'create', 'installers', { changes: { serviceCenterId: 9, trainingStatus: 'not-started' }, centers: [live] }, true],
    ['center staff do not certify their own installer', 'center-staff', 'create', 'installers', { changes: { serviceCenterId: 9, certificationStatus: 'certified' }, centers: [live] }, [403, /trains and certifies/]],
    ['center staff receive a package of their own center', 'center-staff', 'receive', 'shipment-packages', { record: { receivedAt: null }, centers: [live] }, true],
    ['a received package is not received again', 'center-staff', 'receive', 'shipment-packages', { record: { receivedAt: '2026-03-01T10:00:00.000Z' }, centers: [live] }, [409, /already received/]],
    ['a regional manager does not receive packages', 'regional-manager', 'receive', 'shipment-packages', { record: { receivedAt: null } }, [403, /receive packages/]],
    ['onboarding staff verify a live center’s renewed binder', 'onboarding', 'verify', 'documents', { record: { verifiedAt: null }, centers: [live] }, true],
    ['a verified document is not verified again', 'compliance', 'verify', 'documents', { record: { verifiedAt: '2026-03-01T10:00:00.000Z' } }, [409, /already verified/]],
    ['a customer obtains an unlock code for their device', 'customer', 'issue-unlock-code', 'devices', { record: { status: 'installed', customerId: 4 } }, true],
    ['a customer changes their phone', 'customer', 'update', 'customers', { record: { id: 4, status: 'active' }, changes: { phone: '555-0100', preferredChannel: 'sms' } }, true],
    ['a customer does not lower their balance', 'customer', 'update', 'customers', { record: { id: 4, status: 'active' }, changes: { balance: 0 } }, [403, /contact details/]],
    ['a customer chooses their plan and the card auto-pay charges', 'customer', 'update', 'customers', { record: { id: 4, status: 'active' }, changes: { paymentPlan: 'weekly', autoPay: true, autoPayMethodId: 9 } }, true],
    ['a customer does not set their plan’s amount', 'customer', 'update', 'customers', { record: { id: 4, status: 'active' }, changes: { planAmount: 1 } }, [403, /plan price/]],
    ['a customer does not move their next payment date', 'customer', 'update', 'customers', { record: { id: 4, status: 'active' }, changes: { nextPaymentOn: '2099-01-01' } }, [403, /contact details/]],
    ['a customer does not change their case number', 'customer', 'update', 'customers', { record: { id: 4, status: 'active' }, changes: { caseNumber: 'X' } }, [403, /contact details/]],
    ['a customer does not complete work', 'customer', 'complete', 'work-orders', { record: inspection }, [403, /complete work orders/]],
    ['center staff do not verify their own paperwork', 'center-staff', 'verify', 'documents', { record: { verifiedAt: null }, centers: [live] }, [403, /verify documents/]],
    ['compliance moves a due date', 'compliance', 'update', 'corrective-actions', { record: { status: 'open', dueDate: '2026-05-01' }, changes: { dueDate: '2026-06-01', dueDateReason: 'Parts on order' } }, true],
    ['an administrator does not move a due date', 'admin', 'update', 'corrective-actions', { record: { status: 'open', dueDate: '2026-05-01' }, changes: { dueDate: '2026-06-01' } }, [403, /Only compliance reviewers move/]],
    ['an administrator resends the same due date', 'admin', 'update', 'corrective-actions', { record: { status: 'open', dueDate: '2026-05-01' }, changes: { dueDate: '2026-05-01', owner: 'Kim' } }, true],
    ['an administrator retries a failed message', 'admin', 'retry', 'outbox', { record: { status: 'failed' } }, true],
    ['a sent message is not retried', 'admin', 'retry', 'outbox', { record: { status: 'sent' } }, [409, /Only a failed message/]],
    ['onboarding staff add an installer to a center in training', 'onboarding', 'create', 'installers', { changes: { serviceCenterId: 9 }, centers: [training] }, true],
    ['onboarding staff do not add one to a live center', 'onboarding', 'create', 'installers', { changes: { serviceCenterId: 9 }, centers: [live] }, [403, /not live yet/]],
    ['a customer files a complaint about themselves', 'customer', 'create', 'complaints', { changes: { customerId: 4, serviceCenterId: 9 } }, true],
    ['a customer does not file one for another customer', 'customer', 'create', 'complaints', { changes: { customerId: 5, serviceCenterId: 9 } }, [403, /of your own only/]],
    ['compliance files one for any customer', 'compliance', 'create', 'complaints', { changes: { customerId: 5, serviceCenterId: 9 } }, true],
    ['compliance resolves an open complaint', 'compliance', 'resolve', 'complaints', { record: { status: 'open' } }, true],
    ['a resolved complaint is not resolved again', 'admin', 'resolve', 'complaints', { record: { status: 'resolved', resolvedAt: '2026-03-01T10:00:00.000Z' } }, [409, /already resolved \(2026-03-01/]],
    ['a customer does not resolve their complaint', 'customer', 'resolve', 'complaints', { record: { status: 'open' } }, [403, /resolve complaints/]],
    ['a customer uploads their own document', 'customer', 'upload-document', 'customers', { record: { id: 4 } }, true],
    ['center staff do not upload a customer’s document', 'center-staff', 'upload-document', 'customers', { record: { id: 4 } }, [403, /customer's documents/]],
    ['onboarding staff do not move one into a live center', 'onboarding', 'update', 'installers', { record: { serviceCenterId: 8 }, changes: { serviceCenterId: 9 }, centers: [{ id: 8, onboardingStatus: 'training' }, live] }, [403, /not live yet/]],
    ['a customer asks for an appointment of their own', 'customer', 'create', 'appointment-requests', { changes: { customerId: 4, serviceCenterId: 9 }, centers: [live] }, true],
    ['a customer does not ask for another customer', 'customer', 'create', 'appointment-requests', { changes: { customerId: 5 } }, [403, /of your own only/]],
    ['a customer does not write a note for another customer', 'customer', 'create', 'customer-notes', { changes: { customerId: 5, body: 'x' } }, [403, /of your own only/]],
    ['compliance accepts a request awaiting an answer', 'compliance', 'accept', 'appointment-requests', { record: { status: 'requested' } }, true],
    ['an administrator declines one', 'admin', 'decline', 'appointment-requests', { record: { status: 'requested' } }, true],
    ['an accepted request is not declined', 'compliance', 'decline', 'appointment-requests', { record: { status: 'accepted' } }, [409, /already accepted/]],
    ['a declined request is not accepted', 'admin', 'accept', 'appointment-requests', { record: { status: 'declined' } }, [409, /already declined/]],
    ['a customer does not accept their own request', 'customer', 'accept', 'appointment-requests', { record: { status: 'requested' } }, [403, /book appointment requests/]],
    ['center staff do not accept requests at their center', 'center-staff', 'accept', 'appointment-requests', { record: { status: 'requested' }, centers: [live] }, [403, /book appointment requests/]],
    ['compliance acknowledges a note', 'compliance', 'acknowledge', 'customer-notes', { record: { acknowledgedAt: null } }, true],
    ['an acknowledged note is not acknowledged again', 'admin', 'acknowledge', 'customer-notes', { record: { acknowledgedAt: '2026-03-01T10:00:00.000Z' } }, [409, /already acknowledged/]],
    ['nobody edits a note', 'admin', 'update', 'customer-notes', { record: { acknowledgedAt: null }, changes: { body: 'x' } }, [403, /never edited/]],
    ['nobody deletes a note', 'compliance', 'delete', 'customer-notes', { record: { acknowledgedAt: null } }, [403, /never deleted/]],
    ['an administrator edits a draft checklist', 'admin', 'update', 'audit-templates', { record: { status: 'draft' }, changes: { definition: {} } }, true],
    ['an administrator deletes a draft checklist', 'admin', 'delete', 'audit-templates', { record: { status: 'draft' } }, true],
    ['an administrator publishes a draft', 'admin', 'publish', 'audit-templates', { record: { status: 'draft' } }, true],
    ['a published checklist is not edited', 'admin', 'update', 'audit-templates', { record: { status: 'published' }, changes: { definition: {} } }, [409, /never changed/]],
    ['a retired checklist is not deleted', 'admin', 'delete', 'audit-templates', { record: { status: 'retired' } }, [409, /never changed/]],
    ['a published checklist is not published again', 'admin', 'publish', 'audit-templates', { record: { status: 'published' } }, [409, /published already/]],
    ['a new version is made of a published checklist', 'admin', 'new-version', 'audit-templates', { record: { status: 'published' } }, true],
    ['and of a retired one', 'admin', 'new-version', 'audit-templates', { record: { status: 'retired' } }, true],
    ['not of a draft', 'admin', 'new-version', 'audit-templates', { record: { status: 'draft' } }, [409, /is a draft/]],
    ['compliance does not publish checklists', 'compliance', 'publish', 'audit-templates', { record: { status: 'draft' } }, [403, /Only administrators publish/]],
    ['compliance does not edit a draft checklist', 'compliance', 'update', 'audit-templates', { record: { status: 'draft' } }, [403, /may not update/]],
    ['compliance reports an open obligation', 'compliance', 'report', 'reporting-obligations', { record: { status: 'open', reportedAt: null } }, true],
    ['an administrator reports an overdue one', 'admin', 'report', 'reporting-obligations', { record: { status: 'overdue', reportedAt: null } }, true],
    ['a reported obligation is not reported again', 'compliance', 'report', 'reporting-obligations', { record: { status: 'reported', reportedAt: '2026-03-01T10:00:00.000Z', reference: 'A-1' } }, [409, /already reported \(2026-03-01.*A-1/]],
    ['center staff do not report to the state', 'center-staff', 'report', 'reporting-obligations', { record: { status: 'open', reportedAt: null }, centers: [live] }, [403, /report to the state/]],
    ['a regional manager does not report either', 'regional-manager', 'report', 'reporting-obligations', { record: { status: 'open', reportedAt: null } }, [403, /report to the state/]],
    ['nobody creates an obligation by hand', 'admin', 'create', 'reporting-obligations', { changes: { event: 'removal' } }, [403, /may not create/]],
    ['center staff record tampering on a device installed by their center', 'center-staff', 'record-event', 'devices', { record: { status: 'installed', customerId: 4, serviceCenterId: 9 }, centers: [live] }, true],
    ['not on another center’s device', 'center-staff', 'record-event', 'devices', { record: { status: 'installed', customerId: 4, serviceCenterId: 8 }, centers: [{ id: 8, onboardingStatus: 'live' }] }, [403, /own center/]],
    ['not on a device in stock', 'compliance', 'record-event', 'devices', { record: { status: 'in-stock', customerId: null } }, [409, /installed device/]],
    ['a regional manager records none', 'regional-manager', 'record-event', 'devices', { record: { status: 'installed', customerId: 4 } }, [403, /record tampering/]],
  ];
  it.each(cases)('%s', (_name, role, action, resource, facts, expected) => {
    const decision = decide(actor(role), action, resource, facts);
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else expect(decision).toMatchObject({ allowed: false, status: expected[0], reason: expect.stringMatching(expected[1]) });
  });

  it('lists the commands among each role’s permissions (GET /api/auth/me)', () => {
    expect(permissionsOf(actor('compliance'))['work-orders']).toEqual(expect.arrayContaining(['authorize', 'complete']));
    expect(permissionsOf(actor('onboarding'))['service-centers']).toContain('go-live');
    for (const role of ROLES) expect(permissionsOf(actor(role))['work-orders']?.includes('complete') ?? false).toBe(!['regional-manager', 'onboarding', 'customer'].includes(role));
    expect(permissionsOf(actor('compliance')).stats[0]).toBe('compliance');
  });
});

describe('what a customer’s new record says of whose it is', () => {
  it.each([
    ['customer', 'complaints', { customerId: 4 }],
    ['customer', 'customer-notes', { customerId: 4 }],
    ['customer', 'customers', {}],
    ['customer', 'service-centers', {}],
    ['compliance', 'complaints', {}],
  ] as const)('%s creating %s → %o', (role, resource, defaults) => {
    expect(ownRecordDefaults(actor(role), resource)).toEqual(defaults);
  });
  it('a customer login without its customer gets no default', () => expect(ownRecordDefaults(actor('customer', { customerId: null }), 'complaints')).toEqual({}));
});

describe('a login and its customer', () => {
  it.each([
    ['customer', 12, null],
    ['customer', null, { customerId: 'A customer login belongs to a customer' }],
    ['compliance', 12, { customerId: 'Only a customer login belongs to a customer' }],
    ['center-staff', null, null],
  ] as const)('%s with customer %s → %o', (role, customerId, problem) => {
    expect(customerLoginProblem(role, customerId)).toEqual(problem);
  });
});

describe('the app that is each user’s (GET /api/auth/me names it; each SPA sends the others away)', () => {
  it.each(ROLES.map((role) => [role, role === 'customer' ? '/portal/' : '/'] as const))('%s → %s', (role, home) => {
    expect(homeOf(actor(role))).toBe(home);
  });
});
