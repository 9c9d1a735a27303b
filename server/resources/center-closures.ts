import { defineResource } from './define.ts';
import { date, ref, text, type RecordOf } from './fields.ts';
import { requireDaysInOrder } from './day-range.ts';
import { serviceCenters } from './service-centers.ts';

const CLOSURE_ENDS_BEFORE_START = 'On or after the first day closed';

/** Days a center is closed on top of its weekly hours (holidays, repairs), first and last day included, in its local time. */
export const centerClosures = defineResource({
  name: 'center-closures',
  table: 'centerClosures',
  fields: {
    serviceCenterId: ref(() => serviceCenters).required(),
    startsOn: date().required(),
    endsOn: date().required(),
    reason: text(200).required(),
  },
  search: ['reason'],
  check: async (_trx, action, before, changes) => {
    if (action !== 'delete') requireDaysInOrder(before, changes, CLOSURE_ENDS_BEFORE_START);
  },
});

export type CenterClosure = RecordOf<typeof centerClosures.fields>;
