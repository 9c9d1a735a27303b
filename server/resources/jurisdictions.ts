import { defineResource } from './define.ts';
import { bool, int, json, money, phone, text, type RecordOf } from './fields.ts';
import { holidaysSchema, reportingRulesSchema } from '../rules/reporting/schemas.ts';

export const jurisdictions = defineResource({
  name: 'jurisdictions',
  table: 'jurisdictions',
  fields: {
    code: text(2).required(),
    name: text(100).required(),
    calibrationIntervalDays: int(1, 365),
    graceDaysBeforeLockout: int(0, 60),
    unlockCodesAllowed: bool().required(),
    unlockCodeLimits: text(500),
    /** Hours an issued unlock code stays valid. */
    unlockCodeValidHours: int(1, 720),
    /** Codes per device and calendar day (UTC); null: no daily limit. */
    unlockCodesPerDay: int(1, 100),
    /** Codes per customer over the whole program; null: no program limit. */
    unlockCodesPerProgram: int(1, 1000),
    /** What an unlock code costs the customer (added to their balance when issued); null: free. */
    unlockCodeFee: money(0, 500),
    /** Whom a customer calls where the state wants codes given by phone, or allows none (the monitoring line). */
    unlockCodeCallNumber: phone(),
    stateInspectionRequired: bool().required(),
    cameraRequired: bool().required(),
    backgroundCheckRequired: bool().required(),
    recordRetentionYears: int(1, 50),
    reportingDeadlines: text(500),
    /** What must be reported to the state, by when and to whom: each rule makes the event create a reporting obligation. */
    reportingRules: json(reportingRulesSchema),
    /** The state's holidays (YYYY-MM-DD and name), skipped by business-day deadlines. */
    holidays: json(holidaysSchema),
    notes: text(2000),
    rulesConfirmed: bool().required(),
  },
  search: ['code', 'name', 'unlockCodeLimits', 'reportingDeadlines', 'notes'],
  unique: ['code'],
  defaults: {
    unlockCodesAllowed: false,
    stateInspectionRequired: false,
    cameraRequired: false,
    backgroundCheckRequired: false,
    rulesConfirmed: false,
  },
});

export type Jurisdiction = RecordOf<typeof jurisdictions.fields>;
