import type { ReportingRule } from '../../rules/reporting/schemas.ts';

/**
 * DOMAIN.md's reporting column as structured rules (example: true — values to be confirmed by the
 * administrator, not legal advice). Where a state names no deadline (CA, FL) the example picks one.
 */
const rule = (event: ReportingRule['event'], amount: number, unit: ReportingRule['unit'], recipient: string, fromOccurrence?: number): ReportingRule => ({
  event,
  amount,
  unit,
  recipient,
  ...(fromOccurrence ? { fromOccurrence } : {}),
  example: true,
});

export const REPORTING_RULE_SEEDS: Record<string, ReportingRule[]> = {
  TX: [rule('tampering', 48, 'hours', 'Texas DPS (37 TAC 10.12)')],
  AZ: [
    rule('installation', 24, 'hours', 'ADOT Motor Vehicle Division'),
    rule('removal', 24, 'hours', 'ADOT Motor Vehicle Division'),
    rule('tampering', 24, 'hours', 'ADOT Motor Vehicle Division'),
    rule('violation', 10, 'calendar-days', 'ADOT Motor Vehicle Division (violation evidence)'),
  ],
  CA: [
    rule('removal', 3, 'business-days', 'California DMV'),
    rule('tampering', 3, 'business-days', 'California DMV'),
    rule('missed-service', 3, 'business-days', 'California DMV', 3),
    rule('unauthorized-removal-attempt', 3, 'business-days', 'California DMV'),
  ],
  IA: [rule('violation', 7, 'business-days', 'Iowa DOT (violation notice)')],
  WY: [
    rule('removal', 5, 'business-days', 'Wyoming DOT'),
    rule('tampering', 5, 'business-days', 'Wyoming DOT'),
    rule('violation', 5, 'business-days', 'Wyoming DOT'),
    rule('lockout', 5, 'business-days', 'Wyoming DOT'),
  ],
  FL: [rule('violation', 24, 'hours', 'FLHSMV (electronic report)'), rule('lockout', 24, 'hours', 'FLHSMV (electronic report)')],
};

/** US federal holidays 2025–2027 as observed (examples to confirm; each state adds or removes its own). */
const FEDERAL_HOLIDAYS: [string, string][] = [
  ...[2025, 2026, 2027].flatMap((year) => [[`${year}-01-01`, "New Year's Day"] as [string, string]]),
  ['2025-01-20', 'Martin Luther King Jr. Day'],
  ['2025-02-17', "Washington's Birthday"],
  ['2025-05-26', 'Memorial Day'],
  ['2025-06-19', 'Juneteenth'],
  ['2025-07-04', 'Independence Day'],
  ['2025-09-01', 'Labor Day'],
  ['2025-10-13', 'Columbus Day'],
  ['2025-11-11', 'Veterans Day'],
  ['2025-11-27', 'Thanksgiving Day'],
  ['2025-12-25', 'Christmas Day'],
  ['2026-01-19', 'Martin Luther King Jr. Day'],
  ['2026-02-16', "Washington's Birthday"],
  ['2026-05-25', 'Memorial Day'],
  ['2026-06-19', 'Juneteenth'],
  ['2026-07-03', 'Independence Day (observed)'],
  ['2026-09-07', 'Labor Day'],
  ['2026-10-12', 'Columbus Day'],
  ['2026-11-11', 'Veterans Day'],
  ['2026-11-26', 'Thanksgiving Day'],
  ['2026-12-25', 'Christmas Day'],
  ['2027-01-18', 'Martin Luther King Jr. Day'],
  ['2027-02-15', "Washington's Birthday"],
  ['2027-05-31', 'Memorial Day'],
  ['2027-06-18', 'Juneteenth (observed)'],
  ['2027-07-05', 'Independence Day (observed)'],
  ['2027-09-06', 'Labor Day'],
  ['2027-10-11', 'Columbus Day'],
  ['2027-11-11', 'Veterans Day'],
  ['2027-11-25', 'Thanksgiving Day'],
  ['2027-12-24', 'Christmas Day (observed)'],
];

/** Holidays of a state's own, beside the federal ones. */
const STATE_HOLIDAYS: Record<string, [string, string][]> = {
  TX: [2025, 2026, 2027].map((year) => [`${year}-03-02`, 'Texas Independence Day']),
  CA: [
    ['2025-03-31', 'César Chávez Day'],
    ['2026-03-31', 'César Chávez Day'],
    ['2027-03-31', 'César Chávez Day'],
  ],
};

/** A state's example holidays, by date. */
export function holidaySeeds(code: string): { day: string; name: string }[] {
  return [...FEDERAL_HOLIDAYS, ...(STATE_HOLIDAYS[code] ?? [])].map(([day, name]) => ({ day, name })).sort((a, b) => a.day.localeCompare(b.day));
}
