/**
 * When an unlock (override / emergency bypass) code may be issued for a device: pure rules, shared
 * by the server (which decides) and the SPA (which shows the reason before anyone asks).
 */

export interface UnlockCodeJurisdiction {
  code: string;
  name: string;
  unlockCodesAllowed: boolean;
  unlockCodeValidHours: number | null;
  unlockCodesPerDay: number | null;
  unlockCodesPerProgram: number | null;
  /** The number to call where the state gives no codes here (null: none on file). */
  unlockCodeCallNumber?: string | null;
}

export interface UnlockCodeDevice {
  status: string;
  customerId: number | null;
}

export interface UnlockCodeRequest {
  /** The jurisdiction of the device's customer (null when the device has no customer). */
  jurisdiction: UnlockCodeJurisdiction | null;
  device: UnlockCodeDevice;
  /** Codes already issued for this device on the current UTC day. */
  issuedToday: number;
  /** Codes already issued to this customer over the whole program. */
  issuedInProgram: number;
}

export type UnlockCodeDecision = { allowed: true; validHours: number } | { allowed: false; reason: string };

const codes = (n: number) => `${n} unlock ${n === 1 ? 'code' : 'codes'}`;
const stateOf = (j: UnlockCodeJurisdiction) => `${j.name} (${j.code})`;

/** May a code be issued now? The first rule that refuses gives the reason. */
export function unlockCodeDecision({ jurisdiction, device, issuedToday, issuedInProgram }: UnlockCodeRequest): UnlockCodeDecision {
  if (device.status !== 'installed') {
    return { allowed: false, reason: `Unlock codes are issued only for installed devices; this device is ${device.status}` };
  }
  if (device.customerId === null || jurisdiction === null) {
    return { allowed: false, reason: 'This device has no customer, so no jurisdiction allows an unlock code for it' };
  }
  if (!jurisdiction.unlockCodesAllowed) {
    const call = jurisdiction.unlockCodeCallNumber ? `; call ${jurisdiction.unlockCodeCallNumber}` : '';
    return { allowed: false, reason: `${stateOf(jurisdiction)} does not allow unlock codes${call}` };
  }
  if (jurisdiction.unlockCodeValidHours === null) {
    return { allowed: false, reason: `${stateOf(jurisdiction)} has no validity window for unlock codes; an administrator must set it first` };
  }
  if (jurisdiction.unlockCodesPerDay !== null && issuedToday >= jurisdiction.unlockCodesPerDay) {
    return { allowed: false, reason: `Daily limit reached: ${stateOf(jurisdiction)} allows ${codes(jurisdiction.unlockCodesPerDay)} per device per day` };
  }
  if (jurisdiction.unlockCodesPerProgram !== null && issuedInProgram >= jurisdiction.unlockCodesPerProgram) {
    return { allowed: false, reason: `Program limit reached: ${stateOf(jurisdiction)} allows ${codes(jurisdiction.unlockCodesPerProgram)} per customer over the whole program` };
  }
  return { allowed: true, validHours: jurisdiction.unlockCodeValidHours };
}

/** When a code issued at `now` stops working. */
export function expiresAt(now: Date, validHours: number): Date {
  return new Date(now.getTime() + validHours * 3_600_000);
}

/** The start of `now`'s UTC day (the daily limit counts codes issued since then). */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
