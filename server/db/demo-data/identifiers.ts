import type { Random } from './random.ts';

/** Letters and digits a VIN may hold (no I, O or Q). */
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** Model-year codes (VIN position 10) from 2001. */
const YEAR_CODES = '123456789ABCDEFGHJKLMNPRSTVWXY';

function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i];
    const value = ch >= '0' && ch <= '9' ? Number(ch) : VIN_VALUES[ch];
    sum += value * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * A valid 17-character VIN (ISO 3779, North American check digit). The serial part is a
 * bijection of `index`, so distinct indexes below one million give distinct VINs.
 */
export function vin(random: Random, wmi: string, year: number, index: number): string {
  if (index >= 1_000_000) throw new Error('vin: index out of range');
  const vds = random.chars(VIN_CHARS, 5);
  const yearCode = YEAR_CODES[(year - 2001) % YEAR_CODES.length];
  const plant = random.chars(VIN_CHARS.slice(0, 23), 1);
  const serial = String((index * 7919 + 104_729) % 1_000_000).padStart(6, '0');
  const draft = `${wmi}${vds}0${yearCode}${plant}${serial}`;
  return draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function plate(random: Random): string {
  switch (random.int(0, 2)) {
    case 0:
      return random.chars(PLATE_LETTERS, 3) + random.digits(4);
    case 1:
      return random.digits(1) + random.chars(PLATE_LETTERS, 3) + random.digits(3);
    default:
      return `${random.chars(PLATE_LETTERS, 3)}-${random.digits(4)}`;
  }
}

/** A phone number in the fictional 555-01xx block of a real area code. */
export const phone = (random: Random, areaCode: string) => `(${areaCode}) 555-01${random.digits(2)}`;

export const postalCode = (random: Random, zip3: string) => zip3 + random.digits(2);

/** `HS-0012345`: a device serial from its kind's prefix and running number. */
export const deviceSerial = (prefix: string, n: number) => `${prefix}-${String(n).padStart(7, '0')}`;

export const caseNumber = (random: Random, year: number) => `CR-${year}-${random.digits(6)}`;

/** A tracking number in the carrier's usual format. */
export function trackingNumber(random: Random, carrier: string): string {
  switch (carrier) {
    case 'UPS':
      return `1Z${random.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 6)}03${random.digits(8)}`;
    case 'FedEx':
      return random.digits(12);
    case 'USPS':
      return `94001${random.digits(17)}`;
    default:
      return random.digits(10);
  }
}

/** Lower-case letters only, for e-mail local parts and domains. */
export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
