import { fromLocalDateTime } from '../../../dates.ts';

/** What the walk-in form holds (times as `datetime-local` values, readings as typed). */
export interface WalkInDraft {
  serviceCenterId: number | null;
  customerId: number;
  vehicleId: number | null;
  type: string;
  startedAt: string;
  completedAt: string;
  referenceStandard: string;
  asFoundReading: string;
  asLeftReading: string;
  referenceWithinCertificate: boolean;
}

const number = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/**
 * The body of POST /api/work-orders recording the walk-in done: its arrival (`scheduledAt`) is its
 * start; a calibration carries its readings, other walk-ins none.
 */
export function walkInBody(draft: WalkInDraft) {
  const startedAt = fromLocalDateTime(draft.startedAt);
  const calibration = draft.type === 'calibration';
  return {
    type: draft.type,
    serviceCenterId: draft.serviceCenterId,
    customerId: draft.customerId,
    vehicleId: draft.vehicleId,
    scheduledAt: startedAt,
    startedAt,
    completedAt: fromLocalDateTime(draft.completedAt),
    referenceStandard: calibration ? number(draft.referenceStandard) : null,
    asFoundReading: calibration ? number(draft.asFoundReading) : null,
    asLeftReading: calibration ? number(draft.asLeftReading) : null,
    referenceWithinCertificate: calibration ? draft.referenceWithinCertificate : null,
  };
}

/** The server's reasons by field (a 400 or 409 body's `errors`), or none. */
export function fieldReasons(error: unknown): Record<string, string> {
  const errors = (error as { body?: { errors?: unknown } } | null)?.body?.errors;
  if (typeof errors !== 'object' || errors === null) return {};
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
