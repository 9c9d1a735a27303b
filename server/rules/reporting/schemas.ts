import { z } from 'zod';
import { DEADLINE_UNITS, REPORTING_EVENTS } from '../../resources/choices.ts';

const name = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** One reporting rule of a state: which event, by when (hours, calendar or business days), to whom; example: seeded, to confirm. */
export const reportingRuleSchema = z.strictObject({
  event: z.enum(REPORTING_EVENTS),
  amount: z.number({ error: 'Must be a number' }).int('Must be a whole number').min(1, 'At least 1').max(1000, 'At most 1000'),
  unit: z.enum(DEADLINE_UNITS),
  recipient: name(200),
  /** Reported only from this occurrence in the customer's program on (CA: 3 or more missed services); absent: every one. */
  fromOccurrence: z.number({ error: 'Must be a number' }).int('Must be a whole number').min(2, 'At least 2').max(100, 'At most 100').nullish(),
  example: z.boolean().optional(),
});

export type ReportingRule = z.output<typeof reportingRuleSchema>;

export const reportingRulesSchema = z
  .array(reportingRuleSchema)
  .max(REPORTING_EVENTS.length)
  .refine((rules) => new Set(rules.map((r) => r.event)).size === rules.length, 'One rule per event');

/** A day the state's offices are closed, which business-day deadlines skip. */
export const holidaySchema = z.strictObject({ day: z.iso.date('Must be a date (YYYY-MM-DD)'), name: name(100) });

export const holidaysSchema = z
  .array(holidaySchema)
  .max(200, 'At most 200 holidays')
  .refine((days) => new Set(days.map((d) => d.day)).size === days.length, 'One entry per day');
