import type { Clock } from './clock.ts';
import { phone, postalCode, slug } from './identifiers.ts';
import { BUSINESS_KINDS, BUSINESS_PREFIXES, CONTACT_ROLES } from './names.ts';
import { DEMO_WEEKS } from './opening-hours.ts';
import { person, street } from './people.ts';
import { STATE_NOTICE_CHANNELS } from '../../resources/choices.ts';
import type { CenterPlan, JurisdictionPlan, OnboardingStatus, PaperworkPlan, WorkOrderType } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';
import { centerPositionColumns } from '../../rules/locator/zip-positions.ts';

/** Share of the network in each onboarding stage; `live` takes the rest. */
const STATUS_SHARE: Record<Exclude<OnboardingStatus, 'live'>, number> = {
  applicant: 0.04,
  assessment: 0.04,
  training: 0.04,
  'state-notified': 0.03,
  'state-inspection': 0.03,
  suspended: 0.045,
  closed: 0.035,
};

/** Agreement prices per service (US dollars); provider-requested work is billed to the provider. */
const PRICES: Record<WorkOrderType, readonly number[]> = {
  installation: [69, 75, 79, 85, 89, 95, 99, 110, 115, 125, 129, 135, 149, 150],
  removal: [35, 40, 45, 49, 50, 55, 60, 65, 75, 85, 90],
  'vehicle-switch': [60, 65, 75, 79, 85, 95, 99, 110, 120],
  calibration: [0, 0, 10, 12.5, 15, 15, 20, 20, 25, 25, 30],
  'lockout-service': [25, 35, 40, 45, 50, 60, 75],
  'handheld-exchange': [0, 0, 10, 15, 20, 25],
  'vehicle-inspection': [25, 30, 35, 40, 45],
  'cord-exchange': [10, 12, 15, 20, 25],
  'camera-adjustment': [15, 20, 25, 30, 35],
};

const NOTES: Partial<Record<OnboardingStatus, readonly (string | null)[]>> = {
  applicant: ['Waiting for the signed agreement and W-9.', 'Insurance binder requested.', 'Background-check authorisations outstanding.'],
  assessment: ['Initial assessment booked.', 'Initial assessment done; report being written.'],
  training: ['Installer training in progress (electronic).', 'On-site training scheduled.'],
  'state-notified': ['State notified that training is complete.'],
  'state-inspection': ['State inspection scheduled.', 'Waiting for the state inspection report.'],
  live: [null, null, null, null, null, 'Spanish spoken.', 'Parking behind the building; bay entrance on the side street.', 'Prefers installations before 2 pm.', 'Large-vehicle bay (trucks, RVs).', 'Call ahead on Saturdays.'],
  suspended: ['Suspended pending corrective actions from the annual audit.', 'Suspended: insurance binder expired.', 'Suspended after a state inspection finding.'],
  closed: ['Agreement terminated; equipment returned to the provider.', 'Location closed by the owner.', 'Closed after failing the re-audit.'],
};

const INSURANCE_DAYS = 365;
/** The demo logins' centers have a binder expiring within this many days (the renewal the portal asks for). */
const PORTAL_BINDER_EXPIRES_IN: [number, number] = [10, 40];
/** How many centers the demo logins are on (center@, center2@): the first live ones. */
export const PORTAL_CENTERS = 2;
export const BINDER_EXPIRED_NOTE = 'Suspended: insurance binder expired.';

/**
 * The onboarding paperwork of a center, consistent with its stage: an applicant has some of it,
 * later stages all of it, and a live center everything its go-live gates ask for (a current
 * insurance binder: renewed every year).
 */
function paperworkFor(random: Random, clock: Clock, status: OnboardingStatus, inspecting: boolean, createdDay: number, changedDay: number, liveSince: number | null, note: string | null, portal: boolean): PaperworkPlan {
  const between = (from: number, to: number) => (to <= from ? from : random.int(from, to));
  const how = () => random.pick(STATE_NOTICE_CHANNELS);
  const all = ['service-center-agreement', 'w9', 'insurance-binder'];
  if (status === 'applicant') {
    const plan: PaperworkPlan = { agreementDay: null, w9Day: null, insuranceDay: null, insuranceExpiresDay: null, notifiedDay: null, notifiedHow: null, inspectionDay: null, documents: [], authorisedShare: random.pick([0, 0, 0.5]) };
    const received = (chance: number) => (random.chance(chance) ? between(createdDay, clock.today) : null);
    plan.agreementDay = received(0.5);
    plan.w9Day = received(0.4);
    plan.insuranceDay = received(0.3);
    plan.insuranceExpiresDay = plan.insuranceDay === null ? null : plan.insuranceDay + INSURANCE_DAYS;
    // a date noted before the scan arrived now and then
    const kinds: [string, number | null][] = [['service-center-agreement', plan.agreementDay], ['w9', plan.w9Day], ['insurance-binder', plan.insuranceDay]];
    plan.documents = kinds.filter(([, day]) => day !== null && random.chance(0.8)).map(([kind]) => kind);
    return plan;
  }
  if (liveSince === null) {
    // assessment and later: the paperwork came in before the stage began
    const agreementDay = between(createdDay, Math.min(createdDay + 10, changedDay));
    const insuranceDay = between(createdDay, Math.min(createdDay + 20, changedDay));
    const notified = status === 'state-notified' ? changedDay : status === 'state-inspection' ? Math.max(createdDay, changedDay - random.int(5, 30)) : null;
    return {
      agreementDay,
      w9Day: between(createdDay, Math.min(createdDay + 15, changedDay)),
      insuranceDay,
      insuranceExpiresDay: insuranceDay + INSURANCE_DAYS,
      notifiedDay: notified,
      notifiedHow: notified === null ? null : how(),
      inspectionDay: null,
      documents: all,
      authorisedShare: status === 'assessment' && random.chance(0.3) ? 0.5 : 1,
    };
  }
  // live, suspended, closed: everything was in place when the center went live; the binder is renewed yearly
  let insuranceDay = Math.max(createdDay + 5, clock.today - random.int(0, 300));
  if (portal) insuranceDay = clock.today - INSURANCE_DAYS + random.int(...PORTAL_BINDER_EXPIRES_IN);
  if (status === 'suspended' && note === BINDER_EXPIRED_NOTE) insuranceDay = changedDay - random.int(INSURANCE_DAYS + 1, INSURANCE_DAYS + 120);
  if (status === 'closed') insuranceDay = Math.max(createdDay + 5, changedDay - random.int(30, 300));
  const notifiedDay = liveSince - random.int(5, 20);
  return {
    agreementDay: between(createdDay, createdDay + 10),
    w9Day: between(createdDay, createdDay + 15),
    insuranceDay,
    insuranceExpiresDay: insuranceDay + INSURANCE_DAYS,
    notifiedDay,
    notifiedHow: how(),
    inspectionDay: inspecting ? between(notifiedDay + 1, liveSince - 1) : null,
    documents: all,
    authorisedShare: 1,
  };
}

/** Most centers move on within weeks; some are stuck for months. */
const daysInStage = (random: Random) => (random.chance(0.75) ? random.int(1, 25) : random.int(31, 120));

function statusList(random: Random, count: number): OnboardingStatus[] {
  const list: OnboardingStatus[] = [];
  for (const [status, share] of Object.entries(STATUS_SHARE) as [OnboardingStatus, number][]) {
    const n = Math.max(1, Math.round(count * share));
    for (let i = 0; i < n && list.length < count; i++) list.push(status);
  }
  while (list.length < count) list.push('live');
  return random.shuffle(list);
}

function weightedJurisdiction(random: Random, options: JurisdictionPlan[]): JurisdictionPlan {
  const weights: Record<string, number> = {};
  for (const j of options) weights[j.rules.code] = j.geo.weight;
  const code = random.weighted(weights);
  return options.find((j) => j.rules.code === code) ?? options[0];
}

export interface CenterData {
  plans: CenterPlan[];
  rows: Row[];
}

/** Service centers in every onboarding stage, spread over the jurisdictions by network size. */
export function generateCenters(random: Random, clock: Clock, jurisdictions: JurisdictionPlan[], count: number): CenterData {
  const resource = resourceNamed('service-centers');
  const inspecting = jurisdictions.filter((j) => j.rules.stateInspectionRequired);
  const statuses = statusList(random, count);
  const names = new Set<string>();
  let liveSeen = 0;
  let portalSeen = 0;
  const plans: CenterPlan[] = [];
  const rows: Row[] = [];
  statuses.forEach((status, i) => {
    let jurisdiction: JurisdictionPlan;
    if (status === 'live' && liveSeen < jurisdictions.length) jurisdiction = jurisdictions[liveSeen++];
    else jurisdiction = weightedJurisdiction(random, status === 'state-inspection' ? inspecting : jurisdictions);
    const geo = jurisdiction.geo;
    const city = random.pick(geo.cities);
    // the demo logins' centers: long established, so their customers' histories go back a year
    const portal = status === 'live' && portalSeen++ < PORTAL_CENTERS;

    let name = `${random.pick(BUSINESS_PREFIXES)} ${random.pick(BUSINESS_KINDS)}`;
    const domain = `${slug(name)}.example.com`;
    if (names.has(name)) name = `${name} (${city.name})`;
    if (names.has(name)) name = `${name} #${i + 1}`;
    names.add(name);

    // When the center entered its current stage, and when it went live (if it ever did).
    let liveSince: number | null = null;
    let changedDay: number;
    let createdDay: number;
    if (status === 'live') {
      liveSince = portal || random.chance(0.85) ? clock.today - random.int(3 * 365, 8 * 365) : clock.today - random.int(60, 2 * 365);
      changedDay = liveSince;
      createdDay = liveSince - random.int(45, 150);
    } else if (status === 'suspended' || status === 'closed') {
      liveSince = clock.today - random.int(2 * 365, 8 * 365);
      changedDay = clock.today - random.int(1, status === 'suspended' ? 300 : 700);
      createdDay = liveSince - random.int(45, 150);
    } else {
      changedDay = clock.today - daysInStage(random);
      createdDay = status === 'applicant' ? changedDay : changedDay - random.int(10, 200);
    }
    const changedMs = Math.min(clock.instant(changedDay, random.int(9 * 60, 16 * 60), geo), clock.nowMs);
    const createdMs = Math.min(clock.instant(createdDay, random.int(9 * 60, 16 * 60), geo), changedMs);

    const prices: Partial<Record<WorkOrderType, number>> = {};
    if (status !== 'applicant') for (const [type, list] of Object.entries(PRICES) as [WorkOrderType, readonly number[]][]) prices[type] = random.pick(list);

    const roles = random.shuffle([...CONTACT_ROLES]).slice(0, random.int(1, 3));
    const contacts = roles.map((role) => {
      const p = person(random);
      return {
        name: `${p.firstName} ${p.lastName}`,
        role,
        phone: phone(random, city.areaCode),
        email: `${slug(p.firstName)}.${slug(p.lastName)}@${domain}`,
      };
    });

    const note = random.pick(NOTES[status] ?? [null]);
    const paperwork = paperworkFor(random, clock, status, jurisdiction.rules.stateInspectionRequired, createdDay, changedDay, liveSince, note, portal);
    const day = (d: number | null) => (d === null ? null : clock.iso(d));
    const plan: CenterPlan = {
      id: i + 1,
      name,
      jurisdiction,
      city,
      status,
      createdMs,
      liveSince,
      prices,
      carrier: random.weighted({ UPS: 50, FedEx: 30, USPS: 15, DHL: 5 }),
      stageSince: changedDay,
      paperwork,
      portal,
    };
    plans.push(plan);
    const row = storedRow(resource, plan.id, createdMs, changedMs, {
      name,
      regionId: jurisdiction.regionId,
      jurisdictionId: jurisdiction.id,
      street: street(random),
      city: city.name,
      state: jurisdiction.rules.code,
      postalCode: postalCode(random, city.zip),
      phone: phone(random, city.areaCode),
      email: `service@${domain}`,
      contacts,
      openingHours: random.pick(DEMO_WEEKS),
      onboardingStatus: status,
      statusChangedAt: new Date(changedMs).toISOString(),
      priceList: Object.entries(prices).map(([serviceType, price]) => ({ serviceType, price })),
      notes: note,
      agreementSignedOn: day(paperwork.agreementDay),
      w9ReceivedOn: day(paperwork.w9Day),
      insuranceReceivedOn: day(paperwork.insuranceDay),
      insuranceExpiresOn: day(paperwork.insuranceExpiresDay),
      stateNotifiedOn: day(paperwork.notifiedDay),
      stateNotifiedHow: paperwork.notifiedHow,
      stateInspectionPassedOn: day(paperwork.inspectionDay),
      wentLiveAt: status === 'live' ? new Date(changedMs).toISOString() : liveSince === null ? null : new Date(Math.min(clock.instant(liveSince, 10 * 60, geo), clock.nowMs)).toISOString(),
    });
    // where the API places a center: from its postal code
    rows.push({ ...row, ...centerPositionColumns(String(row.postalCode)) });
  });
  return { plans, rows };
}

