import type { Clock } from './clock.ts';
import { caseNumber, phone, plate, postalCode, vin } from './identifiers.ts';
import { person, personalEmail, street } from './people.ts';
import type { CenterPlan, CustomerPlan, CustomerScript, CustomerStatus, JurisdictionPlan, VehiclePlan } from './plan.ts';
import type { PortalCustomer } from './portal-week.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';
import { MAKES } from './vehicle-catalog.ts';
import { demoPaymentPlan } from './payment-plans.ts';
import type { PaymentPlan } from '../../rules/payments/periods.ts';

const STATUS_WEIGHTS: Record<CustomerStatus, number> = {
  active: 66,
  'pending-install': 6,
  completed: 20,
  terminated: 3,
  suspended: 5,
};
const PROGRAM_MONTHS = { 6: 20, 12: 40, 18: 15, 24: 18, 36: 7 };
const MAKE_WEIGHTS = Object.fromEntries(MAKES.map((m, i) => [String(i), m.weight]));

/** The live center serving a customer: one of the jurisdiction's, live before the program starts. */
function homeCenter(random: Random, live: CenterPlan[], startDay: number): CenterPlan {
  for (let attempt = 0; attempt < 4; attempt++) {
    const center = random.pick(live);
    if ((center.liveSince ?? Infinity) <= startDay) return center;
  }
  return live.reduce((a, b) => ((a.liveSince ?? Infinity) <= (b.liveSince ?? Infinity) ? a : b));
}

export interface ProgramDates {
  startDay: number;
  endDay: number;
  terminatedDay: number | null;
}

function programDates(random: Random, clock: Clock, status: CustomerStatus): ProgramDates {
  const months = Number(random.weighted(PROGRAM_MONTHS));
  const earliest = clock.today - 3 * 365;
  switch (status) {
    case 'active':
    case 'suspended': {
      const from = Math.max(earliest, clock.addMonths(clock.today, -months) + 8);
      const startDay = random.int(from, clock.today - 7);
      return { startDay, endDay: clock.addMonths(startDay, months), terminatedDay: null };
    }
    case 'pending-install': {
      const startDay = clock.today + random.int(-10, 30);
      return { startDay, endDay: clock.addMonths(startDay, months), terminatedDay: null };
    }
    case 'completed': {
      const endDay = random.int(earliest, clock.today - 1);
      return { startDay: clock.addMonths(endDay, -months), endDay, terminatedDay: null };
    }
    case 'terminated': {
      const startDay = random.int(earliest, clock.today - 90);
      const endDay = clock.addMonths(startDay, months);
      return { startDay, endDay, terminatedDay: random.int(startDay + 30, Math.min(endDay, clock.today) - 1) };
    }
  }
}

function balance(random: Random, status: CustomerStatus, autoPay: boolean): number {
  const cents = (min: number, max: number) => random.int(min * 100, max * 100) / 100;
  switch (status) {
    case 'active':
      return (autoPay && random.chance(0.85)) || random.chance(0.4) ? 0 : cents(15, 450);
    case 'pending-install':
      return random.chance(0.5) ? 0 : cents(89, 150);
    case 'completed':
      return random.chance(0.9) ? 0 : cents(10, 300);
    case 'terminated':
      return cents(150, 1500);
    case 'suspended':
      return cents(100, 900);
  }
}

export interface CustomerData {
  plans: CustomerPlan[];
  rows: Row[];
  vehicleRows: Row[];
}

/** Who a customer is and where they stand; the rest (contact, payment, vehicles) is drawn. */
interface CustomerFacts {
  jurisdiction: JurisdictionPlan;
  status: CustomerStatus;
  dates: ProgramDates;
  center: CenterPlan;
  vehicles: number;
  script: CustomerScript | null;
}

/**
 * Program participants with their vehicles, in the jurisdictions' proportions; the last ones are
 * the demo logins' centers' scripted customers (`scripted`, planned by portal-week.ts).
 */
export function generateCustomers(random: Random, clock: Clock, jurisdictions: JurisdictionPlan[], centers: CenterPlan[], count: number, scripted: PortalCustomer[]): CustomerData {
  const liveByJurisdiction = new Map<number, CenterPlan[]>();
  for (const center of centers) {
    if (center.status !== 'live') continue;
    const list = liveByJurisdiction.get(center.jurisdiction.id) ?? [];
    list.push(center);
    liveByJurisdiction.set(center.jurisdiction.id, list);
  }
  const served = jurisdictions.filter((j) => liveByJurisdiction.has(j.id));
  const weights = Object.fromEntries(served.map((j) => [String(j.id), j.geo.weight]));
  const data: CustomerData = { plans: [], rows: [], vehicleRows: [] };
  const drawn = count - scripted.length;
  for (let id = 1; id <= drawn; id++) {
    const jurisdiction = jurisdictions[Number(random.weighted(weights)) - 1];
    const status = random.weighted(STATUS_WEIGHTS);
    const dates = programDates(random, clock, status);
    const center = homeCenter(random, liveByJurisdiction.get(jurisdiction.id) ?? [], dates.startDay);
    addCustomer(random, clock, data, { jurisdiction, status, dates, center, vehicles: random.chance(0.2) ? 2 : 1, script: null });
  }
  for (const s of scripted) addCustomer(random, clock, data, { jurisdiction: s.center.jurisdiction, status: s.status, dates: s.dates, center: s.center, vehicles: s.vehicles, script: s.script });
  return data;
}

/** One customer with their vehicles, appended to `data` (ids follow on). */
function addCustomer(random: Random, clock: Clock, data: CustomerData, facts: CustomerFacts): void {
  const { jurisdiction, status, dates, center } = facts;
  const id = data.plans.length + 1;
  const code = jurisdiction.rules.code;
  const city = random.pick(jurisdiction.geo.cities);
  const createdMs = Math.min(clock.instant(dates.startDay - random.int(3, 20), random.int(540, 1020), jurisdiction.geo), clock.nowMs);
  const closedDay = dates.terminatedDay ?? (status === 'completed' ? dates.endDay : null);
  const updatedMs =
    closedDay !== null
      ? clock.instant(closedDay, random.int(540, 1020), jurisdiction.geo)
      : Math.min(clock.nowMs, createdMs + random.int(0, 120) * 86_400_000);

  const p = person(random);
  const hasEmail = random.chance(0.85);
  const autoPay = random.chance(0.55);
  const vehicles: VehiclePlan[] = [];
  for (let v = facts.vehicles; v > 0; v--) {
    const make = MAKES[Number(random.weighted(MAKE_WEIGHTS))];
    const year = Math.max(2003, clock.year(clock.today) + 1 - Math.min(random.int(1, 20), random.int(1, 20)));
    const vehicle: VehiclePlan = { id: data.vehicleRows.length + 1, customerId: id, year, make: make.name, model: random.pick(make.models) };
    vehicles.push(vehicle);
    data.vehicleRows.push(
      storedRow(resourceNamed('vehicles'), vehicle.id, createdMs, createdMs, {
        customerId: id,
        year,
        make: make.name,
        model: vehicle.model,
        vin: vin(random, random.pick(make.wmi), year, vehicle.id),
        plate: random.chance(0.95) ? plate(random) : null,
        plateState: code,
      }),
    );
  }
  data.plans.push({ id, lastName: p.lastName, jurisdiction, status, center, ...dates, vehicles, createdMs, script: facts.script });
  const values = {
    firstName: p.firstName,
    lastName: p.lastName,
    email: hasEmail ? personalEmail(random, p) : null,
    phone: random.chance(0.92) ? phone(random, city.areaCode) : null,
    street: street(random, random.chance(0.25)),
    city: city.name,
    state: code,
    postalCode: postalCode(random, city.zip),
    jurisdictionId: jurisdiction.id,
    caseNumber: random.chance(0.95) ? caseNumber(random, clock.year(dates.startDay) - (random.chance(0.3) ? 1 : 0)) : null,
    programStart: clock.iso(dates.startDay),
    programEnd: clock.iso(dates.endDay),
    paymentPlan: random.weighted({ monthly: 45, 'bi-weekly': 25, weekly: 20, 'bi-monthly': 10 }),
    autoPay,
    balance: balance(random, status, autoPay),
    preferredChannel: hasEmail ? random.weighted({ email: 50, sms: 35, phone: 10, mail: 5 }) : random.weighted({ sms: 60, phone: 30, mail: 10 }),
    remindersOptIn: random.chance(0.85),
    // One in five reads Spanish, without a draw from the random stream (which would change every later value).
    language: id % 5 === 0 ? 'es' : 'en',
    status,
  };
  data.rows.push(storedRow(resourceNamed('customers'), id, createdMs, updatedMs, { ...values, ...demoPaymentPlan(clock, values.paymentPlan as PaymentPlan, status, dates.startDay) }));
}
