/**
 * Which characters a stored text or a text filter may hold. A NUL ends a string in SQLite's C code
 * (a search pattern `Ver\0xyz` was cut to `Ver`), other control characters (C0 but tab and line
 * breaks, DEL, C1) have no place in a form's text, and the bidirectional overrides and isolates
 * reorder how the text around them is displayed (`invoice\u202Efdp.exe` shows as `invoiceexe.pdf`).
 */

/** C0 controls but tab, line feed and carriage return (multi-line fields hold those), DEL, C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Every C0 control, DEL and C1: nothing of the kind in a one-line value such as a file name. */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

export const NO_CONTROL = 'No control characters (tab and line breaks only)';
export const NO_LINE_CONTROL = 'No control characters or line breaks';
export const NO_BIDI = 'No right-to-left or other direction override characters';

/** Why a text value is refused (control characters, direction overrides), or undefined when it is fine. */
export function textProblem(value: string): string | undefined {
  if (CONTROL.test(value)) return NO_CONTROL;
  if (BIDI_CONTROL.test(value)) return NO_BIDI;
  return undefined;
}

/** Why a one-line name (a file name) is refused, or undefined when it is fine. */
export function lineProblem(value: string): string | undefined {
  if (ANY_CONTROL.test(value)) return NO_LINE_CONTROL;
  if (BIDI_CONTROL.test(value)) return NO_BIDI;
  return undefined;
}

/** Why a filter value or search term is refused (control characters), or undefined when it is fine. */
export const filterProblem = (value: string): string | undefined => (CONTROL.test(value) ? NO_CONTROL : undefined);
