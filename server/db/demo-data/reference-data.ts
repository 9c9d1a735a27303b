import type { Clock } from './clock.ts';
import { GEOGRAPHY } from './geography.ts';
import { DEFAULT_CALIBRATION_INTERVAL_DAYS, DISCLAIMER, JURISDICTION_SEEDS } from './jurisdiction-rules.ts';
import type { JurisdictionPlan } from './plan.ts';
import { REGION_SEEDS } from './regions.ts';
import { REPORTING_RULE_SEEDS, holidaySeeds } from './reporting-rules.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';

/** An unlock code's fee where a state allows codes, and the provider's monitoring line a customer calls elsewhere: examples to confirm. */
const EXAMPLE_UNLOCK_CODE_FEE = 25;
const EXAMPLE_MONITORING_LINE = '(800) 555-0142';

/** The 11 jurisdictions and 6 regions: fixed reference data, created years before today. */
export function referenceData(clock: Clock) {
  const jurisdictionResource = resourceNamed('jurisdictions');
  const regionResource = resourceNamed('regions');
  const createdMs = clock.nowMs - 6 * 365 * 86_400_000;
  const regionId = (code: string) => {
    const index = REGION_SEEDS.findIndex((r) => r.states.includes(code));
    if (index < 0) throw new Error(`No region covers ${code}`);
    return index + 1;
  };
  const plans: JurisdictionPlan[] = JURISDICTION_SEEDS.map((rules, i) => ({
    id: i + 1,
    rules,
    geo: GEOGRAPHY[rules.code],
    interval: rules.calibrationIntervalDays ?? DEFAULT_CALIBRATION_INTERVAL_DAYS,
    regionId: regionId(rules.code),
  }));
  const jurisdictionRows: Row[] = plans.map(({ id, rules }) => {
    const { remarks, ...fields } = rules;
    return storedRow(jurisdictionResource, id, createdMs, createdMs, {
      ...fields,
      unlockCodeFee: rules.unlockCodesAllowed ? EXAMPLE_UNLOCK_CODE_FEE : null,
      unlockCodeCallNumber: EXAMPLE_MONITORING_LINE,
      reportingRules: REPORTING_RULE_SEEDS[rules.code] ?? null,
      holidays: holidaySeeds(rules.code),
      notes: `${DISCLAIMER} ${remarks}`,
      rulesConfirmed: false,
    });
  });
  const regionRows: Row[] = REGION_SEEDS.map((region, i) =>
    storedRow(regionResource, i + 1, createdMs, createdMs, {
      code: region.code,
      name: region.name,
      description: `${region.description} States: ${region.states.join(', ')}.`,
    }),
  );
  return { jurisdictions: plans, jurisdictionRows, regionRows };
}
