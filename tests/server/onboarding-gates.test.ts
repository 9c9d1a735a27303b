import { describe, expect, it } from 'vitest';
import { GATE_KEYS, PRICED_SERVICES, missingGatesMessage, onboardingGates, untrainedReason, type GateInput, type GateKey, type GateStaff } from '../../server/rules/onboarding/gates.ts';
import { onboardingStalledDays } from '../../server/config.ts';

const TODAY = '2026-06-01';

const staff = (id: number, overrides: Partial<GateStaff> = {}): GateStaff => ({
  id,
  firstName: 'Ina',
  lastName: `Staff${id}`,
  duties: 'installer',
  trainingStatus: 'completed',
  trainedOn: '2026-05-01',
  trainingMethod: 'on-site',
  trainer: 'Terry Trainer',
  backgroundCheck: 'passed',
  ...overrides,
});

/** A center that meets every gate in a jurisdiction that requires background checks and an inspection. */
function ready(): GateInput {
  return {
    center: {
      agreementSignedOn: '2026-01-10',
      w9ReceivedOn: '2026-01-11',
      insuranceReceivedOn: '2026-01-12',
      insuranceExpiresOn: '2027-01-12',
      pricedTypes: ['installation', 'removal', 'vehicle-switch', 'calibration', 'lockout-service', 'handheld-exchange'],
      stateNotifiedOn: '2026-05-10',
      stateNotifiedHow: 'email',
      stateInspectionPassedOn: '2026-05-20',
    },
    jurisdiction: { backgroundCheckRequired: true, stateInspectionRequired: true },
    staff: [staff(1), staff(2, { duties: 'paperwork', backgroundCheck: 'not-required' })],
    documents: [
      { kind: 'service-center-agreement', installerId: null },
      { kind: 'w9', installerId: null },
      { kind: 'insurance-binder', installerId: null },
      { kind: 'background-check-authorization', installerId: 1 },
    ],
    assessments: [{ id: 4, auditDate: '2026-02-01', band: 'good' }],
    today: TODAY,
  };
}

const unmet = (input: GateInput) => onboardingGates(input).filter((g) => !g.met).map((g) => g.key);

describe('onboardingGates', () => {
  it('lists every gate in process order, all met for a ready center', () => {
    const gates = onboardingGates(ready());
    expect(gates.map((g) => g.key)).toEqual([...GATE_KEYS]);
    expect(gates.filter((g) => !g.met)).toEqual([]);
    expect(gates.every((g) => g.label.length > 0 && g.detail.length > 0)).toBe(true);
  });

  it('a new applicant misses everything the jurisdiction asks for', () => {
    const input: GateInput = {
      center: {
        agreementSignedOn: null,
        w9ReceivedOn: null,
        insuranceReceivedOn: null,
        insuranceExpiresOn: null,
        pricedTypes: [],
        stateNotifiedOn: null,
        stateNotifiedHow: null,
        stateInspectionPassedOn: null,
      },
      jurisdiction: { backgroundCheckRequired: false, stateInspectionRequired: false },
      staff: [],
      documents: [],
      assessments: [],
      today: TODAY,
    };
    expect(unmet(input)).toEqual(['agreement', 'w9', 'insurance', 'priceList', 'initialAssessment', 'installers', 'training', 'stateNotified']);
  });

  type Case = [name: string, change: (i: GateInput) => void, missing: GateKey[], detail?: RegExp];
  it.each<Case>([
    ['agreement date missing', (i) => (i.center.agreementSignedOn = null), ['agreement'], /Missing: date/],
    ['agreement document missing', (i) => (i.documents = i.documents.filter((d) => d.kind !== 'service-center-agreement')), ['agreement'], /Missing: document/],
    ['W-9 date missing', (i) => (i.center.w9ReceivedOn = null), ['w9']],
    ['W-9 document missing', (i) => (i.documents = i.documents.filter((d) => d.kind !== 'w9')), ['w9']],
    ['insurance binder document missing', (i) => (i.documents = i.documents.filter((d) => d.kind !== 'insurance-binder')), ['insurance'], /document/],
    ['insurance expiry unknown', (i) => (i.center.insuranceExpiresOn = null), ['insurance'], /expiry date/],
    ['insurance expires today', (i) => (i.center.insuranceExpiresOn = TODAY), ['insurance'], /Expired on 2026-06-01/],
    ['insurance expired last year', (i) => (i.center.insuranceExpiresOn = '2025-06-01'), ['insurance'], /Expired/],
    ['insurance expires tomorrow', (i) => (i.center.insuranceExpiresOn = '2026-06-02'), []],
    ['an empty price list', (i) => (i.center.pricedTypes = []), ['priceList'], /^No price for installation, removal, vehicle-switch, calibration, lockout-service, handheld-exchange$/],
    ['no price for calibration', (i) => (i.center.pricedTypes = i.center.pricedTypes.filter((t) => t !== 'calibration')), ['priceList'], /^No price for calibration$/],
    ['provider requests need no price to go live', (i) => (i.center.pricedTypes = [...PRICED_SERVICES]), []],
    [
      'an installer without a background-check authorisation',
      (i) => i.staff.push(staff(3, { firstName: 'Nora', lastName: 'New' })),
      ['backgroundChecks'],
      /Nora New/,
    ],
    ['an authorisation without an installer does not count', (i) => (i.documents[3] = { kind: 'background-check-authorization', installerId: null }), ['backgroundChecks']],
    ['a failed background check', (i) => (i.staff[0].backgroundCheck = 'failed'), ['backgroundChecks'], /failed/],
    ['paperwork handlers need no authorisation', (i) => i.staff.push(staff(5, { duties: 'paperwork' })), []],
    [
      'no background checks where the state does not require them',
      (i) => {
        i.jurisdiction.backgroundCheckRequired = false;
        i.documents = i.documents.filter((d) => d.kind !== 'background-check-authorization');
      },
      [],
    ],
    ['no initial assessment', (i) => (i.assessments = []), ['initialAssessment'], /No submitted/],
    ['a failed initial assessment', (i) => (i.assessments = [{ id: 4, auditDate: '2026-02-01', band: 'fails' }]), ['initialAssessment'], /failed/],
    ['an assessment without a band', (i) => (i.assessments = [{ id: 4, auditDate: '2026-02-01', band: null }]), ['initialAssessment']],
    [
      'a failed assessment passed on re-assessment',
      (i) => (i.assessments = [{ id: 4, auditDate: '2026-02-01', band: 'fails' }, { id: 9, auditDate: '2026-03-01', band: 'complies' }]),
      [],
    ],
    [
      'the latest re-assessment failed',
      (i) => (i.assessments = [{ id: 4, auditDate: '2026-02-01', band: 'good' }, { id: 9, auditDate: '2026-03-01', band: 'fails' }]),
      ['initialAssessment'],
    ],
    ['only a paperwork handler', (i) => (i.staff = [staff(2, { duties: 'paperwork' })]), ['backgroundChecks', 'installers']],
    ['installer-and-paperwork counts as an installer', (i) => (i.staff = [staff(1, { duties: 'installer-and-paperwork' })]), []],
    ['training scheduled only', (i) => (i.staff[1].trainingStatus = 'scheduled'), ['training'], /Staff2 \(training not completed\)/],
    ['training without a date', (i) => (i.staff[0].trainedOn = null), ['training'], /date/],
    ['training without a method', (i) => (i.staff[0].trainingMethod = null), ['training'], /method/],
    ['training without a trainer', (i) => (i.staff[1].trainer = null), ['training'], /trainer/],
    ['state notified without how', (i) => (i.center.stateNotifiedHow = null), ['stateNotified'], /how/],
    ['state not notified', (i) => (i.center.stateNotifiedOn = null), ['stateNotified'], /date/],
    ['inspection required, not passed', (i) => (i.center.stateInspectionPassedOn = null), ['stateInspection']],
    [
      'no inspection where the state does not inspect',
      (i) => {
        i.jurisdiction.stateInspectionRequired = false;
        i.center.stateInspectionPassedOn = null;
      },
      [],
    ],
  ])('%s', (_name, change, missing, detail) => {
    const input = ready();
    change(input);
    const gates = onboardingGates(input);
    expect(gates.filter((g) => !g.met).map((g) => g.key)).toEqual(missing);
    if (detail) expect(gates.find((g) => g.key === missing[0])!.detail).toMatch(detail);
  });

  it('lists at most five names in a detail', () => {
    const input = ready();
    input.staff = Array.from({ length: 8 }, (_, n) => staff(n + 10, { trainingStatus: 'not-started' }));
    const training = onboardingGates(input).find((g) => g.key === 'training')!;
    expect(training.detail).toMatch(/and 3 more$/);
  });

  it('names the missing gates in the refusal', () => {
    const input = ready();
    input.center.w9ReceivedOn = null;
    input.center.stateNotifiedOn = null;
    expect(missingGatesMessage(onboardingGates(input))).toBe('The center cannot go live: 2 gates not met: W-9 received, State notified');
  });

  it.each([
    [{ trainingStatus: 'completed', trainedOn: '2026-01-01', trainingMethod: 'electronic', trainer: 'T' }, null],
    [{ trainingStatus: 'completed', trainedOn: null, trainingMethod: null, trainer: null }, 'missing training date, method, trainer'],
    [{ trainingStatus: 'not-started', trainedOn: null, trainingMethod: null, trainer: null }, 'training not completed'],
  ])('untrainedReason(%o) = %s', (s, why) => {
    expect(untrainedReason(s)).toBe(why);
  });
});

describe('ONBOARDING_STALLED_DAYS', () => {
  it.each([
    [{}, 30],
    [{ ONBOARDING_STALLED_DAYS: '' }, 30],
    [{ ONBOARDING_STALLED_DAYS: '14' }, 14],
    [{ ONBOARDING_STALLED_DAYS: '3650' }, 3650],
  ])('%o → %s days', (env, days) => {
    expect(onboardingStalledDays(env)).toBe(days);
  });
  it.each(['0', '-5', '2.5', 'ten', '3651'])('refuses %s', (value) => {
    expect(() => onboardingStalledDays({ ONBOARDING_STALLED_DAYS: value })).toThrow(/ONBOARDING_STALLED_DAYS must be a whole number of days from 1 to 3650/);
  });
});
