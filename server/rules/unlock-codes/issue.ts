import { randomInt } from 'node:crypto';
import { hashPassword } from '../../auth/passwords.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import type { Decision } from '../../auth/policy.ts';
import { createLogged, updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { toRecord } from '../../rest/records.ts';
import { customers } from '../../resources/customers.ts';
import { devices } from '../../resources/devices.ts';
import { unlockCodes } from '../../resources/unlock-codes.ts';
import { forUpdate } from '../../db/dialect.ts';
import type { Db, Transaction } from '../../db/database.ts';
import { expiresAt, startOfUtcDay, unlockCodeDecision, type UnlockCodeJurisdiction } from './rules.ts';

/** Digits in a code: what a customer types on the handset keypad. */
export const CODE_DIGITS = 8;

/** A uniformly random code of CODE_DIGITS digits (leading zeros kept), from the OS's CSPRNG. */
export function newUnlockCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/**
 * A fresh code and its stored form. The code space is small (10^8), so a fast hash (even salted)
 * of a leaked row would be brute-forced in seconds: the code is stored as scrypt with a per-code
 * random salt (the password hashing), which makes that take days, longer than any code lives.
 * Hashed before the transaction opens, so the database is not held while scrypt runs.
 */
export async function prepareUnlockCode() {
  const code = newUnlockCode();
  return { code, codeHash: await hashPassword(code) };
}

export interface IssueRequest {
  reason: string | null;
  /** The device's version the user saw. */
  version?: number;
}

const count = async (query: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await query.executeTakeFirstOrThrow()).n);

/**
 * The state's rules and limits for a code for this device now (its customer's jurisdiction and
 * the codes already issued, today for the device and in the program for the customer), and their
 * verdict as the policy's answers are shaped (refused: 409).
 */
export async function unlockCodeState(db: Db | Transaction, device: Record<string, unknown>, now: Date) {
  const deviceId = Number(device.id);
  const customerId = (device.customerId as number | null) ?? null;
  let jurisdiction: (UnlockCodeJurisdiction & { id: number; unlockCodeFee: number | null }) | null = null;
  if (customerId !== null) {
    const row = await db
      .selectFrom('customers')
      .innerJoin('jurisdictions', 'jurisdictions.id', 'customers.jurisdictionId')
      .select([
        'jurisdictions.id',
        'jurisdictions.code',
        'jurisdictions.name',
        'jurisdictions.unlockCodesAllowed',
        'jurisdictions.unlockCodeValidHours',
        'jurisdictions.unlockCodesPerDay',
        'jurisdictions.unlockCodesPerProgram',
        'jurisdictions.unlockCodeFee',
        'jurisdictions.unlockCodeCallNumber',
      ])
      .where('customers.id', '=', customerId)
      .executeTakeFirstOrThrow();
    jurisdiction = {
      id: row.id,
      code: row.code,
      name: row.name,
      unlockCodesAllowed: row.unlockCodesAllowed === 1,
      unlockCodeValidHours: row.unlockCodeValidHours,
      unlockCodesPerDay: row.unlockCodesPerDay,
      unlockCodesPerProgram: row.unlockCodesPerProgram,
      unlockCodeFee: row.unlockCodeFee,
      unlockCodeCallNumber: row.unlockCodeCallNumber,
    };
  }
  const issuedToday = await count(
    db
      .selectFrom('unlockCodes')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('deviceId', '=', deviceId)
      .where('issuedAt', '>=', startOfUtcDay(now).toISOString()),
  );
  const issuedInProgram =
    customerId === null ? 0 : await count(db.selectFrom('unlockCodes').select((eb) => eb.fn.countAll().as('n')).where('customerId', '=', customerId));
  const decision = unlockCodeDecision({ jurisdiction, device: { status: String(device.status), customerId }, issuedToday, issuedInProgram });
  const verdict: Decision = decision.allowed ? { allowed: true } : { allowed: false, status: 409, reason: decision.reason, errors: { unlockCode: decision.reason } };
  return { jurisdiction, verdict, validHours: decision.allowed ? decision.validHours : 0 };
}

/** The state's fee for a code, added to what the customer owes (in cents, so that sums stay exact), in the same transaction. */
async function chargeFee(ctx: WriteContext, customerId: number, fee: number, serial: string, now: Date) {
  const before = toRecord(customers, await ctx.trx.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirstOrThrow());
  const balance = (Math.round(Number(before.balance ?? 0) * 100) + Math.round(fee * 100)) / 100;
  await updateLogged(ctx, customers, before, { balance }, { summary: `Unlock code fee for device ${serial}: ${fee.toFixed(2)}` }, now);
}

/**
 * Issues an unlock code for a device in the caller's transaction: the device in the user's scope,
 * the jurisdiction's rules and limits (counted in the same transaction as the insert: SQLite
 * serialises transactions; on PostgreSQL the counts and the insert need SERIALIZABLE or a
 * `SELECT … FOR UPDATE` of the customer row, which covers both the per-device and the per-customer
 * limit), the hashed code stored with its expiry, and an audit-log row without the code.
 */
export async function issueUnlockCode(ctx: WriteContext, deviceId: number, request: IssueRequest, prepared: { code: string; codeHash: string }, now = new Date()) {
  const { trx, user } = ctx;
  const device = await findAuthorized(trx, user, 'issue-unlock-code', devices, deviceId, request.version);
  const customerId = (device.customerId as number | null) ?? null;

  // The device's and the customer's codes are counted against the limits and then added to: one issuer at a time.
  await forUpdate(trx, trx.selectFrom('devices').select('id').where('id', '=', deviceId)).execute();
  if (customerId !== null) await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', customerId)).execute();

  const { jurisdiction, verdict, validHours } = await unlockCodeState(trx, device, now);
  assertAllowed(verdict);

  const at = now.toISOString();
  const expires = expiresAt(now, validHours).toISOString();
  const fee = jurisdiction!.unlockCodeFee ?? null;
  const record = await createLogged(
    ctx,
    unlockCodes,
    { deviceId, customerId, jurisdictionId: jurisdiction!.id, issuedAt: at, expiresAt: expires, issuedById: user.id, issuedBy: user.name, reason: request.reason, fee },
    {
      action: 'unlock-code',
      summary: `Unlock code issued for device ${String(device.serial)} (${jurisdiction!.code}), valid until ${expires}${request.reason ? `: ${request.reason}` : ''}`,
      columns: { codeHash: prepared.codeHash },
    },
    now,
  );
  if (fee && customerId !== null) await chargeFee(ctx, customerId, fee, String(device.serial), now);
  return { code: prepared.code, expiresAt: expires, unlockCode: record };
}
