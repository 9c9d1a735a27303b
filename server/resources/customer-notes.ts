import { defineResource } from './define.ts';
import { choice, date, datetime, ref, text, type RecordOf } from './fields.ts';
import { CUSTOMER_NOTE_CATEGORIES } from './choices.ts';
import { requireDaysInOrder } from './day-range.ts';
import { customers } from './customers.ts';
import { users } from './users.ts';

const ENDS_BEFORE_START = 'On or after the first day';

/**
 * A customer's note to the monitoring authority (out of state on these days, vehicle in the
 * shop): never edited or deleted; compliance acknowledges it with the acknowledge command.
 */
export const customerNotes = defineResource({
  name: 'customer-notes',
  table: 'customerNotes',
  fields: {
    customerId: ref(() => customers).required(),
    body: text(2000).required(),
    category: choice(CUSTOMER_NOTE_CATEGORIES),
    /** The days it concerns, when it concerns some. */
    startsOn: date(),
    endsOn: date(),
    acknowledgedAt: datetime().serverOwned(),
    acknowledgedById: ref(() => users).serverOwned(),
    acknowledgedBy: text(100).serverOwned(),
  },
  search: ['body'],
  check: async (_trx, _action, before, changes) => requireDaysInOrder(before, changes, ENDS_BEFORE_START),
});

export type CustomerNote = RecordOf<typeof customerNotes.fields>;
