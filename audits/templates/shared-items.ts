// Items asked in both the initial assessment and the annual audit (same requirement, same check).
// Shipped templates' fingerprints are pinned by the tests: editing an item here is a new template version.
import type { ChoiceOption, MeasurementItem, TemplateItem } from '../types.ts';

type Item<K extends TemplateItem['kind'] = TemplateItem['kind']> = Extract<TemplateItem, { kind: K }>;

export const waitingAreaSeparate: Item<'yesNo'> = {
  key: 'waiting-area-separate',
  requirement: 'premises.waiting-area-separate',
  kind: 'yesNo',
  text: 'Customer waiting area is separate from the install bay',
  weight: 3,
  critical: true,
  correctiveAction: 'Separate the waiting area from the install bay (wall, door or separate room) before further services.',
};

export const noCustomerViewing: Item<'yesNo'> = {
  key: 'no-customer-viewing',
  requirement: 'premises.no-customer-viewing',
  kind: 'yesNo',
  text: 'Customers cannot watch installation, calibration or removal',
  guidance: 'Check sight lines from the waiting area and the customer entrance into the bay.',
  weight: 3,
  critical: true,
  correctiveAction: 'Block every view into the bay from customer areas and keep customers out of the bay during service.',
};

export const waitingAreaCondition: Item<'choice'> = {
  key: 'waiting-area-condition',
  requirement: 'premises.waiting-area-condition',
  kind: 'choice',
  text: 'Condition of the waiting area',
  weight: 1,
  severity: 'minor',
  options: [
    { key: 'good', label: 'Clean, seated, restroom access', score: 1 },
    { key: 'basic', label: 'Basic: seating but cramped or untidy', score: 0.6 },
    { key: 'unsuitable', label: 'Unsuitable for waiting customers', score: 0 },
  ],
  correctiveAction: 'Provide a clean, seated waiting area with restroom access.',
};

export const signage: Item<'yesNo'> = {
  key: 'signage',
  requirement: 'premises.signage',
  kind: 'yesNo',
  text: 'Business identifiable from the street (signage, street number)',
  weight: 1,
  severity: 'minor',
  correctiveAction: 'Put up signage and the street number visible from the street.',
};

export const complaintContact: Item<'yesNo'> = {
  key: 'complaint-contact',
  requirement: 'compliance.complaint-contact',
  kind: 'yesNo',
  text: 'Complaint contact (provider and state) displayed to customers',
  weight: 2,
  severity: 'major',
  correctiveAction: "Display the provider's and the state's complaint contacts where customers can read them.",
};

export const securedStorage: Item<'yesNo'> = {
  key: 'secured-storage',
  requirement: 'security.parts-storage',
  kind: 'yesNo',
  text: 'Devices and parts are stored in a locked area',
  weight: 3,
  severity: 'major',
  correctiveAction: 'Store every device and part in a locked cabinet or room.',
};

export const storageAccess: Item<'yesNo'> = {
  key: 'storage-access',
  requirement: 'security.storage-access',
  kind: 'yesNo',
  text: 'Access to the storage is restricted to named staff',
  weight: 2,
  severity: 'major',
  correctiveAction: 'Restrict keys or codes to named staff and keep the list current.',
};

export const replacementDevices = (text: string): Item<'count'> => ({
  key: 'replacement-devices',
  requirement: 'security.replacement-devices',
  kind: 'count',
  text,
  unit: 'devices',
  minimum: 2,
  weight: 2,
  severity: 'major',
  correctiveAction: 'Keep at least two replacement devices on hand; order from the provider.',
});

export const returnsSegregated: Item<'yesNo'> = {
  key: 'returns-segregated',
  requirement: 'security.returns-segregated',
  kind: 'yesNo',
  text: 'Returned and faulty devices are labelled and kept apart from stock',
  weight: 1,
  severity: 'minor',
  correctiveAction: 'Set aside a labelled place for returned and faulty devices.',
};

const tool = (key: string, text: string, severity: 'major' | 'minor', weight: number): Item<'yesNo'> => ({
  key,
  requirement: `tools.${key}`,
  kind: 'yesNo',
  text,
  weight,
  severity,
  correctiveAction: `Acquire and keep at the bay: ${text.charAt(0).toLowerCase()}${text.slice(1)}.`,
});

export const tools: Item[] = [
  tool('multimeter', 'Volt/ohmmeter (digital multimeter)', 'major', 2),
  tool('test-light', 'Computer-safe test light', 'minor', 1),
  tool('battery-tester', 'Battery tester', 'minor', 1),
  tool('heat-gun', 'Heat gun and heat-shrink tubing', 'minor', 1),
  tool('soldering', 'Soldering iron and solder', 'major', 2),
];

export const tamperSealStock: Item<'count'> = {
  key: 'tamper-seal-stock',
  requirement: 'tools.tamper-seal-stock',
  kind: 'count',
  text: 'Tamper-evident seals in stock',
  unit: 'seals',
  minimum: 20,
  weight: 1,
  severity: 'minor',
  correctiveAction: 'Order tamper-evident seals from the provider (keep at least 20).',
};

export const wiringDiagrams: Item<'choice'> = {
  key: 'wiring-diagrams',
  requirement: 'tools.wiring-diagrams',
  kind: 'choice',
  text: 'Vehicle wiring diagrams',
  weight: 2,
  severity: 'major',
  options: [
    { key: 'current', label: 'Current subscription covering recent models', score: 1 },
    { key: 'outdated', label: 'Printed or outdated diagrams only', score: 0.5, severity: 'minor' },
    { key: 'none', label: 'None', score: 0 },
  ],
  correctiveAction: 'Subscribe to a wiring-diagram service that covers current models.',
};

export const printer: Item<'yesNo'> = {
  key: 'printer',
  requirement: 'records.printer',
  kind: 'yesNo',
  text: 'Printer available to print work orders from the appointment page',
  weight: 1,
  severity: 'minor',
  correctiveAction: "Provide a printer connected to the computer used for the provider's portal.",
};

export const referenceStored: Item<'yesNo'> = {
  key: 'reference-stored',
  requirement: 'calibration.reference-storage',
  kind: 'yesNo',
  text: 'Reference gas or wet-bath solution stored as its certificate requires (temperature, sealed, upright)',
  weight: 2,
  severity: 'major',
  correctiveAction: 'Store the reference standard as the certificate of analysis requires; discard any stored otherwise.',
};

export const referenceCertificate: Item<'yesNo'> = {
  key: 'reference-within-certificate',
  requirement: 'calibration.reference-certificate',
  kind: 'yesNo',
  text: 'Reference gas or wet-bath solution in use is within its certificate of analysis (lot, expiry)',
  weight: 3,
  critical: true,
  correctiveAction: 'Stop calibrations until a reference within its certificate of analysis is in use; re-check devices calibrated since expiry.',
};

export const certificateOnFile: Item<'yesNo'> = {
  key: 'certificate-on-file',
  requirement: 'calibration.certificate-on-file',
  kind: 'yesNo',
  text: 'Certificate of analysis on file for the lot in use',
  weight: 2,
  severity: 'major',
  correctiveAction: 'Obtain and file the certificate of analysis for the lot in use.',
};

/** The calibration standard's legal window. */
const STANDARD = { min: 0.03, max: 0.05 };

export const standardValue: Item<'measurement'> = {
  key: 'standard-value',
  requirement: 'calibration.standard-range',
  kind: 'measurement',
  text: 'Calibration standard concentration',
  unit: 'g/210L',
  check: { type: 'range', ...STANDARD },
  weight: 3,
  critical: true,
  correctiveAction: 'Use a calibration standard between 0.030 and 0.050.',
};

const accuracyCheck = (key: string, text: string): MeasurementItem => ({
  key,
  requirement: 'calibration.accuracy-check',
  kind: 'measurement',
  text,
  guidance: 'Enter the standard\'s value as the reference and the device reading as the value; ±10 % of the reference passes.',
  unit: 'g/210L',
  check: { type: 'tolerance', tolerancePercent: 10, referenceRange: STANDARD },
  weight: 3,
  critical: true,
  correctiveAction: 'Take the calibration station out of service until two checks within ±10 % pass; recalibrate or replace it.',
});

export const accuracyChecks: Item[] = [
  accuracyCheck('check-1', 'First calibration check against the standard'),
  accuracyCheck('check-2', 'Second calibration check against the standard'),
];

export const checkInterval: Item<'measurement'> = {
  key: 'check-interval',
  requirement: 'calibration.check-interval',
  kind: 'measurement',
  text: 'Minutes between the two calibration checks',
  unit: 'min',
  check: { type: 'range', min: 0, max: 5 },
  weight: 2,
  severity: 'major',
  correctiveAction: 'Perform the two calibration checks no more than 5 minutes apart.',
};

export const thermometerCertified: Item<'yesNo'> = {
  key: 'thermometer-certified',
  requirement: 'calibration.thermometer',
  kind: 'yesNo',
  text: 'Wet-bath thermometer certified within the last 12 months',
  guidance: 'Not applicable where only dry gas is used.',
  weight: 2,
  severity: 'major',
  allowNotApplicable: true,
  correctiveAction: 'Have the wet-bath thermometer certified (yearly).',
};

export const wetBathTemperature: Item<'measurement'> = {
  key: 'wet-bath-temperature',
  requirement: 'calibration.wet-bath-temperature',
  kind: 'measurement',
  text: 'Wet-bath solution temperature',
  guidance: 'Not applicable where only dry gas is used.',
  unit: '°C',
  check: { type: 'tolerance', reference: 34, toleranceAbsolute: 0.2 },
  weight: 2,
  severity: 'major',
  allowNotApplicable: true,
  correctiveAction: 'Service the wet-bath simulator so the solution holds 34 ± 0.2 °C.',
};

export const backgroundChecks: Item<'yesNo'> = {
  key: 'background-checks',
  requirement: 'staff.background-check',
  kind: 'yesNo',
  text: 'Background checks completed for every technician where the state requires them',
  weight: 3,
  critical: true,
  allowNotApplicable: true,
  correctiveAction: 'Complete the background checks; technicians without one may not work on devices.',
};

export const stateTest: Item<'yesNo'> = {
  key: 'state-test',
  requirement: 'staff.state-test',
  kind: 'yesNo',
  text: 'Technicians passed the state test where the state requires one',
  weight: 2,
  severity: 'major',
  allowNotApplicable: true,
  correctiveAction: 'Register the technicians for the state test; they may not install until they pass.',
};

export const retention: Item<'choice'> = {
  key: 'records-retention',
  requirement: 'records.retention',
  kind: 'choice',
  text: 'Records retention the center keeps',
  guidance: 'States require 3 to 5 years (e.g. TX and IA 5 years).',
  weight: 2,
  severity: 'major',
  options: [
    { key: '5-years', label: '5 years or more', score: 1 },
    { key: '3-years', label: '3–4 years', score: 0.6, severity: 'minor' },
    { key: 'less', label: 'Less than 3 years', score: 0 },
  ],
  correctiveAction: 'Keep service records for at least 5 years.',
};

export const vehicleChecked: Item<'yesNo'> = {
  key: 'vehicle-checked',
  requirement: 'install.vehicle-precheck',
  kind: 'yesNo',
  text: 'Vehicle checked before install (battery, charging, warning lights, existing damage) and recorded',
  weight: 2,
  severity: 'major',
  correctiveAction: 'Use the pre-install vehicle checklist on every installation and keep it with the work order.',
};

export const connectionsSoldered: Item<'yesNo'> = {
  key: 'connections-soldered',
  requirement: 'install.connections-soldered',
  kind: 'yesNo',
  text: 'Every connection soldered',
  weight: 3,
  critical: true,
  correctiveAction: 'Re-do the connections soldered; re-inspect the installations done by the same technician.',
};

export const connectionsHidden: Item<'yesNo'> = {
  key: 'connections-hidden',
  requirement: 'install.connections-hidden',
  kind: 'yesNo',
  text: 'Connections hidden and wrapped',
  weight: 2,
  severity: 'major',
  correctiveAction: 'Route and wrap connections out of sight.',
};

export const tamperSeals: Item<'yesNo'> = {
  key: 'tamper-seals-applied',
  requirement: 'install.tamper-seals',
  kind: 'yesNo',
  text: 'Tamper-evident seals on all connections',
  weight: 3,
  critical: true,
  correctiveAction: 'Seal every connection with tamper-evident seals and record the seal numbers.',
};

export const customerTrained: Item<'yesNo'> = {
  key: 'customer-trained',
  requirement: 'customers.training',
  kind: 'yesNo',
  text: 'Customer trained and able to start the car on their own before leaving',
  weight: 2,
  severity: 'major',
  correctiveAction: 'Train every customer until they start the car unaided, and record it.',
};

export const camera: Item<'yesNo'> = {
  key: 'camera-mounted',
  requirement: 'install.camera',
  kind: 'yesNo',
  text: 'Camera mounted and aimed per specification where the state requires one',
  weight: 1,
  severity: 'minor',
  allowNotApplicable: true,
  correctiveAction: 'Re-aim the camera to the specification (driver\'s face in frame).',
};

export const workOrderRule = (text: string): Item<'yesNo'> => ({
  key: 'work-order-required',
  requirement: 'compliance.work-order-required',
  kind: 'yesNo',
  text,
  weight: 3,
  critical: true,
  correctiveAction: 'Never remove or exchange customer equipment without a provider work order; retrain all staff and report the cases to compliance.',
});

/** Options for "all / most / too few" samples. */
export const sampleOptions = (most: string): ChoiceOption[] => [
  { key: 'all', label: 'All sampled', score: 1 },
  { key: 'most', label: most, score: 0.5, severity: 'minor' },
  { key: 'few', label: 'Fewer', score: 0 },
];
