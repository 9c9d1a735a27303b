import { defineResource } from './define.ts';
import { datetime, money, ref, text, type RecordOf } from './fields.ts';
import { customers } from './customers.ts';
import { devices } from './devices.ts';
import { jurisdictions } from './jurisdictions.ts';
import { users } from './users.ts';

/** An issued unlock code: only its hash is stored (the code is shown once, when issued). */
export const unlockCodes = defineResource({
  name: 'unlock-codes',
  table: 'unlockCodes',
  fields: {
    deviceId: ref(() => devices).required(),
    customerId: ref(() => customers).required(),
    jurisdictionId: ref(() => jurisdictions).required(),
    issuedAt: datetime().required(),
    expiresAt: datetime().required(),
    issuedById: ref(() => users),
    issuedBy: text(100),
    reason: text(500),
    /** The state's fee charged to the customer's balance for this code. */
    fee: money(0, 500),
  },
  search: ['issuedBy', 'reason'],
  readOnly: true,
});

export type UnlockCode = RecordOf<typeof unlockCodes.fields>;
