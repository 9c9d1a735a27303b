import type { CARRIERS, CUSTOMER_STATUSES, ONBOARDING_STATUSES, WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from '../../resources/choices.ts';
import type { City, StateGeography } from './geography.ts';
import type { JurisdictionSeed } from './jurisdiction-rules.ts';

/** What the generator decides before writing rows: ids are assigned in insertion order. */
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];
export type WorkOrderType = (typeof WORK_ORDER_TYPES)[number];
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type Carrier = (typeof CARRIERS)[number];

export interface JurisdictionPlan {
  id: number;
  rules: JurisdictionSeed;
  geo: StateGeography;
  /** The calibration interval the generator uses (the state's, or the default). */
  interval: number;
  regionId: number;
}

export interface CenterPlan {
  id: number;
  name: string;
  jurisdiction: JurisdictionPlan;
  city: City;
  status: OnboardingStatus;
  createdMs: number;
  /** The day the center went live (live, suspended and closed centers), else null. */
  liveSince: number | null;
  prices: Partial<Record<WorkOrderType, number>>;
  carrier: Carrier;
  /** The day the center entered its current onboarding status. */
  stageSince: number;
  /** Its onboarding paperwork (days; null = not yet), consistent with its status. */
  paperwork: PaperworkPlan;
  /** A demo login's center (center@, center2@): its coming week is scripted (portal-week.ts). */
  portal: boolean;
}

export interface PaperworkPlan {
  agreementDay: number | null;
  w9Day: number | null;
  insuranceDay: number | null;
  insuranceExpiresDay: number | null;
  notifiedDay: number | null;
  notifiedHow: string | null;
  inspectionDay: number | null;
  /** Document kinds on file (besides background-check authorisations). */
  documents: string[];
  /** Share of the installers whose background-check authorisation is on file (where required). */
  authorisedShare: number;
}

export interface VehiclePlan {
  id: number;
  customerId: number;
  year: number;
  make: string;
  model: string;
}

export interface CustomerPlan {
  id: number;
  lastName: string;
  jurisdiction: JurisdictionPlan;
  status: CustomerStatus;
  /** The live center that serves the customer. */
  center: CenterPlan;
  startDay: number;
  endDay: number;
  /** Termination day of a terminated program. */
  terminatedDay: number | null;
  vehicles: VehiclePlan[];
  createdMs: number;
  /** The history and booking of a portal center's scripted customer; null: drawn like the rest. */
  script: CustomerScript | null;
}

/** An appointment of a portal center's coming days, planned to the minute. */
export interface ScriptedVisit {
  type: WorkOrderType;
  day: number;
  scheduledMs: number;
  durationMs: number;
  /** Its status while it lies ahead. */
  upcoming: WorkOrderStatus;
  ships: boolean;
  note: string;
}

/** What a scripted customer went through and has booked. */
export interface CustomerScript {
  /** The installation day, then the calibration walk-ins' days, ascending; empty if not installed before. */
  history: number[];
  /** Days of lockout-service walk-ins. */
  lockouts: number[];
  visit: ScriptedVisit | null;
}

/** What happened to a customer's equipment, for the devices table. */
export interface EquipmentOutcome {
  customer: CustomerPlan;
  /** Vehicles carrying devices today. */
  installedOn: VehiclePlan[];
  installDay: number | null;
  lastCalibrationDay: number | null;
  /** Removal day within the data window (devices came back). */
  removedDay: number | null;
  removedAt: CenterPlan | null;
  /** Handsets swapped at a handheld exchange: [day, center]. */
  exchanges: [number, CenterPlan][];
}

export interface WorkOrderPlan {
  id: number;
  type: WorkOrderType;
  status: WorkOrderStatus;
  center: CenterPlan;
  customer: CustomerPlan;
  vehicleId: number | null;
  scheduledMs: number;
  startedMs: number | null;
  completedMs: number | null;
  createdMs: number;
  updatedMs: number;
  note: string | null;
  /** May be left out to meet the target count (not the last calibration of a chain). */
  droppable: boolean;
  /** Needs equipment shipped to the center before the appointment. */
  ships: boolean;
}
