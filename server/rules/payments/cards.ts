/** Pure rules about cards, shared by the sandbox gateway, the auto-pay rules and the portal. */

/** The card number's digits (spaces and dashes, as people type them, left out), or null when it holds anything else. */
export function cardDigits(number: string): string | null {
  const digits = number.replace(/[\s-]/g, '');
  return /^\d{12,19}$/.test(digits) ? digits : null;
}

/** The Luhn checksum every card number passes (ISO/IEC 7812). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The card's network from its leading digits, or null when none we know. */
export function cardBrand(digits: string): string | null {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  return null;
}

/** A card works through the last day of its expiry month: expired once `today` (YYYY-MM-DD) is in a later month. */
export function cardExpired(expMonth: number, expYear: number, today: string): boolean {
  const [year, month] = today.split('-').map(Number);
  return expYear < year || (expYear === year && expMonth < month);
}

/** A security code: 3 digits, 4 on American Express cards. */
export function cvcProblem(cvc: string, brand: string): string | null {
  const length = brand === 'amex' ? 4 : 3;
  return new RegExp(`^\\d{${length}}$`).test(cvc) ? null : `The security code is ${length} digits`;
}
