// Public API of the audit engine (pure: no I/O, no clock, no dependencies).
export type * from './types.ts';
export { SEVERITIES } from './types.ts';

export { TEMPLATES, getTemplate, latestTemplate } from './templates/index.ts';
export { validateTemplate, templateFingerprint, canonicalJson } from './template-check.ts';
export type { TemplateIssue, TemplateValidation } from './template-check.ts';

export { SCORING_POLICY, SCORING_POLICIES, scoringPolicy, checkPolicy } from './policy.ts';
export type { ScoringPolicy, EscalationRule } from './policy.ts';

export { scoreAudit, missingAnswers, InvalidTemplateError } from './score.ts';
export type { ScoreOptions } from './score.ts';
export { evaluateItem } from './items.ts';
export { sampleAnswer, sampleAnswers } from './sample-answers.ts';
export { bandFor, nextAuditDue } from './bands.ts';
export { isOverdue, countCorrectiveActions } from './corrective-actions.ts';
export type { CorrectiveActionState } from './corrective-actions.ts';

export {
  RATING_METHODOLOGY,
  RATING_METHODOLOGIES,
  RATING_COMPONENTS,
  getMethodology,
  checkMethodology,
  UnknownMethodologyError,
} from './methodologies.ts';
export type { RatingMethodology, RatingComponentKey } from './methodologies.ts';
export { rateCenter, recomputeRating, starsFor, gradeFor } from './rating.ts';
export type { Rating, RatingInputs, RatingContribution, RatingPart, RatedAudit, OperationalSignals } from './rating.ts';

export { applyWhatIf, suggestWhatIfs, WhatIfError, IMAGINED_AUDIT_ID, SUGGESTED_AUDIT_PERCENTS } from './what-if.ts';
export type { OpenAction, WhatIfChanges, Suggestion } from './what-if.ts';

export { addDays, addMonths, daysBetween, toIsoDate } from './dates.ts';
