/**
 * The rules of receiving a package at its center, pure (the receive command in ./receive.ts
 * applies them; the SPA's receive dialog shows their answer).
 */

/** Why a package of a shipment in this state may not be received; null when it may. */
export function receiveRefusal(shipmentStatus: string): string | null {
  if (shipmentStatus === 'preparing') return 'This shipment has not shipped yet: its packages are received once the carrier has brought them';
  if (shipmentStatus === 'returned') return 'This shipment went back to the warehouse: there is nothing to receive';
  return null;
}

/** What was received of the serials expected in a package, what is missing, and what came unexpected. */
export interface SerialCheck {
  received: string[];
  missing: string[];
  unexpected: string[];
}

/** Serials compare as a scanner or a person types them: without surrounding blanks, in any case. */
export const serialKey = (serial: string) => serial.trim().toUpperCase();

/**
 * Compares the serials scanned or typed at the counter with those of the packing list. Without
 * a scan, everything expected is received. Each serial is answered once, as first written.
 */
export function checkSerials(expected: readonly string[], scanned?: readonly string[]): SerialCheck {
  if (scanned === undefined) return { received: [...expected], missing: [], unexpected: [] };
  const scannedKeys = new Set(scanned.map(serialKey));
  const expectedKeys = new Set(expected.map(serialKey));
  const unexpected = new Map<string, string>();
  for (const serial of scanned) if (!expectedKeys.has(serialKey(serial)) && !unexpected.has(serialKey(serial))) unexpected.set(serialKey(serial), serial.trim());
  return {
    received: expected.filter((serial) => scannedKeys.has(serialKey(serial))),
    missing: expected.filter((serial) => !scannedKeys.has(serialKey(serial))),
    unexpected: [...unexpected.values()],
  };
}

const serials = (list: readonly string[]) => (list.length === 1 ? `serial ${list[0]}` : `serials ${list.join(', ')}`);

/** The discrepancy of a receipt as a sentence for compliance; null when the package held what its packing list says. */
export function discrepancyOf({ missing, unexpected }: SerialCheck): string | null {
  const parts = [
    missing.length ? `Missing from the package: ${serials(missing)} (not received).` : '',
    unexpected.length ? `Not on the packing list: ${serials(unexpected)}.` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}
